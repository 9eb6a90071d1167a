"""Pinning related articles in the admin: the inline, its search, and its Dutch refusals.

The search behind the inline's autocomplete is ArticleAdmin's (Django asks the admin of the
model it searches); PinSearchMixin puts title matches first there and leaves out the article
being edited, which the inline's widget names in its search address.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from .models import PinnedRelation

ALREADY_PINNED = _("Dit artikel staat al bij de vastgezette artikelen. Kies een ander artikel.")
PINNED_ITSELF = _("Een artikel kan niet naar zichzelf verwijzen. Kies een ander artikel.")
EXCLUDE_PARAMETER = "exclude"  # the article being edited, in the pin search's address


class PinSearchSelect(AutocompleteSelect):
    """Django's autocomplete, with the article being edited in its search address."""

    article_pk = None

    def get_url(self):
        url = super().get_url()
        if self.article_pk is None:
            return url
        return f"{url}?{urlencode({EXCLUDE_PARAMETER: self.article_pk})}"


class PinnedRelationForm(forms.ModelForm):
    class Meta:
        model = PinnedRelation
        fields = ("related", "position")
        error_messages = {NON_FIELD_ERRORS: {"unique_together": ALREADY_PINNED}}

    def clean_related(self):
        related = self.cleaned_data["related"]
        # The model's check constraint says the same, but its message names the constraint.
        if related is not None and related.pk == self.instance.article_id:
            raise ValidationError(PINNED_ITSELF, code="pinned_itself")
        return related


class PinnedRelationFormSet(forms.BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        return ALREADY_PINNED


class PinnedRelationInline(admin.TabularInline):
    model = PinnedRelation
    form = PinnedRelationForm
    formset = PinnedRelationFormSet
    fk_name = "article"
    fields = ("related", "position")
    autocomplete_fields = ("related",)
    extra = 0
    view_on_site = False  # each row's select names the pinned article already
    verbose_name_plural = _(
        "Vastgezette gerelateerde artikelen (eerst getoond, op volgorde; automatische suggesties vullen aan)"
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "related":
            kwargs["widget"] = PinSearchSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        widget = formset.form.base_fields["related"].widget
        # A new form class each call: the article's id stays with this request's forms.
        getattr(widget, "widget", widget).article_pk = obj.pk if obj else None
        return formset


def is_pin_search(request) -> bool:
    return (
        request.GET.get("app_label") == PinnedRelation._meta.app_label
        and request.GET.get("model_name") == PinnedRelation._meta.model_name
        and request.GET.get("field_name") == "related"
    )


class PinSearchMixin:
    """For ArticleAdmin: in the pin search, titles first, and never the article itself."""

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not is_pin_search(request):
            return queryset, may_have_duplicates
        excluded = request.GET.get(EXCLUDE_PARAMETER, "")
        if excluded.isdigit():
            queryset = queryset.exclude(pk=int(excluded))
        words = search_term.split()
        in_title = Q(*(Q(title__icontains=word) for word in words)) if words else Q(pk__in=[])
        queryset = queryset.annotate(
            title_match=Case(When(in_title, then=Value(0)), default=Value(1), output_field=IntegerField())
        ).order_by("title_match", "title", "pk")
        return queryset, may_have_duplicates
