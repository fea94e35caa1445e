# The least a project needs to serve the chapter's views: no database, no templates.
SECRET_KEY = "dev-only"
DEBUG = True
ALLOWED_HOSTS: list[str] = []
INSTALLED_APPS = ["blog"]
ROOT_URLCONF = "config.urls"
DATABASES: dict = {}
USE_TZ = True
