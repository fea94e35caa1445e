from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
# region: csrf-import
from flask_wtf.csrf import CSRFProtect
# endregion

db = SQLAlchemy()
migrate = Migrate()
login_manager = LoginManager()

# region: csrf
csrf = CSRFProtect()  # csrf.init_app(app) in create_app(): checks every unsafe request,
                      # including fetch() calls that send the token in an X-CSRFToken header
# endregion
