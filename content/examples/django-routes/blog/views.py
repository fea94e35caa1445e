from django.http import HttpRequest, HttpResponse


def post_detail(request: HttpRequest, year: int, slug: str) -> HttpResponse:
    # The converters have validated both values already: year is an int
    # and slug only contains letters, digits, hyphens and underscores.
    return HttpResponse(f"Post {slug} from {year}")
