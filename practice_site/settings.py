"""Settings for the practice site, read from the environment (12-factor).

Every value has a safe development default, except the ones that must never
have one in production: with DEBUG off the site refuses to start without a
real SECRET_KEY, ALLOWED_HOSTS and ENCRYPTION_KEYS.
"""

import os
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# An optional file of variables (git-ignored; `make run` writes one with DEBUG=1 and a key of its
# own). Real environment variables win. ENV_FILE points elsewhere: the tests use /dev/null.
environ.Env.read_env(os.environ.get("ENV_FILE", BASE_DIR / ".env"))

DEBUG = env.bool("DEBUG", default=False)

DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = env("SECRET_KEY", default=DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY or (not DEBUG and SECRET_KEY == DEV_SECRET_KEY):
    raise ImproperlyConfigured("Set SECRET_KEY: a long random value (DEBUG is off).")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS: the host names the site is served on (DEBUG is off).")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Fernet keys for the encrypted fields (intake/encryption.py: visitors' free text, the team's
# notes), comma-separated, newest first: the first encrypts, every one decrypts (README "Encryption
# at rest"). Losing them loses those texts; development uses a fixed key that production refuses.
DEV_ENCRYPTION_KEY = "Kk8OeYNN1vOiNaWdeTSWwVf0Ji3MZlr_4lOtkDUzTq8="
ENCRYPTION_KEYS = [
    key.strip()
    for key in env.list("ENCRYPTION_KEYS", default=[DEV_ENCRYPTION_KEY] if DEBUG else [])
    if key.strip()
]
if not ENCRYPTION_KEYS or (not DEBUG and DEV_ENCRYPTION_KEY in ENCRYPTION_KEYS):
    raise ImproperlyConfigured("Set ENCRYPTION_KEYS: Fernet keys, newest first (DEBUG is off; see README).")

# The public address of the site, used in e-mails and feeds (no request at hand there).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "practice_site.apps.AxesConfig",  # django-axes, with a Dutch name in the admin
    "markdownx",
    "reversion",  # django-reversion: revisions of articles
    "blog",
    "intake",
    "practice_site",  # after the apps: it wires them together (page cache, staff roles)
]

MIDDLEWARE = [
    "django.middleware.http.ConditionalGetMiddleware",  # ETag and 304, for cached pages too
    "practice_site.page_cache.UpdateCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "practice_site.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cached public pages are answered here, as early as static files: sessions, CSRF and
    # authentication play no part in them (a page that depends on them is never cached).
    "practice_site.page_cache.FetchFromCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "practice_site.staff_sessions.StaffSessionTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "practice_site.urls"

TEMPLATES = [
    {
        # Visitor pages (jinja2/): Jinja2 renders them about ten times faster, see practice_site/jinja2.py.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "practice_site.jinja2.environment",
            "context_processors": ["practice_site.context_processors.practice"],
        },
    },
    {
        # The admin and the e-mails (templates/).
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "practice_site.context_processors.practice",
            ],
        },
    },
]

WSGI_APPLICATION = "practice_site.wsgi.application"

VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
# Persistent connections (checked before reuse): no new connection per request.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory by default; in production Redis, e.g. CACHE_URL=redis://127.0.0.1:6379/1.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "practice_site.redis_cache.RedisCache"  # reuses its redis client
# Public pages are cached whole for anonymous visitors (practice_site/page_cache.py).
CACHE_MIDDLEWARE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60 * 60)
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
CACHE_MIDDLEWARE_ALIAS = "default"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out logins before checking passwords
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Uploads go to MEDIA_ROOT, or to an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set
# (practice_site/storage.py; README "Static files and uploaded media"). Either way the proxy
# serves them at MEDIA_URL.
MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    MEDIA_STORAGE = {
        "BACKEND": "practice_site.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default="path"),
            "file_overwrite": False,  # like the local folder: a new upload never replaces a file
            "querystring_auth": False,  # MEDIA_URL through the proxy, not signed bucket URLs
        },
    }
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": env(
            "STATICFILES_BACKEND",
            default="whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}

# E-mail: printed to the console in development, SMTP (EMAIL_URL) in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://127.0.0.1:25")
SMTP_OPTION_NAMES = {
    "EMAIL_HOST": "host",
    "EMAIL_PORT": "port",
    "EMAIL_HOST_USER": "username",
    "EMAIL_HOST_PASSWORD": "password",
    "EMAIL_USE_TLS": "use_tls",
    "EMAIL_USE_SSL": "use_ssl",
}
MAILERS = {"default": {"BACKEND": EMAIL_CONFIG["EMAIL_BACKEND"]}}
if DEBUG and EMAIL_CONFIG["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend":
    MAILERS["default"]["BACKEND"] = "practice_site.console_mail.ReadableConsoleBackend"  # plain text
if EMAIL_CONFIG["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        option: EMAIL_CONFIG[key] for key, option in SMTP_OPTION_NAMES.items() if EMAIL_CONFIG.get(key)
    } | {"timeout": env.int("EMAIL_TIMEOUT", default=10)}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Praktijk De Linde <noreply@praktijkdelinde.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGIN_URL = "admin:login"

# Security: headers and cookies. Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
# Staff sessions lock after this long without activity, and after this long in all
# (practice_site/staff_sessions.py).
STAFF_SESSION_IDLE_SECONDS = env.int("STAFF_SESSION_IDLE_MINUTES", default=30) * 60
STAFF_SESSION_MAX_SECONDS = env.int("STAFF_SESSION_MAX_HOURS", default=8) * 60 * 60
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container health check speaks plain HTTP
# The team's calendar feed refuses plain HTTP itself (a redirect would keep its secret on HTTP).
SECURE_REDIRECT_EXEMPT += [r"^adviesgesprekken/agenda/"]
CSRF_FAILURE_VIEW = "practice_site.views.csrf_failure"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
if env.bool("BEHIND_TLS_PROXY", default=not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Admin login brute force: django-axes locks a username+IP pair out after repeated failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "429_login.html"
AXES_VERBOSE = False  # no usernames or addresses in the logs
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # the owner's "Logboek mislukte inlogs" keeps every failure
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0) or None
AXES_CLIENT_IP_CALLABLE = "practice_site.client_address.client_ip"  # the rate limits use it too

# Uploaded images (Markdown editor, covers): Pillow verifies and re-encodes them.
IMAGE_MAX_UPLOAD_BYTES = env.int("IMAGE_MAX_UPLOAD_BYTES", default=5 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)
MARKDOWNX_MARKDOWNIFY_FUNCTION = "blog.markdown.render_markdown"
MARKDOWNX_UPLOAD_MAX_SIZE = IMAGE_MAX_UPLOAD_BYTES
MARKDOWNX_UPLOAD_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"]
MARKDOWNX_MEDIA_PATH = "markdownx/%Y/%m/"
MARKDOWNX_IMAGE_MAX_SIZE = {"size": (1600, 1600), "quality": 85}
MARKDOWNX_URLS_PATH = "/markdownx/markdownify/"
MARKDOWNX_UPLOAD_URLS_PATH = "/markdownx/upload/"

BLOG_PAGE_SIZE = env.int("BLOG_PAGE_SIZE", default=10)
# Related articles under each article: pinned ones first, then the best automatic suggestions.
BLOG_RELATED_COUNT = env.int("BLOG_RELATED_COUNT", default=4)
# Revisions of articles (django-reversion): `manage.py prune_revisions` (daily) deletes those older
# than this many days, but always keeps each article's newest few.
BLOG_REVISIONS_KEEP_DAYS = env.int("BLOG_REVISIONS_KEEP_DAYS", default=365)
BLOG_REVISIONS_KEEP_LATEST = env.int("BLOG_REVISIONS_KEEP_LATEST", default=10)
BLOG_SEARCH_RATE_LIMIT = env.int(
    "BLOG_SEARCH_RATE_LIMIT", default=30
)  # searches per address a minute; 0: off

# Intake: the team's address for "new request" mails (they carry no personal data), how long
# handled requests are kept, and the spam limits of the public forms.
INTAKE_NOTIFY_EMAIL = env("INTAKE_NOTIFY_EMAIL", default="aanmelden@praktijkdelinde.nl")
INTAKE_RETENTION_DAYS = env.int("INTAKE_RETENTION_DAYS", default=365)
INTAKE_RATE_LIMIT = env.int("INTAKE_RATE_LIMIT", default=10)  # form submits per client per window
INTAKE_RATE_LIMIT_WINDOW = env.int("INTAKE_RATE_LIMIT_WINDOW", default=60 * 60)  # seconds
INTAKE_MIN_FILL_SECONDS = env.int("INTAKE_MIN_FILL_SECONDS", default=3)
INTAKE_REMINDER_HOURS = env.int("INTAKE_REMINDER_HOURS", default=24)  # before an advice call; 0: none
# Who may handle requests (the assignee list): the group practice_site/roles.py fills.
INTAKE_TEAM_GROUP = "Aanmeldteam"

# Practice details shown in the header, footer and e-mails.
PRACTICE = {
    "name": env("PRACTICE_NAME", default="Praktijk De Linde"),
    "tagline": env("PRACTICE_TAGLINE", default="Psychologische zorg voor volwassenen"),
    "address": env("PRACTICE_ADDRESS", default="Lindelaan 12, 3511 AB Utrecht"),
    "phone": env("PRACTICE_PHONE", default="030 123 45 67"),
    "email": env("PRACTICE_EMAIL", default="info@praktijkdelinde.nl"),
    "kvk": env("PRACTICE_KVK", default="12345678"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # A rate limit's 429 is its intended answer; a line for each would let a flood fill the log.
        "not_rate_limited": {
            "()": "django.utils.log.CallbackFilter",
            "callback": lambda record: getattr(record, "status_code", None) != 429,
        },
        # "Not Found: /adviesgesprekken/agenda/<secret>.ics" keeps no secret (practice_site/access_log.py).
        "hide_secrets": {"()": "practice_site.access_log.HideSecretsInPaths"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["not_rate_limited", "hide_secrets"]}
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Django's own defaults give "django" a console handler too (with DEBUG on): every line would
    # appear twice. Here it only passes its records up to the root handler.
    "loggers": {"django": {"handlers": [], "level": env("LOG_LEVEL", default="INFO"), "propagate": True}},
}
