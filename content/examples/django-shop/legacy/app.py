"""Stands in for an existing Flask application that config/wsgi.py mounts under /legacy."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def home() -> str:
    return "The old Flask app"
