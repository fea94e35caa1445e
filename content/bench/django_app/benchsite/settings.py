"""Settings of the Django twin: what `django-admin startproject` writes (apps, middleware,
templates), with DEBUG off as in production, and PostgreSQL through psycopg 3 instead of
SQLite. Connections come from psycopg's connection pool, the same policy as the Flask twin's
SQLAlchemy pool. The harness passes the server's socket folder and port."""
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# dataset.py, shared with the Flask twin, sits one folder up.
sys.path.insert(0, str(BASE_DIR.parent))

SECRET_KEY = os.environ.get("BENCH_SECRET_KEY", "bench-only-not-a-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "blog",
]

# The default stack of a new project.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "benchsite.urls"

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

WSGI_APPLICATION = "benchsite.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("BENCH_PG_DATABASE", "bench_django"),
        "USER": os.environ.get("BENCH_PG_USER", "postgres"),
        "HOST": os.environ.get("BENCH_PG_HOST", "/var/run/postgresql"),
        "PORT": os.environ.get("BENCH_PG_PORT", "5432"),
        # Connections come from psycopg's pool (Django 5.1+), as the Flask twin's come from
        # SQLAlchemy's: persistent connections (CONN_MAX_AGE) are per thread, and under ASGI each
        # request's sync code runs in a thread of its own, so they would connect once a request.
        # The pool needs CONN_MAX_AGE = 0. Five connections, like SQLAlchemy's default pool size.
        "CONN_MAX_AGE": 0,
        "OPTIONS": {"pool": {"min_size": 1, "max_size": 5}},
    }
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
