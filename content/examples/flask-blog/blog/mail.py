"""Flask has no mail API. This stand-in keeps messages in a list; production code sends through SMTP."""

outbox: list[tuple[str, str, str]] = []


def send_contact_message(name: str, email: str, message: str) -> None:
    outbox.append((name, email, message))
