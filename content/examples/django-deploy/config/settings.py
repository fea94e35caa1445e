"""Production settings read from the environment (the deployment chapter shows regions of it)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# region: secrets
# Never commit the key: read it from the environment, and keep the previous one in
# SECRET_KEY_FALLBACKS during a rotation so existing sessions and signed links stay valid.
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SECRET_KEY_FALLBACKS = [key for key in os.environ.get("DJANGO_OLD_SECRET_KEYS", "").split(",") if key]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = [host for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if host]
# endregion

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "site_checks",
]

# region: middleware
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise serves the collected static files straight after SecurityMiddleware.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
# endregion

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite for the examples' tests; the chapter shows settings_postgres.py, with the same two options.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DJANGO_DB_PATH", BASE_DIR / "db.sqlite3"),
        # Keep connections open between requests, and check them before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
}

# region: static
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    # Uploads: swap in django-storages (S3, GCS, Azure) when several servers share them.
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # collectstatic writes hashed, compressed copies; pages link to the hashed names.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# endregion

# region: proxy
# Behind a proxy that terminates TLS: trust its X-Forwarded-Proto header (and only its).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not DEBUG
# The balancer's health check comes over plain HTTP: answer it rather than redirect, since a 301
# fails the check on an AWS ALB, for one. Patterns match the path without its leading slash.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# HSTS in stages: an hour by default; raise DJANGO_HSTS_SECONDS (a day, a week, then a year,
# 31536000) once every host, subdomains included, answers over HTTPS.
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "3600"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preload stays off: the browsers' list is slow to leave. Its check --deploy reminder is muted.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Same-origin POSTs pass the CSRF check once SECURE_PROXY_SSL_HEADER is right. List origins
# here only for a front end on another origin, e.g. "https://app.example.com https://*.example.com".
CSRF_TRUSTED_ORIGINS = os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split()
# endregion

# region: logging
# Log to standard output; the platform (systemd, a container runtime) collects it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
# endregion

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
