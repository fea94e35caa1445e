from django.core.mail import send_mail
from django.tasks import task


@task
def send_receipt(order_id: int, email: str) -> None:
    send_mail(
        subject=f"Receipt for order {order_id}",
        message="Thank you for your order.",
        from_email=None,
        recipient_list=[email],
    )
