from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from reversion.models import Revision


class Command(BaseCommand):
    help = (
        "Ruimt oude versies van artikelen op: ouder dan BLOG_REVISIONS_KEEP_DAYS dagen, behalve de "
        "BLOG_REVISIONS_KEEP_LATEST nieuwste van elk artikel. Draai dagelijks."
    )

    def handle(self, *args, **options):
        days, latest = settings.BLOG_REVISIONS_KEEP_DAYS, settings.BLOG_REVISIONS_KEEP_LATEST
        before = Revision.objects.count()
        # django-reversion's own command; it deletes nothing when days is 0, so neither does this.
        if days > 0:
            call_command("deleterevisions", "blog.Article", days=days, keep=latest, verbosity=0)
        deleted = before - Revision.objects.count()
        self.stdout.write(
            f"Versies van artikelen: {deleted} opgeruimd (ouder dan {days} dagen, "
            f"de {latest} nieuwste van elk artikel blijven)."
        )
