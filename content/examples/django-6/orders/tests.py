from django.core import mail
from django.test import TestCase

from .models import Order
from .tasks import send_receipt
from .views import confirm


class ReceiptTests(TestCase):
    def test_receipt_is_enqueued_only_after_the_commit(self):
        order = Order.objects.create(email="buyer@example.com")
        with self.captureOnCommitCallbacks(execute=True) as callbacks:
            confirm(order)
            self.assertEqual(mail.outbox, [])  # nothing sent before the commit
        self.assertEqual(len(callbacks), 1)
        self.assertEqual([message.subject for message in mail.outbox], [f"Receipt for order {order.pk}"])
        self.assertEqual(mail.outbox[0].to, ["buyer@example.com"])

    def test_the_immediate_backend_runs_the_task_and_keeps_its_result(self):
        result = send_receipt.enqueue(7, "someone@example.com")
        self.assertEqual(result.status, "SUCCESSFUL")
        self.assertEqual(len(mail.outbox), 1)


class ProductionTasksSettingsTests(TestCase):
    def test_the_database_backend_and_its_app_are_configured(self):
        from config import settings_production

        self.assertEqual(settings_production.TASKS["default"]["BACKEND"], "django_tasks_db.DatabaseBackend")
        self.assertEqual(settings_production.INSTALLED_APPS[-1], "django_tasks_db")
