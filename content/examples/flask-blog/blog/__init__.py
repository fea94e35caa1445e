from collections.abc import Mapping
from typing import Any

from flask import Flask

from .extensions import db, login_manager, migrate


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY="dev-only",  # set FLASK_SECRET_KEY in production
        SQLALCHEMY_DATABASE_URI="sqlite:///blog.sqlite3",
    )
    if test_config is None:
        app.config.from_prefixed_env()  # reads FLASK_* variables
    else:
        app.config.update(test_config)

    db.init_app(app)
    migrate.init_app(app, db)  # adds the `flask db` commands

    from . import views

    app.register_blueprint(views.bp)

    # region: register-api
    from . import api

    app.register_blueprint(api.api)
    # endregion

    # region: register-auth
    from . import auth

    login_manager.init_app(app)
    app.register_blueprint(auth.auth)
    # endregion
    return app
