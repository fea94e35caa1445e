# The same view, with await where Quart uses coroutines
from quart import Quart, render_template, request

app = Quart(__name__)


@app.post("/search")
async def search():
    form = await request.form
    return await render_template("results.html", q=form["q"])
