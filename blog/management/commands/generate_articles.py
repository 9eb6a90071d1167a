"""Generated articles for benchmarks: many, long, deterministic. Never for a real site."""

import random
import re
from datetime import timedelta

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from blog import demo_content
from blog.models import Article, Author, Category

BATCH = 500


class Command(BaseCommand):
    help = "Maakt N gegenereerde artikelen voor benchmarks (woorden uit de demo-inhoud)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--words", type=int, default=800)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, count, words, seed, **options):
        rng = random.Random(seed)
        vocabulary = sorted(
            {
                word
                for article in demo_content.ARTICLES
                for word in re.findall(r"[a-zà-ÿ]{3,}", article["body"].lower())
            }
        )
        author, _ = Author.objects.get_or_create(name="Redactie", defaults={"role": "Redactie"})
        categories = [
            Category.objects.get_or_create(slug=item["slug"], defaults={"name": item["name"]})[0]
            for item in demo_content.CATEGORIES
        ]
        now = timezone.now()
        start = Article.objects.count()
        for offset in range(0, count, BATCH):
            with transaction.atomic():
                batch = [
                    self.article(rng, vocabulary, start + offset + i, words, author, now)
                    for i in range(min(BATCH, count - offset))
                ]
                Article.objects.bulk_create(batch)
                links = [
                    Article.categories.through(article_id=article.pk, category_id=rng.choice(categories).pk)
                    for article in batch
                ]
                Article.categories.through.objects.bulk_create(links)
        self.stdout.write(f"{count} artikelen gegenereerd ({words} woorden per artikel).")
        if "rebuild_related" in get_commands():
            call_command("rebuild_related", stdout=self.stdout)

    def article(self, rng, vocabulary, number, words, author, now):
        paragraphs = []
        remaining = words
        while remaining > 0:
            size = min(remaining, rng.randint(40, 90))
            paragraphs.append(" ".join(rng.choices(vocabulary, k=size)).capitalize() + ".")
            remaining -= size
        title = " ".join(rng.choices(vocabulary, k=5)).capitalize()
        return Article(
            title=title,
            slug=f"gegenereerd-{number}",
            summary=paragraphs[0][:200],
            body="\n\n".join(paragraphs),
            # Generated text has no Markdown, so its HTML is simple and needs no renderer.
            body_html="".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs),
            reading_time=max(1, words // 200),
            author=author,
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(hours=number),
        )
