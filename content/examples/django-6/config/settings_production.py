# Production variant of the Django 6 examples' settings: a task backend with a real worker.
# The examples check these values but do not install django-tasks-db or start its worker.
from .settings import *  # noqa: F403
from .settings import INSTALLED_APPS

# region: tasks-db
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # its models hold the queue: run migrate

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# endregion
