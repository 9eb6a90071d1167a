from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from markdownx.admin import MarkdownxModelAdmin

from .models import Article, Author, Category


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ("name", "role")
    search_fields = ("name", "role")


@admin.register(Article)
class ArticleAdmin(MarkdownxModelAdmin):
    list_display = ("title", "status", "published_at", "visibility", "category_list", "author")
    list_filter = ("status", "categories", "author", "published_at")
    search_fields = ("title", "summary", "body")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ("categories",)
    actions = ("publish", "unpublish")
    readonly_fields = ("reading_time", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publicatie"), {"fields": ("status", "published_at", "author", "categories")}),
        (_("Omslagafbeelding"), {"fields": ("cover_image", "cover_alt", "cover_decorative")}),
        (
            _("Geavanceerd"),
            {"classes": ("collapse",), "fields": ("seo_description", "reading_time", "updated_at")},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author").prefetch_related("categories")

    @admin.display(description=_("categorieën"))
    def category_list(self, article):
        return ", ".join(category.name for category in article.categories.all())

    @admin.display(description=_("zichtbaar voor bezoekers"))
    def visibility(self, article):
        if article.is_visible:
            return _("Ja")
        if article.status == Article.Status.PUBLISHED:
            return _("Ingepland")
        return _("Nee (concept)")

    @admin.action(description=_("Geselecteerde artikelen publiceren"), permissions=["change"])
    def publish(self, request, queryset):
        now = timezone.now()
        count = 0
        for article in queryset.exclude(status=Article.Status.PUBLISHED):
            article.status = Article.Status.PUBLISHED
            if article.published_at < now:  # an old draft goes out now; a scheduled one keeps its time
                article.published_at = now
            article.save()
            count += 1
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
        self.message_user(
            request,
            ngettext("%d artikel teruggezet naar concept.", "%d artikelen teruggezet naar concept.", count)
            % count,
            messages.SUCCESS,
        )
