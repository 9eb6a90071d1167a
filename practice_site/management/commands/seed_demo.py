from datetime import datetime
from zoneinfo import ZoneInfo

import reversion
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from blog import demo_content
from blog.models import Article, Author, Category
from intake.services import slots_generate


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud: auteurs, categorieën, artikelen en tijdsloten voor adviesgesprekken. "
        "Veilig om vaker te draaien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Alleen laden als er nog geen artikelen zijn."
        )

    @transaction.atomic
    def handle(self, *args, **options):
        # Free advice-call slots for the coming two weeks, so a new user can book one right away
        # (also with --if-empty: an older development database has no future slots left).
        slots = slots_generate(first_day=timezone.localdate(), days=14)
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud: {slots} tijdsloten voor adviesgesprekken."))
        if options["if_empty"] and Article.objects.exists():
            self.stdout.write("Er zijn al artikelen; demo-inhoud niet geladen.")
            return
        authors = {}
        for item in demo_content.AUTHORS:
            authors[item["key"]], _ = Author.objects.get_or_create(
                name=item["name"], defaults={"role": item["role"], "bio": item["bio"]}
            )
        categories = {}
        for item in demo_content.CATEGORIES:
            categories[item["slug"]], _ = Category.objects.get_or_create(
                slug=item["slug"], defaults={"name": item["name"], "description": item["description"]}
            )
        zone = ZoneInfo(settings.TIME_ZONE)
        created = 0
        for item in demo_content.ARTICLES:
            if Article.objects.filter(slug=item["slug"]).exists():
                continue  # never overwrite what staff may have edited
            published_at = datetime.strptime(item["published_at"], "%Y-%m-%d %H:%M").replace(tzinfo=zone)
            with reversion.create_revision():  # the first version in the article's history
                article = Article.objects.create(
                    slug=item["slug"],
                    title=item["title"],
                    summary=item["summary"],
                    body=item["body"],
                    author=authors[item["author"]],
                    status=item["status"],
                    published_at=published_at,
                )
                article.categories.set([categories[slug] for slug in item["categories"]])
                reversion.set_comment("Demo-inhoud geladen.")
            created += 1
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud: {created} artikelen toegevoegd."))
