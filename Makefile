# veille: the usual targets. `make run` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export LITELLM_LOCAL_MODEL_COST_MAP := True
export GX_ANALYTICS_ENABLED := False

.PHONY: setup run test test-fast lint format typecheck bench lock clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP) ## create .venv from the hashed lock

run: $(STAMP) ## run the pipeline on the bundled sample
	$(BIN)/veille run

# Test workers (pytest-xdist). Most slow tests wait on subprocesses and servers, so 2 workers
# on the 2-core CI box cut the suite from ~9 to ~6 minutes (docs/benchmarks.md, session 15).
# TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2

test: $(STAMP) ## the whole test suite (what CI runs)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --durations=15

test-fast: $(STAMP) ## skip the slow integration tests
	$(BIN)/python -m pytest -n $(TEST_WORKERS) -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy veille flows tasks warehouse expectations bench

bench: $(STAMP) ## benchmarks (not part of the test suite)
	$(BIN)/python -m bench

lock: ## regenerate the hashed lock from requirements.in (needs uv)
	uv pip compile requirements.in --generate-hashes --universal --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
