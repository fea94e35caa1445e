from django.conf import settings
from django.db import models

from catalogue.models import Product


class Stock(models.Model):
    product = models.OneToOneField(Product, on_delete=models.CASCADE)
    quantity = models.PositiveIntegerField(default=0)


class Order(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    product = models.ForeignKey(Product, null=True, on_delete=models.SET_NULL)
    sku = models.CharField(max_length=40, blank=True)
    quantity = models.PositiveIntegerField(default=1)
    email = models.EmailField(blank=True)
