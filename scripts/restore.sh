#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database and media storage the
# environment points at (DATABASE_URL; MEDIA_ROOT or the S3 bucket). Stop the web servers first.
#
#   DATABASE_URL=postgres://... bash scripts/restore.sh FOLDER    (make restore FROM=FOLDER)
#
# The encrypted intake texts need the keys the backup was made with: restore with the same
# SECRET_KEY and ENCRYPTION_KEYS in the environment. The restore drill (tests/operations/
# test_restore.py) reads every row back, so a wrong key fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3

folder=${1:?usage: scripts/restore.sh FOLDER (made by scripts/backup.sh)}
[[ "${DATABASE_URL:-}" == postgres* ]] || {
  echo "restore: zet DATABASE_URL op de PostgreSQL-database (postgres://...)" >&2
  exit 1
}
( cd "$folder" && sha256sum --check --quiet SHA256SUMS )

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
  --dbname="$DATABASE_URL" "$folder/database.dump"
"$PYTHON" manage.py import_media <"$folder/media.tar"
"$PYTHON" manage.py migrate --noinput  # a backup from an older release gets this release's tables
echo "restore: $folder is back"
