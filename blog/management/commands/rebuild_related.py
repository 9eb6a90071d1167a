import resource
import time

from django.core.management.base import BaseCommand

from blog import text_index
from blog.models import Article
from blog.signals import related_articles_changed


class Command(BaseCommand):
    help = (
        "Berekent de tekstindex, de zoekindex en alle gerelateerde artikelen opnieuw. "
        "Mag altijd opnieuw draaien (bijvoorbeeld elke nacht): dezelfde artikelen geven hetzelfde resultaat."
    )

    def handle(self, *args, **options):
        started = time.monotonic()

        def progress(message):
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
            self.stdout.write(f"[{time.monotonic() - started:6.1f} s, {peak:4.0f} MB] {message}")
            self.stdout.flush()

        result = text_index.rebuild(progress=progress)
        related_articles_changed.send(sender=Article)
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar in {time.monotonic() - started:.1f} s: {result.indexed} van {result.articles} "
                f"artikelen geïndexeerd, {result.terms} termen, {result.suggestions} suggesties."
            )
        )
