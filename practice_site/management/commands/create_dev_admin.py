from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "lokaal-ontwikkelen"


class Command(BaseCommand):
    help = "Maakt een lokaal beheerdersaccount voor ontwikkeling (alleen met DEBUG aan)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen voor lokale ontwikkeling: zet DEBUG=1.")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=USERNAME, defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.org"}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            f"Lokaal beheer: http://127.0.0.1:8000/admin/  gebruiker: {USERNAME}  wachtwoord: {PASSWORD}"
            + ("" if created else "  (bestond al; wachtwoord niet gewijzigd)")
        )
