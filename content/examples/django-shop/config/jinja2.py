# Exposes Django's URL and static helpers to Jinja templates.
from django.templatetags.static import static
from django.urls import reverse
from jinja2 import Environment


def environment(**options) -> Environment:
    env = Environment(**options)
    env.globals.update({"static": static, "url": reverse})
    return env
