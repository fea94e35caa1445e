from asgiref.sync import sync_to_async
from django.db import transaction
from django.http import JsonResponse

from .models import Order, Stock


@sync_to_async
def place_order(user, product_id: int) -> Order:
    with transaction.atomic():  # not available in async code
        stock = Stock.objects.select_for_update().get(product_id=product_id)
        stock.quantity -= 1
        stock.save()
        return Order.objects.create(user=user, product_id=product_id)


async def checkout(request, product_id: int):
    # auser() loads the user without blocking the event loop.
    user = await request.auser()
    order = await place_order(user, product_id)
    return JsonResponse({"order": order.pk})
