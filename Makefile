# Two entry points for a fresh machine: `make demo` and `make test` (see README).
PY ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
EXTRAS := --extra service --extra dp --extra spark --extra dev

.PHONY: demo test lint sample bench-deps clean

$(UV):
	$(PY) -m venv .tools && .tools/bin/pip install -q uv

# Install piguard, scan the bundled sample data, write the HTML report.
demo: $(UV)
	$(UV) sync --locked --inexact --compile-bytecode --quiet
	# sample_data/bad/ holds broken files on purpose: exit code 5 ("some inputs skipped") is expected.
	$(VENV)/bin/piguard scan sample_data --json build/demo/inventory.json --html build/demo/report.html || [ $$? -eq 5 ]

# Install everything the tests need and run the whole suite.
test: $(UV)
	$(UV) sync --locked --inexact --compile-bytecode --quiet $(EXTRAS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/python -m pytest -n 2 --dist loadgroup -q

lint: $(UV)
	$(VENV)/bin/ruff check .

# Regenerate the bundled sample data set (deterministic).
sample: $(UV)
	$(UV) sync --locked --inexact --compile-bytecode --quiet
	$(VENV)/bin/python scripts/make_sample_data.py

bench-deps: $(UV)
	$(UV) sync --locked --quiet $(EXTRAS) --extra bench

clean:
	rm -rf build .pytest_cache

# Developers: install every extra (including the benchmark peers) into .venv.
deps-all: $(UV)
	$(UV) lock --quiet
	$(UV) sync --locked --quiet $(EXTRAS) --extra bench
