from django.db import transaction

from .tasks import send_receipt


def confirm(order):
    # Enqueue only once the order row is committed, so the worker can see it.
    transaction.on_commit(lambda: send_receipt.enqueue(order.pk, order.email))
