from django.http import HttpResponse
from django.shortcuts import render

from .models import Book


def book_list(request) -> HttpResponse:
    return render(request, "books/list.html", {"books": Book.objects.order_by("title")})


# region: typed
# Checked by mypy with the django-stubs plugin.
from django.http import HttpRequest, JsonResponse

from .models import Book


def book_detail(request: HttpRequest, pk: int) -> JsonResponse:
    book = Book.objects.get(pk=pk)  # inferred as Book by the plugin
    return JsonResponse({"title": book.title, "year": book.year})
# endregion
