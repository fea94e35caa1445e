# region: gunicorn
# gunicorn -c gunicorn.conf.py config.wsgi   (Flask: the same file with "shop.wsgi:app")
import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
# Gunicorn's rule of thumb for sync workers is two per CPU, plus one. Set WEB_CONCURRENCY from the
# CPUs the container may use: os.cpu_count() counts the host's, so a pod limited to one CPU on a
# 64-core node would start 129 workers. Without the variable: 3, the rule's figure for one CPU.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "sync"  # or "gthread" with threads = 4 for I/O-bound views
# gthread and asgi keep idle connections open this long; the sync worker ignores it and closes
# every connection after its response. Keep it above the load balancer's idle timeout (an AWS
# ALB's is 60 s), so the balancer closes idle connections first and never reuses one Gunicorn shut.
keepalive = 75
timeout = 30
graceful_timeout = 30
# Restart each worker after a while, so a slow leak cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
# endregion
