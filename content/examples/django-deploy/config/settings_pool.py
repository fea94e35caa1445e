"""PostgreSQL through Django's own connection pool (Django 5.1 and later), for a deployment under
ASGI. Needs psycopg with its pool extra (`pip install "psycopg[pool]"`) and a PostgreSQL server."""

from config.settings_postgres import *  # noqa: F403

# region: pool
# The PostgreSQL settings of settings_postgres.py, with a pool instead of persistent connections.
DATABASES = {
    "default": {
        **DATABASES["default"],
        # The pool holds the connections; persistent per-thread connections must stay off.
        "CONN_MAX_AGE": 0,
        "OPTIONS": {
            # Per process: Gunicorn workers x max_size must stay below max_connections.
            "pool": {"min_size": 2, "max_size": 10, "timeout": 10},
        },
    }
}
# endregion
