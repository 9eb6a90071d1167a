import sys

from django.core.management.base import BaseCommand

from practice_site.media_archive import import_media


class Command(BaseCommand):
    help = (
        "Zet de media uit een tar-archief (van export_media) terug in de opslag (lokale map of S3-bucket): "
        "manage.py import_media < media.tar"
    )

    def handle(self, *args, **options):
        count = import_media(sys.stdin.buffer)
        self.stdout.write(f"{count} bestanden teruggezet.")
