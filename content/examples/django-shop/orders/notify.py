def notify_shipped() -> None:
    # region: send-mail
    from django.core.mail import send_mail

    send_mail(
        subject="Your order has shipped",
        message="It should arrive within three days.",
        from_email=None,  # falls back to DEFAULT_FROM_EMAIL
        recipient_list=["customer@example.com"],
    )
    # endregion
