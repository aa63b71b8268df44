#!/usr/bin/env bash
# Headless Chromium for the dashboard's browser test (tests/dashboard/test_browser.py).
# Installs Debian's `chromium` package when it is missing; a no-op when it is there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
chromium --version
