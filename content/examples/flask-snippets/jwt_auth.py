import os

from flask import Flask
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
jwt = JWTManager(app)


@app.get("/api/me")
@jwt_required()
def me():
    return {"user_id": get_jwt_identity()}
