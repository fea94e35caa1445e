# Settings of the Django 6 examples; the pages show the regions, the rest makes the project run.
# region: csp-import
from django.utils.csp import CSP
# endregion

SECRET_KEY = "examples-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "blog", "books", "catalogue", "orders"]
MIDDLEWARE: list[str] = ["django.middleware.security.SecurityMiddleware", "django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "config.urls"
# region: csp-templates
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                # with your other context processors: sets csp_nonce, or the nonce renders empty
                "django.template.context_processors.csp",
            ],
        },
    }
]
# endregion
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
# Django 6.1 names its mail backends here (EMAIL_BACKEND is deprecated); tests swap in an in-memory one.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}

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
