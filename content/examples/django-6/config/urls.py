from django.urls import path

from books.views import book_list
from catalogue.views import product_list

urlpatterns = [
    path("books/", book_list, name="book-list"),
    path("products/", product_list, name="product-list"),
]
