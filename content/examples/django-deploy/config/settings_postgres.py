"""PostgreSQL with persistent connections, for a deployment under WSGI (Gunicorn's sync workers).
Needs psycopg (`pip install psycopg`) and a PostgreSQL server; the examples' tests load these
settings without connecting, and run CONN_MAX_AGE and CONN_HEALTH_CHECKS on SQLite (settings.py)."""

# region: os-import
import os
# endregion

from config.settings import *  # noqa: F403

# region: database
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "USER": os.environ.get("POSTGRES_USER", "shop"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        # Keep each connection open for 60 s of requests, and check it before reuse.
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
}
# endregion
