"""The shop package: create_app() builds and configures the Flask application."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    # Real settings come from FLASK_-prefixed environment variables (FLASK_SECRET_KEY, ...).
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)

    @app.get("/")
    def index() -> str:
        return "The shop is open."

    return app
