from ninja import NinjaAPI, Schema

from .models import Order

api = NinjaAPI(title="Orders")


class OrderIn(Schema):
    sku: str
    quantity: int = 1


class OrderOut(Schema):
    id: int
    sku: str
    quantity: int


@api.post("/orders", response={201: OrderOut})
def create_order(request, payload: OrderIn):
    order = Order.objects.create(**payload.model_dump())
    return 201, order
