from cryptography.fernet import InvalidToken
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, transaction

from intake.encryption import encrypted_fields, rows_rotate


class Command(BaseCommand):
    help = (
        "Versleutelt alle versleutelde tekst (vragen van bezoekers, notities) opnieuw met de eerste "
        "sleutel in ENCRYPTION_KEYS. Daarna kan de oude sleutel uit ENCRYPTION_KEYS weg."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Welke database (standaard: default)."
        )

    def handle(self, *args, database, **options):
        total = 0
        try:
            with transaction.atomic(using=database):  # all or nothing: no half-rotated table
                for model, field in encrypted_fields():
                    count = rows_rotate(model, field, using=database)
                    total += count
                    self.stdout.write(
                        f"{model._meta.verbose_name_plural} ({field.verbose_name}): {count} rij(en)"
                    )
        except InvalidToken:
            raise CommandError(
                "Niets gewijzigd: een rij is niet te lezen met de sleutels in ENCRYPTION_KEYS. "
                "Zet de sleutel waarmee ze versleuteld is er (achteraan) bij."
            ) from None
        self.stdout.write(self.style.SUCCESS(f"{total} rij(en) opnieuw versleuteld met de nieuwste sleutel."))
