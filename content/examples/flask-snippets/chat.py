from flask import Flask
from flask_socketio import SocketIO, emit, join_room

app = Flask(__name__)
socketio = SocketIO(app)


@socketio.on("join")
def on_join(data):
    join_room(data["room"])


@socketio.on("chat")
def on_chat(data):
    emit("chat", {"text": data["text"]}, to=data["room"])


if __name__ == "__main__":
    socketio.run(app)
