# jixiao — developer and user entry points. `make demo` and `make test` need only
# Python 3.11, git and make: they create .venv and install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo example test lint fmt system-deps serve bench fuzz clean

PY311  := import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)

$(STAMP): pyproject.toml
	@$(PYTHON) -c '$(PY311)' || { echo "jixiao 需要 Python 3.11，而 $(PYTHON) 是 $$($(PYTHON) --version 2>&1)；请改用 make … PYTHON=python3.11。"; exit 1; }
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c '$(PY311)'; then echo "重建 $(VENV)（原为其他 Python 版本）"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

## The main job: evaluate the built-in example (the 2023 葛店 unit) into out/gedian-2023,
## then start the web site on SQLite (data/) with a demo bureau; Ctrl-C stops it.
demo: example
	$(BIN)/jixiao serve --demo

## The example alone: documents and findings in out/gedian-2023, no web site.
example: $(STAMP)
	$(BIN)/jixiao evaluate examples/gedian-2023/submission.xlsx -o out/gedian-2023 --draft

## The whole test suite (installs LibreOffice, CJK fonts, Chromium and PostgreSQL from
## Debian when run as root and they are missing).
test: $(STAMP)
	bash scripts/install-system-deps.sh
	bash scripts/run-tests.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	JIXIAO_DATA_DIR=$$(mktemp -d) $(BIN)/mypy  # the django plugin loads settings: no ./data

fmt: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks scripts

## The web site on its own data (JIXIAO_DATA_DIR, ./data by default), no demo data.
serve: $(STAMP)
	$(BIN)/jixiao serve

system-deps:
	bash scripts/install-system-deps.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/evaluate_bench.py

clean:
	rm -rf $(VENV) out

## Fuzz the command line with seeded random mutations of real inputs (benchmarks/fuzz.py).
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --cases 5000
