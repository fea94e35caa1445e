import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from .extensions import csrf, db, login_manager, migrate


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    # Unset means Production: a forgotten variable must not deploy development settings.
    app.config.from_object(os.environ.get("SHOP_CONFIG", "shop.config.Production"))
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)  # instance/config.py, if present
        app.config.from_prefixed_env()  # e.g. FLASK_SECRET_KEY overrides SECRET_KEY
    else:
        app.config.update(test_config)  # tests pass their settings directly

    db.init_app(app)
    migrate.init_app(app, db)
    login_manager.init_app(app)
    csrf.init_app(app)

    from .books import bp as books_bp
    from .catalogue.views import bp as catalogue_bp

    app.register_blueprint(catalogue_bp, url_prefix="/catalogue")
    app.register_blueprint(books_bp)
    return app
