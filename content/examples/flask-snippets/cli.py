# region: command
import click
from flask import Flask

app = Flask(__name__)


@app.cli.command("import-books")
@click.argument("path")
def import_books(path: str) -> None:
    """Import books from a CSV file."""
    count = load_books_from_csv(path)
    click.echo(f"Imported {count} books")

# Run it with: flask --app cli import-books books.csv
# endregion


def load_books_from_csv(path: str) -> int:
    """Stands in for the application's import code: counts the data rows."""
    import csv

    with open(path, newline="") as f:
        return sum(1 for _ in csv.DictReader(f))
