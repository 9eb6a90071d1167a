# First working version; the production issue hardens it (multi-stage, healthcheck).
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY requirements.txt .
RUN python3 -m pip install --no-cache-dir -r requirements.txt

COPY . .
RUN SECRET_KEY=build-only ALLOWED_HOSTS=localhost python3 manage.py collectstatic --noinput \
    && useradd --system --uid 10001 --home /app site \
    && mkdir -p /app/var && chown -R site /app/var

USER site
EXPOSE 8000
CMD ["gunicorn", "practice_site.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-"]
