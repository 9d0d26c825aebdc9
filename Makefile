# Two commands for a fresh clone: `make run` (the main job on the bundled samples) and
# `make test`.  Both build .venv from constraints.txt (the pinned, tested versions) first.
VENV ?= .venv
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: run test bench clean-venv

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/dutyflow run data/raw/samples --out data/clean

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python bench/mojibake.py
	$(VENV)/bin/python bench/dedupe.py

clean-venv:
	rm -rf $(VENV)
