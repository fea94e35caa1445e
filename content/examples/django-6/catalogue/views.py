from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers

from .models import Product


@vary_on_headers("HX-Request")  # one URL, two responses: caches must tell them apart
def product_list(request):
    products = Product.objects.order_by("name")
    template = "catalogue/product_list.html"
    if request.headers.get("HX-Request"):
        template += "#rows"  # only the fragment for HTMX requests
    return render(request, template, {"products": products})
