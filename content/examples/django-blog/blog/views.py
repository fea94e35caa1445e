# Each section of the chapter adds its views with the imports they need, so a region reads alone.
# region: read
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from .models import Post


def index(request: HttpRequest) -> HttpResponse:
    posts = Post.objects.filter(
        published_at__lte=timezone.now()
    ).select_related("author")[:20]
    return render(request, "blog/index.html", {"posts": posts})


def post_detail(request: HttpRequest, year: int, slug: str) -> HttpResponse:
    post = get_object_or_404(
        Post.objects.select_related("author"),
        slug=slug,
        published_at__year=year,
    )
    return render(request, "blog/post_detail.html", {"post": post})
# endregion


# region: contact
from django.contrib import messages
from django.core.mail import send_mail
from django.shortcuts import redirect

from .forms import ContactForm


def contact(request: HttpRequest) -> HttpResponse:
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        send_mail(
            subject=f"Contact form: {data['name']}",
            message=f"{data['message']}\n\nReply to: {data['email']}",
            from_email=None,  # uses DEFAULT_FROM_EMAIL
            recipient_list=["editors@example.com"],
        )
        messages.success(request, "Thanks, your message is on its way.")
        return redirect("blog:contact")
    return render(request, "blog/contact.html", {"form": form})
# endregion


# region: dashboard
from django.contrib.auth.decorators import login_required


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    drafts = request.user.posts.filter(published_at__isnull=True)
    return render(request, "blog/dashboard.html", {"drafts": drafts})
# endregion
