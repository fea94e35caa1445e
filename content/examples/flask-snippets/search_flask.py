from flask import Flask, render_template, request

app = Flask(__name__)


@app.post("/search")
def search():
    form = request.form
    return render_template("results.html", q=form["q"])
