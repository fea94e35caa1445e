from django.contrib import admin

from .models import Category, Product


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["name", "price", "in_stock", "updated_at"]
    list_filter = ["in_stock", "category"]
    search_fields = ["name", "sku"]
    list_select_related = ["category"]
    autocomplete_fields = ["category"]


# autocomplete_fields needs the related model's admin, with search_fields (check admin.E039/E040).
@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    search_fields = ["name"]
