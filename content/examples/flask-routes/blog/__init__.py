from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    if test_config is not None:
        app.config.update(test_config)

    from . import views

    app.register_blueprint(views.bp)
    return app

# Building the URL elsewhere (inside a request or app context):
#   url_for("blog.post_detail", year=2026, slug="first-post")
#   -> "/blog/2026/first-post/"
