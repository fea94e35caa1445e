# A Celery task, importable from a Django or a Flask project.
# With a Redis broker, install the client too: python -m pip install "celery[redis]"
from celery import Celery

app = Celery("shop", broker="redis://localhost:6379/0")


@app.task(bind=True, max_retries=3)
def resize_image(self, image_id: int) -> None:
    try:
        ...  # load the image by id, resize it, save the result
    except OSError as exc:
        raise self.retry(exc=exc, countdown=30)

# Run a worker with: celery -A tasks worker
