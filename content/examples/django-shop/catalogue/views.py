# Each region is one example of the guide, with the imports it needs, so it reads alone.
from django.shortcuts import get_object_or_404, render

from .models import Product


def product_list(request):
    # The HTMX version of this view (web-layer chapter) uses Django 6.0 template partials:
    # see content/examples/django-6/catalogue/views.py.
    return render(request, "catalogue/product_list.html", {"products": Product.objects.order_by("name")})


def product_detail(request, slug: str):
    return render(request, "catalogue/product_detail.html", {"product": get_object_or_404(Product, slug=slug)})


def reviews(request, slug: str, page: int):
    return render(request, "catalogue/reviews.html", {"slug": slug, "page": page})


# region: add-review
from django.shortcuts import redirect, render

from .forms import ReviewForm


def add_review(request):
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("catalogue:list")
    return render(request, "catalogue/review_form.html", {"form": form})
# endregion


# region: edit-price
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, render

from .models import Product


@permission_required("catalogue.change_product", raise_exception=True)
def edit_price(request, pk: int):
    product = get_object_or_404(Product, pk=pk)
    ...
    return render(request, "catalogue/edit_price.html", {"product": product})
# endregion


# region: caching
from django.core.cache import cache
from django.shortcuts import render
from django.views.decorators.cache import cache_page

from .models import Product


@cache_page(60 * 5)  # the whole response, for five minutes
def price_list(request):
    return render(request, "catalogue/prices.html", {"products": Product.objects.all()})


def bestsellers():
    # compute once, reuse for ten minutes
    return cache.get_or_set(
        "bestsellers", lambda: list(Product.objects.order_by("-sold")[:10]), 600
    )
# endregion
