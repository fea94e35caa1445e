import csv

from django.core.management.base import BaseCommand

from books.models import Book


class Command(BaseCommand):
    help = "Import books from a CSV file"

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, **options):
        with open(options["path"], newline="") as f:
            rows = list(csv.DictReader(f))
        Book.objects.bulk_create(Book(title=r["title"], year=int(r["year"])) for r in rows)
        self.stdout.write(self.style.SUCCESS(f"Imported {len(rows)} books"))
