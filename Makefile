# Everything a newcomer needs: `make run` starts the assistant, `make test` runs the whole suite.
# Both create and reuse the local virtual environment in .venv (no global installs).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint types check-content eval bench venv clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m bot serve

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m bot content check
	$(PY) -m pytest -q

eval: $(STAMP)
	$(PY) -m intents.evaluate

bench: $(STAMP)
	$(PY) bench/understanding.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
