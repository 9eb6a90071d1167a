#!/bin/sh
# Container entrypoint: optionally migrate, then run the command (gunicorn by default).
# RUN_MIGRATIONS=1 suits a single web container; with several, run migrations once instead:
#   docker compose run --rm web python3 manage.py migrate --noinput
set -eu

if [ "${RUN_MIGRATIONS:-0}" = "1" ]; then
    python3 manage.py migrate --noinput
fi

exec "$@"
