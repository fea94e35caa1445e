"""The production settings, with the secrets a test run needs (production reads them from the environment)."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-a-secret-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "shop.example,testserver")

from config.settings import *  # noqa: E402,F403
