# The two commands of the README: `make run` and `make test`. Each creates the virtual
# environment on first use, with the exact versions in requirements.lock.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Tests run offscreen, and keep Python's compiled bytecode even where the shell says not to
# (PYTHONDONTWRITEBYTECODE=1): the suite starts about 70 `python` processes (the real
# `tirek` commands, windows, the wheel and the bundle's build), and without the cache each one
# compiles the app from source again (about 0.15 s each) and pytest rewrites every test
# module in each worker.
QT_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=

.PHONY: run test check lint typecheck pytest bench bundle bundle-smoke translations update-translations clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# The interface's catalogues (docs/translations.md): .ts files are kept in git and
# edited with Qt Linguist or by hand; the compiled .qm files are built here.
TS     := $(wildcard resources/translations/*.ts)
QM     := resources/translations/.compiled

$(QM): $(TS) build_spec/translations.py $(STAMP)
	$(BIN)/python build_spec/translations.py release
	touch $(QM)

translations: $(QM)

# After changing shown words in the code: refresh the .ts files (new words to translate).
update-translations: $(STAMP)
	$(BIN)/python build_spec/translations.py update
	$(BIN)/python build_spec/guide.py

run: $(STAMP) $(QM)
	$(BIN)/tirek

test: lint typecheck pytest

# The contributors' fast loop (docs/development.md): lint, types and the tests not marked
# slow, stopping at the first failure and starting with the ones that failed last time.
check: lint typecheck $(QM)
	$(QT_ENV) $(BIN)/python -m pytest -q -x --failed-first -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy app/core app/cli app/sync app/documents

# The whole suite on every core (pytest-xdist), with the 15 slowest steps listed at the end
# of the log. Not --dist loadgroup: with pytest 9 its xdist_group marks group nothing.
pytest: $(STAMP) $(QM)
	$(QT_ENV) $(BIN)/python -m pytest -q -n auto --dist load --maxschedchunk 1 --durations=15

bench: $(STAMP) $(QM)
	$(QT_ENV) $(BIN)/python -m benchmarks

# The one-folder bundle in dist/tirek (build_spec/tirek.spec; docs/packaging.md). `make test`
# runs its smoke test too (tests/bundle), building it first when it is missing or was built
# from other inputs; a local re-run skips it while its inputs are those it last passed with
# (tests/bundle/inputs.py). `make bundle-smoke` runs it regardless.
bundle: $(STAMP) $(QM)
	rm -f dist/tirek-inputs.sha256
	$(BIN)/pyinstaller --noconfirm --log-level=WARN --distpath=dist --workpath=build/pyinstaller build_spec/tirek.spec
	$(BIN)/python -c "from tests.bundle import inputs; inputs.record(inputs.BUILT_FROM)"
	du -sh dist/tirek

bundle-smoke: $(STAMP) $(QM)
	$(QT_ENV) TIREK_BUNDLE_SMOKE=always $(BIN)/python -m pytest -q tests/bundle

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
