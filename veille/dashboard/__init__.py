"""The static data-quality and deals dashboard (`veille dashboard`)."""

from __future__ import annotations
