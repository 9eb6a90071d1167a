"""The writer's desk: the article form in the admin, with its editor, preview, counters and checks."""

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AdminFileWidget, AdminTextInputWidget
from django.templatetags.static import static
from markdownx.widgets import AdminMarkdownxWidget

from .editor import render_writing_checks, writing_report
from .markdown import DECORATIVE_ALT
from .models import Article


class ArticleBodyWidget(AdminMarkdownxWidget):
    """markdownx's editor with a toolbar, an image button that asks for alt text, a labelled
    preview in the site's own article style, the Markdown help and the writing checks."""

    # Widget templates live in the app: the form renderer reads app templates, not templates/.
    template_name = "blog/widgets/article_body.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["decorative_alt"] = DECORATIVE_ALT
        context["site_css"] = static("css/site.css")
        context["writing_checks"] = render_writing_checks(value or "")
        return context

    class Media:
        css = {"all": ["blog/admin/writers-desk.css"]}
        js = [
            "blog/admin/editor.js",
            "blog/admin/preview.js",
            "blog/admin/writing-checks.js",
            "blog/admin/article-form.js",
        ]


class CountedTextarea(forms.Textarea):
    """A short text on a few lines, with a live count against its maximum length."""

    template_name = "blog/widgets/counted_textarea.html"

    def __init__(self, attrs=None):
        super().__init__({"rows": 3, "class": "vLargeTextField", **(attrs or {})})

    class Media:
        js = ["blog/admin/article-form.js"]


class LabelledFileWidget(AdminFileWidget):
    """The file input labelled by the field's own label: Django 6.1 wraps it in a fieldset whose
    legend names the group but leaves the input itself without a label (axe: "label")."""

    use_fieldset = False


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = (
            "title", "slug", "summary", "body", "status", "published_at", "author", "categories",
            "cover_image", "cover_alt", "cover_decorative", "exclude_from_related", "seo_description",
        )  # fmt: skip
        widgets = {
            "title": AdminTextInputWidget(attrs={"class": "vLargeTextField"}),
            "summary": CountedTextarea(),
            "seo_description": CountedTextarea(),
            "body": ArticleBodyWidget(),
            # A handful of categories: plain checkboxes (the admin's filter widget fails axe's ARIA rules).
            "categories": forms.CheckboxSelectMultiple(),
            "cover_image": LabelledFileWidget(),
        }

    def clean_summary(self):
        return " ".join(self.cleaned_data["summary"].split())  # one paragraph: a line break is a space

    def clean_seo_description(self):
        return " ".join(self.cleaned_data["seo_description"].split())


class WritersDeskAdminMixin:
    """For the article admin: the writer's desk form, and the writing advice again after a save."""

    form = ArticleAdminForm

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self.message_user(request, writing_report(obj.body).summary(), messages.INFO)
