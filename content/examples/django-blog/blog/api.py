from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .models import Post


@require_GET
def post_list(request: HttpRequest) -> JsonResponse:
    try:
        limit = int(request.GET.get("limit", 10))
    except ValueError:
        return JsonResponse({"error": "limit must be a number"}, status=400)
    limit = max(1, min(limit, 100))
    posts = (
        Post.objects.filter(published_at__lte=timezone.now())
        .values("title", "slug", "published_at", "author__username")
    )[:limit]
    # JsonResponse's encoder turns datetimes into ISO 8601 strings.
    return JsonResponse({"posts": list(posts)})
