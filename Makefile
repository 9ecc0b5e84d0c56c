# The two commands of the README: `make serve` (set up, ingest the bundled releases, serve)
# and `make test` (set up, run the tests). Everything is installed into .venv by `make setup`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 5000
export PYTHAINLP_OFFLINE := 1

.PHONY: setup serve ingest test lint clean

$(BIN)/sso-kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,serve]'
	touch $@

setup: $(BIN)/sso-kg

ingest: setup
	$(BIN)/sso-kg ingest data/releases --store $(STORE)

serve: ingest
	$(BIN)/sso-kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

clean:
	rm -rf var .pytest_cache
