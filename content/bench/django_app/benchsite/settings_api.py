"""The same project with only the middleware a plain JSON API keeps: security headers and
URL normalisation. Sessions, CSRF, authentication, messages and clickjacking protection serve
browser pages and forms, which such an API does not have."""
from .settings import *  # noqa: F401,F403  (a settings variant extends the base settings)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
