# region: caching
from flask import Flask, render_template
from flask_caching import Cache

app = Flask(__name__)
app.config.from_mapping(CACHE_TYPE="RedisCache", CACHE_REDIS_URL="redis://localhost:6379/1")
app.config.from_prefixed_env()  # FLASK_CACHE_TYPE=SimpleCache, e.g. in tests
cache = Cache(app)


@app.get("/prices")
@cache.cached(timeout=300)
def price_list():
    return render_template("prices.html", products=load_products())


@cache.memoize(timeout=600)
def exchange_rate(currency: str) -> float:
    return fetch_rate_from_provider(currency)


@app.get("/logo.svg")
def logo():
    response = app.send_static_file("logo.svg")
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response
# endregion


calls = {"products": 0, "rates": 0}


def load_products() -> list[str]:
    """Stands in for a slow query."""
    calls["products"] += 1
    return ["Teapot"]


def fetch_rate_from_provider(currency: str) -> float:
    """Stands in for a call to an exchange-rate service."""
    calls["rates"] += 1
    return 1.1
