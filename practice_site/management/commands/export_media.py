import sys

from django.core.management.base import BaseCommand

from practice_site.media_archive import export_media


class Command(BaseCommand):
    help = (
        "Schrijft alle geüploade media (lokale map of S3-bucket) als tar-archief naar de standaarduitvoer, "
        "voor de back-up: manage.py export_media > media.tar"
    )

    def handle(self, *args, **options):
        count = export_media(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        self.stderr.write(f"{count} bestanden geëxporteerd.")
