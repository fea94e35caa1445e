"""One view per benchmark scenario; the Flask twin has the same routes doing the same work.
The async_* views serve the same scenarios under ASGI, with the ORM's async API."""
import random

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render

from dataset import EXTRA_FORTUNE, PAGE_ROWS, POST_COUNT, template_rows

from .models import Fortune, Post

ROWS = template_rows()


def plaintext(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


def json(request):
    return JsonResponse({"message": "Hello, World!"})


def template(request):
    return render(request, "blog/rows.html", {"rows": ROWS})


def query(request):
    post = Post.objects.get(pk=random.randint(1, POST_COUNT))
    return JsonResponse({"id": post.id, "title": post.title})


def _page(posts):
    return JsonResponse(
        [{"id": p.id, "title": p.title, "author": p.author.name} for p in posts], safe=False
    )


def related_naive(request):
    # Each p.author is a lazy foreign key: one query for the page, then one per post (N+1).
    return _page(Post.objects.order_by("id")[:PAGE_ROWS])


def related_fixed(request):
    # select_related joins the authors into the page's query: one query in all.
    return _page(Post.objects.select_related("author").order_by("id")[:PAGE_ROWS])


def fortunes(request):
    # TechEmpower's Fortunes: every row, one added in memory, sorted, rendered with escaping.
    rows = list(Fortune.objects.all())
    rows.append(Fortune(id=0, message=EXTRA_FORTUNE))
    rows.sort(key=lambda fortune: fortune.message)
    return render(request, "blog/fortunes.html", {"fortunes": rows})


def user(request):
    # Reading request.user makes the session and authentication middleware do their work.
    return HttpResponse(
        "signed in" if request.user.is_authenticated else "anonymous", content_type="text/plain"
    )


async def async_plaintext(request):
    return HttpResponse("Hello, World!", content_type="text/plain")


async def async_query(request):
    post = await Post.objects.aget(pk=random.randint(1, POST_COUNT))
    return JsonResponse({"id": post.id, "title": post.title})
