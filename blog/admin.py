import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from markdownx.admin import MarkdownxModelAdmin

from . import text_index
from .admin_forms import WritersDeskAdminMixin
from .admin_pins import PinnedRelationInline, PinSearchMixin
from .admin_revisions import RevisionAdmin
from .models import Article, Author, Category, IndexedArticle, JargonWord, RelatedArticle

THIN = 3  # fewer good suggestions than this: the admin lists the article as thin


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ("name", "role")
    search_fields = ("name", "role")


@admin.register(JargonWord)
class JargonWordAdmin(admin.ModelAdmin):
    list_display = ("word", "alternative")
    search_fields = ("word", "alternative")


class GoodSuggestionsFilter(admin.SimpleListFilter):
    title = _("gerelateerde artikelen")
    parameter_name = "suggesties"

    def lookups(self, request, model_admin):
        return (("weinig", _("Minder dan %(count)d goede suggesties") % {"count": THIN}),)

    def queryset(self, request, queryset):
        if self.value() == "weinig":
            return queryset.filter(good_suggestions__lt=THIN)
        return queryset


@admin.register(Article)
class ArticleAdmin(WritersDeskAdminMixin, PinSearchMixin, RevisionAdmin, MarkdownxModelAdmin):
    list_display = (
        "title",
        "status",
        "published_at",
        "visibility",
        "category_list",
        "good_suggestion_count",
        "author",
    )
    list_filter = ("status", GoodSuggestionsFilter, "categories", "author", "published_at")
    search_fields = ("title", "summary", "body")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title",)}
    actions = ("publish", "unpublish")
    readonly_fields = ("reading_time", "updated_at", "suggestions")
    inlines = (PinnedRelationInline,)
    # Rows the site keeps for itself, which go with a deleted article unsaid: its category links
    # and its place in the text index. The delete confirmation lists the articles and the pins.
    derived_on_delete = (Article.categories.through, RelatedArticle, IndexedArticle)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publicatie"), {"fields": ("status", "published_at", "author", "categories")}),
        (_("Omslagafbeelding"), {"fields": ("cover_image", "cover_alt", "cover_decorative")}),
        (_("Gerelateerde artikelen"), {"fields": ("exclude_from_related", "suggestions")}),
        (
            _("Geavanceerd"),
            {"classes": ("collapse",), "fields": ("seo_description", "reading_time", "updated_at")},
        ),
    )

    def get_queryset(self, request):
        good = (
            RelatedArticle.objects.filter(article=OuterRef("pk"), score__gte=text_index.GOOD_SCORE)
            .order_by()
            .values("article")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            super()
            .get_queryset(request)
            .select_related("author")
            .prefetch_related("categories")
            .annotate(good_suggestions=Coalesce(Subquery(good), 0))
        )

    @admin.display(description=_("goede suggesties"), ordering="good_suggestions")
    def good_suggestion_count(self, article):
        return article.good_suggestions

    @admin.display(description=_("automatische suggesties"))
    def suggestions(self, article):
        """Each stored suggestion with its score and the terms it shares, best first."""
        rows = (
            RelatedArticle.objects.filter(article=article)
            .select_related("related")
            .only("rank", "score", "reasons", "related__title", "related__status", "related__published_at")
        )
        if not rows:
            return _("Nog geen suggesties. Ze worden berekend zodra het artikel is opgeslagen.")
        words_of = text_index.surface_words(article.title, article.summary, article.body_html)
        body = format_html_join(
            "",
            '<tr><td>{}</td><td><a href="{}">{}</a>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    row.rank,
                    reverse("admin:blog_article_change", args=[row.related_id]),
                    row.related.title,
                    "" if row.related.is_visible else format_html(" ({})", _("nog niet zichtbaar")),
                    f"{row.score:.2f}" + ("\u00a0✓" if row.score >= text_index.GOOD_SCORE else ""),
                    text_index.readable_reasons(row.reasons, words_of),
                )
                for row in rows
            ),
        )
        return format_html(
            '<p class="help">{}</p><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>'
            "</thead><tbody>{}</tbody></table>",
            _(
                "Bezoekers zien eerst de vastgezette artikelen, daarna de best passende suggesties: samen "
                "%(count)d. ✓ = goede overeenkomst (score %(good).2f of hoger)."
            )
            % {"count": settings.BLOG_RELATED_COUNT, "good": text_index.GOOD_SCORE},
            _("plaats"),
            _("artikel"),
            _("score"),
            _("gedeelde termen"),
            body,
        )

    @admin.display(description=_("categorieën"))
    def category_list(self, article):
        return ", ".join(category.name for category in article.categories.all())

    @admin.display(description=_("zichtbaar voor bezoekers"))
    def visibility(self, article):
        if article.is_visible:
            return _("Ja")
        if article.is_scheduled:
            return _("Ingepland")
        return _("Nee (concept)")

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        names = {str(model._meta.verbose_name) for model in self.derived_on_delete}
        labels = {capfirst(name) for name in names}  # as each listed row starts: "Label: row"
        plural_names = {str(model._meta.verbose_name_plural) for model in self.derived_on_delete}

        def without_derived(items):
            kept = []
            for item in items:
                if isinstance(item, list):
                    item = without_derived(item)
                    if item:
                        kept.append(item)
                elif str(item).split(": ", 1)[0] not in labels:
                    kept.append(item)
            return kept

        counts = {name: count for name, count in counts.items() if str(name) not in plural_names}
        perms_needed = {name for name in perms_needed if str(name) not in names}
        return without_derived(deleted), counts, perms_needed, protected

    @admin.action(description=_("Geselecteerde artikelen publiceren"), permissions=["change"])
    def publish(self, request, queryset):
        # Whole seconds: pages show the time in <time datetime>, where HTML allows at most milliseconds.
        now = timezone.now().replace(microsecond=0)
        count = 0
        for article in queryset.exclude(status=Article.Status.PUBLISHED):
            article.status = Article.Status.PUBLISHED
            if article.published_at < now:  # an old draft goes out now; a scheduled one keeps its time
                article.published_at = now
            article.save()
            count += 1
        if reversion.is_active():  # the admin's list keeps a revision of what its actions change
            reversion.set_comment(_("Gepubliceerd vanuit de lijst met artikelen."))
        self.message_user(
            request,
            ngettext("%d artikel gepubliceerd.", "%d artikelen gepubliceerd.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Publicatie van geselecteerde artikelen intrekken"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = 0
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            article.status = Article.Status.DRAFT
            article.save()
            count += 1
        if reversion.is_active():
            reversion.set_comment(_("Publicatie ingetrokken vanuit de lijst met artikelen."))
        self.message_user(
            request,
            ngettext("%d artikel teruggezet naar concept.", "%d artikelen teruggezet naar concept.", count)
            % count,
            messages.SUCCESS,
        )
