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

.PHONY: run test install checkers lint lighthouse bench bench-related soak messages backup restore clean

$(STAMP): requirements.txt requirements-dev.txt
	@if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
		python=$$($(FIND_PYTHON)) || { echo "Geen geschikte Python gevonden: installeer Python 3.12 of nieuwer (python3.12 of python3.13)." >&2; exit 1; }; \
		echo "Python: $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV); \
	fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

# Development settings for this checkout (git-ignored, never in the image), so that manage.py
# works without prefixes. An existing .env is left alone; production sets its own variables.
.env:
	@key=$$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 50); \
	printf '%s\n' "# Development settings, written by make run. Production: see .env.example." \
		"DEBUG=1" "SECRET_KEY=$$key" >.env
	@echo ".env aangemaakt (DEBUG=1 en een eigen SECRET_KEY): manage.py werkt nu ook zonder make."

# The browser tests' checkers (axe-core, the Nu HTML Checker) from package-lock.json, when npm
# is installed and node_modules is missing or older than the lock file. Without npm those tests skip.
checkers:
	@if ! command -v npm >/dev/null; then \
		echo "npm niet gevonden: de toegankelijkheids- en HTML-controles worden overgeslagen."; \
	elif [ ! -e node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
		npm ci --no-audit --no-fund --ignore-scripts; \
	fi

run: export DEBUG ?= 1
run: $(STAMP) .env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo --if-empty
	$(PY) manage.py create_dev_admin
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP) checkers
	$(PY) -m pytest

lighthouse: $(STAMP) checkers
	$(PY) scripts/lighthouse.py

bench: $(STAMP)
	@command -v wrk >/dev/null || apt-get install -y wrk
	$(PY) scripts/bench.py

bench-related: $(STAMP)
	$(PY) scripts/bench_related.py

soak: $(STAMP)
	$(PY) scripts/soak.py

# A database dump and a copy of the media (folder or bucket): README "Backups".
backup: $(STAMP)
	bash scripts/backup.sh $(TO)

restore: $(STAMP)
	@test -n "$(FROM)" || { echo "Gebruik: make restore FROM=backup/<map>" >&2; exit 1; }
	bash scripts/restore.sh $(FROM)

messages: $(STAMP)
	$(PY) scripts/messages.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
