# Settings excerpts for Django 6.0+ features; the rest is as in django-shop/config/settings/base.py.
from django.utils.csp import CSP

MIDDLEWARE: list[str] = []  # the full list is as in django-shop/config/settings/base.py

# region: tasks
TASKS = {
    "default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"},
}
# endregion

# region: csp
MIDDLEWARE += ["django.middleware.csp.ContentSecurityPolicyMiddleware"]

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],  # <script nonce="{{ csp_nonce }}"> in templates
    "frame-ancestors": [CSP.NONE],
}
# endregion
