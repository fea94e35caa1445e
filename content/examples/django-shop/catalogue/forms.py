from django import forms

from .models import Review


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        fields = ["rating", "body"]

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body.split()) < 5:
            raise forms.ValidationError("Write at least five words.")
        return body
