# region: gunicorn
# gunicorn -c gunicorn.conf.py config.wsgi   (Flask: the same file with "shop.wsgi:app")
import multiprocessing
import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
# Gunicorn's rule of thumb for sync workers: two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"  # or "gthread" with threads = 4 for I/O-bound views
timeout = 30
graceful_timeout = 30
# Restart each worker after a while, so a slow leak cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
# endregion
