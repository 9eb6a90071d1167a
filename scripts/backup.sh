#!/usr/bin/env bash
# A backup of the site: the PostgreSQL database (pg_dump, custom format) and every uploaded
# file (manage.py export_media: the local folder or the S3 bucket, whichever the site uses),
# into one new folder. Restore with scripts/restore.sh; README "Backups".
#
#   DATABASE_URL=postgres://... bash scripts/backup.sh [FOLDER]    (make backup)
#
# The dump holds intake requests (health data): keep the folder encrypted and off the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3

[[ "${DATABASE_URL:-}" == postgres* ]] || {
  echo "backup: zet DATABASE_URL op de PostgreSQL-database (postgres://...)" >&2
  exit 1
}
folder=${1:-backup/$(date +%Y-%m-%d-%H%M%S)}
mkdir -p "$folder"
chmod 700 "$folder"

pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" >"$folder/database.dump"
"$PYTHON" manage.py export_media >"$folder/media.tar"
( cd "$folder" && sha256sum database.dump media.tar >SHA256SUMS )
echo "backup: $folder ($(du -sh "$folder" | cut -f1))"
