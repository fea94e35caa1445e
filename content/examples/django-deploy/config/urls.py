from django.http import HttpRequest, JsonResponse
from django.urls import path


def health(request: HttpRequest) -> JsonResponse:
    # A load balancer's health check: cheap, no database, says which scheme Django saw.
    return JsonResponse({"ok": True, "secure": request.is_secure()})


urlpatterns = [path("health/", health, name="health")]
