# region: db
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
# endregion

from flask_migrate import Migrate

migrate = Migrate()  # migrate.init_app(app, db) in create_app() enables `flask db`

# region: login
from flask_login import LoginManager

login_manager = LoginManager()
login_manager.login_view = "auth.login"  # where @login_required redirects
# endregion
