from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from markdownx.models import MarkdownxField

from .images import make_renditions, reencode_image, validate_image_file
from .markdown import render_markdown
from .writing_checks import count_words, reading_minutes


class Category(models.Model):
    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("categorie")
        verbose_name_plural = _("categorieën")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("blog:category", kwargs={"slug": self.slug})


class Author(models.Model):
    name = models.CharField(_("naam"), max_length=120)
    role = models.CharField(_("functie"), max_length=120, help_text=_("Bijvoorbeeld: GZ-psycholoog."))
    photo = models.ImageField(_("foto"), upload_to="authors/", blank=True, validators=[validate_image_file])
    bio = models.TextField(_("korte biografie"), max_length=600, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def __str__(self):
        return f"{self.name}, {self.role}"

    def save(self, *args, **kwargs):
        if self.photo and not self.photo._committed:
            self.photo = reencode_image(self.photo, max_side=800)
        super().save(*args, **kwargs)


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Articles a visitor may see (Article.VISIBLE_STATUSES), from their publish time on."""
        return self.filter(status__in=Article.VISIBLE_STATUSES, published_at__lte=timezone.now())

    def scheduled(self):
        """Articles a visitor will see once their publish time comes."""
        return self.filter(status__in=Article.VISIBLE_STATUSES, published_at__gt=timezone.now())

    def next_publish_time(self):
        """When the next scheduled article becomes visible, or None."""
        return self.scheduled().order_by("published_at").values_list("published_at", flat=True).first()

    def cards(self):
        """Just what an article card shows (title, date, summary, link), not the long texts; and the
        status, so a card can tell whether it is visible."""
        return self.only("title", "slug", "summary", "published_at", "status")

    def for_page(self, slug: str) -> Article | None:
        """The article with this slug for its page, visible or not, with its author and categories.

        Two plain SQL queries: composing the same with select_related() and a prefetch cost the
        ORM many times what the queries take, on every uncached article page (`make bench`).
        Visibility is the caller's to check (Article.is_visible): staff preview drafts here.
        """
        if self.query.has_filters():
            raise TypeError("for_page() looks up by slug alone: call it on Article.objects")
        qn = connection.ops.quote_name
        author_columns = ("name", "role", "bio", "photo")
        author_select = ", ".join(f"au.{qn(column)} AS {qn('author_' + column)}" for column in author_columns)
        # Only quoted table and column names are formatted in; the slug is a parameter.
        article_sql = (
            f"SELECT a.*, {author_select} FROM {qn(Article._meta.db_table)} a"  # noqa: S608
            f" JOIN {qn(Author._meta.db_table)} au ON au.{qn('id')} = a.{qn('author_id')}"
            f" WHERE a.{qn('slug')} = %s"
        )
        found = list(self.raw(article_sql, [slug]))
        if not found:
            return None
        article = found[0]
        author = {column: getattr(article, f"author_{column}") for column in author_columns}
        article.author = Author(pk=article.author_id, **author)
        link_table = Article.categories.through._meta.db_table
        categories_sql = (
            f"SELECT c.* FROM {qn(Category._meta.db_table)} c"  # noqa: S608
            f" JOIN {qn(link_table)} ac ON ac.{qn('category_id')} = c.{qn('id')}"
            f" WHERE ac.{qn('article_id')} = %s ORDER BY c.{qn('name')}"
        )
        article.category_list = list(Category.objects.raw(categories_sql, [article.pk]))
        return article


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        PUBLISHED = "published", _("Gepubliceerd")

    # The one visibility rule: visitors see an article with one of these statuses from its
    # publish time on. published(), scheduled(), is_visible and is_scheduled all read it here.
    VISIBLE_STATUSES = frozenset({Status.PUBLISHED})

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, unique=True, help_text=_("Het laatste deel van het webadres.")
    )
    summary = models.CharField(
        _("samenvatting"),
        max_length=300,
        help_text=_("Eén of twee zinnen, voor overzichten, gerelateerde artikelen en zoekmachines."),
    )
    body = MarkdownxField(
        _("tekst"),
        help_text=_(
            "In Markdown: zie ‘Hulp bij Markdown’ onder de tekst. Het voorbeeld toont wat bezoekers zien."
        ),
    )
    body_html = models.TextField(editable=False, default="")
    cover_image = models.ImageField(
        _("omslagafbeelding"),
        upload_to="covers/%Y/",
        blank=True,
        validators=[validate_image_file],
        width_field="cover_width",
        height_field="cover_height",
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(
        _("alt-tekst van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_("Beschrijf wat er op de afbeelding staat, voor wie haar niet kan zien."),
    )
    cover_decorative = models.BooleanField(
        _("afbeelding is alleen decoratief"),
        default=False,
        help_text=_("Aanvinken als de afbeelding niets toevoegt aan de tekst; dan is geen alt-tekst nodig."),
    )
    author = models.ForeignKey(
        Author, verbose_name=_("auteur"), on_delete=models.PROTECT, related_name="articles"
    )
    categories = models.ManyToManyField(Category, verbose_name=_("categorieën"), related_name="articles")
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publicatiedatum"),
        default=timezone.now,
        db_index=True,
        help_text=_("Een tijdstip in de toekomst plant het artikel in: bezoekers zien het pas vanaf dan."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    seo_description = models.CharField(
        _("beschrijving voor zoekmachines"),
        max_length=300,
        blank=True,
        help_text=_("Laat leeg om de samenvatting te gebruiken."),
    )
    reading_time = models.PositiveSmallIntegerField(_("leestijd (minuten)"), default=1, editable=False)
    exclude_from_related = models.BooleanField(
        _("nooit voorstellen als gerelateerd artikel"),
        default=False,
        help_text=_(
            "Aanvinken om dit artikel nergens automatisch als gerelateerd artikel te tonen. "
            "Het blijft vindbaar via zoeken en kan nog wel handmatig worden vastgezet."
        ),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        self.reading_time = reading_minutes(count_words(self.body_html))
        new_cover = bool(self.cover_image) and not self.cover_image._committed
        if new_cover:
            self.cover_image = reencode_image(self.cover_image, max_side=2400)
        if self.cover_decorative:
            self.cover_alt = ""
        super().save(*args, **kwargs)
        if new_cover:
            make_renditions(self.cover_image)

    def get_absolute_url(self):
        return reverse("blog:article-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.cover_image and not self.cover_decorative and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Geef een alt-tekst, of vink aan dat de afbeelding alleen decoratief is.")}
            )

    @property
    def is_visible(self) -> bool:
        return self.status in self.VISIBLE_STATUSES and self.published_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status in self.VISIBLE_STATUSES and self.published_at > timezone.now()

    @property
    def meta_description(self) -> str:
        return self.seo_description or self.summary


class JargonWord(models.Model):
    """A term the practice avoids in articles, with the plainer words to use instead."""

    word = models.CharField(
        _("vakterm"),
        max_length=80,
        help_text=_(
            "Zoals je hem schrijft, bijvoorbeeld ‘cognitief’. Vormen als ‘cognitieve’ worden ook gevonden."
        ),
    )
    alternative = models.CharField(
        _("gewoner alternatief"),
        max_length=200,
        help_text=_("Wat je beter kunt schrijven, bijvoorbeeld ‘over het denken’."),
    )

    class Meta:
        ordering = ["word"]
        verbose_name = _("vakterm")
        verbose_name_plural = _("vaktermen")
        constraints = [
            models.UniqueConstraint(
                Lower("word"),
                name="jargon_word_once",
                violation_error_message=_("Deze vakterm staat al in de lijst."),
            ),
        ]

    def __str__(self):
        return self.word

    def get_absolute_url(self):
        return reverse("admin:blog_jargonword_change", args=[self.pk])

    def clean(self):
        # The writing checks find a term as whole words (blog/writing_checks.py: jargon_pattern).
        if not re.fullmatch(r"\w+(?:[-' ’]\w+)*", self.word.strip()):
            raise ValidationError(
                {"word": _("Schrijf een woord of woordgroep, zonder leestekens aan het begin of eind.")}
            )


class PinnedRelation(models.Model):
    """A related article an editor chose; pinned ones come first, in their order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="pinned_relations")
    related = models.ForeignKey(
        Article, verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="pinned_by"
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["article", "position", "id"]
        verbose_name = _("vastgezet gerelateerd artikel")
        verbose_name_plural = _("vastgezette gerelateerde artikelen")
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="pinned_relation_once"),
            models.CheckConstraint(
                condition=~models.Q(article=models.F("related")), name="pinned_relation_not_itself"
            ),
        ]

    def __str__(self):
        return f"{self.article} → {self.related}"

    def get_absolute_url(self):
        return self.related.get_absolute_url()


class RelatedArticle(models.Model):
    """An automatic suggestion, computed by blog/text_index/ after a save; never edited by hand."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_suggestions")
    related = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggested_for")
    rank = models.PositiveSmallIntegerField(_("plaats"))
    score = models.FloatField(_("overeenkomst"))
    reasons = models.CharField(_("gedeelde termen"), max_length=250, blank=True)

    class Meta:
        ordering = ["article", "rank"]
        verbose_name = _("automatische suggestie")
        verbose_name_plural = _("automatische suggesties")
        constraints = [
            models.UniqueConstraint(fields=["article", "rank"], name="related_article_rank_once"),
        ]

    def __str__(self):
        return f"{self.article} → {self.related} ({self.score:.2f})"

    def get_absolute_url(self):
        return self.related.get_absolute_url()


class IndexTerm(models.Model):
    """One feature of the text index: a stem, a character 4-gram of a stem, or a category.

    A stem also carries its postings: the indexed articles it occurs in, with its TF-IDF weight
    there, packed as arrays (article ids, then weights; see blog/text_index/vectors.py).
    """

    class Kind(models.IntegerChoices):
        STEM = 0, _("woordstam")
        GRAM = 1, _("lettergroep")
        CATEGORY = 2, _("categorie")

    text = models.CharField(_("term"), max_length=100, unique=True)
    kind = models.PositiveSmallIntegerField(_("soort"), choices=Kind)
    document_count = models.PositiveIntegerField(_("aantal artikelen"), default=0)
    postings = models.BinaryField(_("vindplaatsen"), default=b"")

    class Meta:
        ordering = ["text"]
        verbose_name = _("indexterm")
        verbose_name_plural = _("indextermen")
        indexes = [models.Index(fields=["kind", "text"])]

    def __str__(self):
        return self.text


class IndexedArticle(models.Model):
    """A published (or scheduled) article as the text index sees it.

    Vectors are packed arrays: term ids, and their weights alongside. `terms` lists the article's
    stems and categories with their weights in its postings, to update or remove them again.
    """

    article = models.OneToOneField(
        Article, primary_key=True, on_delete=models.CASCADE, related_name="index_entry"
    )
    terms = models.BinaryField(default=b"")
    term_weights = models.BinaryField(default=b"")
    base_ids = models.BinaryField(default=b"")
    base_weights = models.BinaryField(default=b"")
    expanded_ids = models.BinaryField(default=b"")
    expanded_weights = models.BinaryField(default=b"")
    recency = models.FloatField(default=0.0, help_text="published_at as a timestamp: breaks ties")
    suggestable = models.BooleanField(default=True)
    cutoff = models.FloatField(default=0.0)

    class Meta:
        ordering = ["article"]
        verbose_name = _("geïndexeerd artikel")
        verbose_name_plural = _("geïndexeerde artikelen")

    def __str__(self):
        return str(self.article)

    def get_absolute_url(self):
        return self.article.get_absolute_url()


class SearchNorms(models.Model):
    """Every indexed article's length for search (the norm its postings' weights are divided by),
    as two packed arrays in one row: a search reads them all at once."""

    ONLY = 1

    article_ids = models.BinaryField(default=b"")
    norms = models.BinaryField(default=b"")

    class Meta:
        verbose_name = _("zoeknormen")
        verbose_name_plural = _("zoeknormen")

    def __str__(self):
        return str(_("zoeknormen"))
