from rest_framework import routers, serializers, viewsets

from .models import Book


class BookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Book
        fields = ["id", "title", "year"]


class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.order_by("title")
    serializer_class = BookSerializer


router = routers.DefaultRouter()
router.register("books", BookViewSet)
# In urls.py: path("api/", include(router.urls)) gives list, detail,
# create, update and delete endpoints for books.
