"""Creates the Django twin's tables in its PostgreSQL database (migrations), then the rows of
dataset.py. Run by the harness before anything is timed: python seed.py"""
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchsite.settings")
django.setup()

from django.core.management import call_command  # noqa: E402  (needs django.setup() first)

from dataset import authors, fortunes, posts  # noqa: E402
from blog.models import Author, Fortune, Post  # noqa: E402

call_command("migrate", verbosity=0, interactive=False)
Author.objects.bulk_create(Author(id=i, name=name) for i, name in authors())
Post.objects.bulk_create(Post(id=i, title=title, author_id=a) for i, title, a in posts())
Fortune.objects.bulk_create(Fortune(id=i, message=message) for i, message in fortunes())
