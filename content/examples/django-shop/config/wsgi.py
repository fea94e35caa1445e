# Django serves the site, the old Flask app keeps /legacy.
import os

from django.core.wsgi import get_wsgi_application
from werkzeug.middleware.dispatcher import DispatcherMiddleware

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_app = get_wsgi_application()

from legacy.app import app as flask_app  # noqa: E402  the existing Flask application

application = DispatcherMiddleware(django_app, {"/legacy": flask_app})
