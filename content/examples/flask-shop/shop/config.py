class Config:
    SQLALCHEMY_DATABASE_URI = "sqlite:///shop.db"
    SESSION_COOKIE_SAMESITE = "Lax"


class Development(Config):
    SQLALCHEMY_ECHO = True  # log every SQL statement; debug mode comes from `flask run --debug`


class Testing(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    WTF_CSRF_ENABLED = False


class Production(Config):
    SESSION_COOKIE_SECURE = True
