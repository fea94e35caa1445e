from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers

from .models import Book


@vary_on_headers("HX-Request")  # one URL, two responses: caches must tell them apart
def book_list(request):
    books = Book.objects.filter(title__icontains=request.GET.get("q", ""))
    template = "books/list.html"
    if request.headers.get("HX-Request"):
        template += "#book-rows"  # render only the partial
    return render(request, template, {"books": books})
