# Two commands for a new user: `make run` and `make test`. Both set up .venv themselves.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# A Python >= 3.12: python3.13/python3.12 on PATH, else one installed by pyenv, else python3.
define FIND_PYTHON
ok() { "$$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }; \
for c in python3.14 python3.13 python3.12; do ok "$$c" && { command -v "$$c"; exit 0; }; done; \
root=$$(pyenv root 2>/dev/null); \
for c in $$(ls -d "$$root"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do ok "$$c" && { echo "$$c"; exit 0; }; done; \
ok python3 && { command -v python3; exit 0; }; \
exit 1
endef

.PHONY: run test install lint lighthouse bench bench-related soak messages clean

$(STAMP): requirements.txt requirements-dev.txt
	@if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
		python=$$($(FIND_PYTHON)) || { echo "Geen geschikte Python gevonden: installeer Python 3.12 of nieuwer (python3.12 of python3.13)." >&2; exit 1; }; \
		echo "Python: $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

run: export DEBUG ?= 1
run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py create_dev_admin
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(PY) -m pytest

lighthouse: $(STAMP)
	@test -d node_modules/lighthouse || npm ci --no-audit --no-fund --ignore-scripts
	$(PY) scripts/lighthouse.py

bench: $(STAMP)
	@command -v wrk >/dev/null || apt-get install -y wrk
	$(PY) scripts/bench.py

bench-related: $(STAMP)
	$(PY) scripts/bench_related.py

soak: $(STAMP)
	$(PY) scripts/soak.py

messages: $(STAMP)
	$(PY) scripts/messages.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
