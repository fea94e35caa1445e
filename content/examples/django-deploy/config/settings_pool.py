"""PostgreSQL through Django's own connection pool (Django 5.1 and later), for a deployment under
ASGI. Needs psycopg with its pool extra (`pip install "psycopg[pool]"`) and a PostgreSQL server."""

# region: os-import
import os
# endregion

from config.settings import *  # noqa: F403

# region: pool
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "USER": os.environ.get("POSTGRES_USER", "shop"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
        # The pool holds the connections; persistent per-thread connections must stay off.
        "CONN_MAX_AGE": 0,
        "OPTIONS": {
            # Per process: Gunicorn workers x max_size must stay below max_connections.
            "pool": {"min_size": 2, "max_size": 10, "timeout": 10},
        },
    }
}
# endregion
