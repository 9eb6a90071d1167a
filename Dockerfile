# Production image: gunicorn serving the site, static files through WhiteNoise.
# Build and smoke test without Docker: scripts/container-check.sh (podman). Deploy: README "Production".
ARG PYTHON_IMAGE=python:3.13-slim

# --- builder: virtualenv from the pinned requirements, compiled messages, collected static files
FROM ${PYTHON_IMAGE} AS builder

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH

# msgfmt for compilemessages; build stage only. Versions follow the base image's Debian release.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

# The venv is created by the base image's own python3 and copied to the same path in the final
# stage (same base), so its interpreter link stays valid.
COPY requirements.txt /tmp/requirements.txt
RUN python3 -m venv /opt/venv \
    && pip install --no-cache-dir -r /tmp/requirements.txt

WORKDIR /app
COPY . .

# Throw-away values: settings refuse to load without them (DEBUG is off), nothing is stored.
# compilemessages only when there are translations; it needs no database.
RUN export SECRET_KEY=build-only-not-secret ALLOWED_HOSTS=build.invalid \
        ENCRYPTION_KEYS=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= \
        DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    && if [ -n "$(find . -name '*.po' -not -path './.venv/*' -print -quit)" ]; then \
           python3 manage.py compilemessages --ignore=.venv; \
       fi \
    && python3 manage.py collectstatic --noinput \
    && python3 -m compileall -q /app \
    && rm -rf /app/var /tmp/build.sqlite3

# --- final image: the venv and the app, no build tools, runs as an unprivileged user
FROM ${PYTHON_IMAGE}

# gunicorn reads WEB_CONCURRENCY (workers) and PORT (binds 0.0.0.0:$PORT) itself.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    MEDIA_ROOT=/app/var/media \
    PORT=8000 \
    WEB_CONCURRENCY=2

# Code stays root-owned and read-only for the app; only var/ (uploads) is writable.
RUN groupadd --system --gid 10001 site \
    && useradd --system --uid 10001 --gid site --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin site \
    && mkdir -p /app/var/media \
    && chown -R site:site /app/var

WORKDIR /app
USER 10001:10001
EXPOSE 8000

# /healthz answers 200 only when the database does; healthcheck.py sends an allowed Host header.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python3", "/app/scripts/healthcheck.py"]

# RUN_MIGRATIONS=1 makes the entrypoint run `migrate` before the server starts.
ENTRYPOINT ["/app/scripts/docker-entrypoint.sh"]
# Access log without query strings or client addresses: searches (/blog/?q=) may hold personal data;
# practice_site/access_log.py also hides the secrets in the visitor's link and the team's calendar feed.
CMD ["gunicorn", "practice_site.wsgi:application", \
     "--worker-tmp-dir", "/dev/shm", \
     "--no-control-socket", \
     "--access-logfile", "-", \
     "--logger-class", "practice_site.access_log.AccessLogger", \
     "--access-logformat", "%(t)s \"%(m)s %(U)s\" %(s)s %(b)s %(M)sms"]

# Last, so that a code change rebuilds only these layers (the metadata above stays cached).
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /app /app
