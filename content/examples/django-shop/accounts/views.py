# Each region is one example of the guide, with the imports it needs, so it reads alone.
# region: transfer
from asgiref.sync import sync_to_async
from django.db import transaction
from django.db.models import F
from django.http import JsonResponse

from .models import Account


def _transfer(source_id: int, target_id: int, amount: int) -> None:
    with transaction.atomic():
        Account.objects.filter(pk=source_id).update(balance=F("balance") - amount)
        Account.objects.filter(pk=target_id).update(balance=F("balance") + amount)


async def transfer(request, source_id: int, target_id: int):
    await sync_to_async(_transfer)(source_id, target_id, 100)
    account = await Account.objects.aget(pk=source_id)
    return JsonResponse({"balance": account.balance})
# endregion


# region: dashboard
import asyncio

import httpx
from django.http import JsonResponse


async def dashboard(request):
    async with httpx.AsyncClient(timeout=5) as client:
        rates, weather = await asyncio.gather(
            client.get("https://rates.example.com/latest"),
            client.get("https://weather.example.com/today"),
        )
    return JsonResponse({"rates": rates.json(), "weather": weather.json()})
# endregion


# region: me
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def me(request):
    return Response({"user_id": request.user.pk})
# endregion
