import asyncio

import httpx
from flask import Flask

app = Flask(__name__)


@app.get("/dashboard")
async def dashboard():
    async with httpx.AsyncClient(timeout=5) as client:
        rates, weather = await asyncio.gather(
            client.get("https://rates.example.com/latest"),
            client.get("https://weather.example.com/today"),
        )
    return {"rates": rates.json(), "weather": weather.json()}
