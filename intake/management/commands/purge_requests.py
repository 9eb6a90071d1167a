from django.conf import settings
from django.core.management.base import BaseCommand

from intake.services import requests_purge


class Command(BaseCommand):
    help = (
        "Verwijdert afgehandelde aanmeldingen en adviesgesprekken die langer dan "
        "INTAKE_RETENTION_DAYS geleden zijn afgesloten. Veilig om dagelijks te draaien (cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.INTAKE_RETENTION_DAYS,
            help="Bewaartermijn in dagen (standaard INTAKE_RETENTION_DAYS, nu %(default)s).",
        )

    def handle(self, *args, days, **options):
        contacts, calls = requests_purge(older_than_days=days)
        self.stdout.write(
            f"Verwijderd (langer dan {days} dagen afgesloten): "
            f"{contacts} aanmelding(en) en {calls} adviesgesprek(ken)."
        )
