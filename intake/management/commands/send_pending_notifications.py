from django.core.management.base import BaseCommand, CommandError

from intake.emails import send_pending


class Command(BaseCommand):
    help = (
        "Verstuurt de e-mails van aanmeldingen die nog niet verstuurd konden worden. "
        "Veilig om vaak te draaien (cron): elke e-mail gaat hooguit één keer de deur uit."
    )

    def handle(self, *args, **options):
        results = send_pending()
        self.stdout.write(f"E-mails verstuurd: {results['sent']}, mislukt: {results['failed']}.")
        if results["failed"]:
            # A non-zero exit, so cron or monitoring notices; the next run tries again.
            raise CommandError(f"{results['failed']} e-mail(s) konden niet worden verstuurd.")
