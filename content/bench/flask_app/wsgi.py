"""Gunicorn entry point: wsgi:app, with BENCH_FLASK_VARIANT=bare, orm or extensions."""
import os

from app import create_app

app = create_app(os.environ.get("BENCH_FLASK_VARIANT", "bare"))
