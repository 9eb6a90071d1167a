from django.core.management.base import BaseCommand, CommandError

from intake.emails import send_pending
from intake.reminders import reminders_queue_due


class Command(BaseCommand):
    help = (
        "Zet de herinneringen klaar die aan de beurt zijn en verstuurt alle e-mails die nog niet "
        "verstuurd konden worden. Veilig om vaak te draaien (cron), ook twee keer tegelijk: "
        "elke e-mail gaat hooguit één keer de deur uit."
    )

    def handle(self, *args, **options):
        reminders = reminders_queue_due()
        results = send_pending()
        self.stdout.write(
            f"Herinneringen klaargezet: {reminders}. "
            f"E-mails verstuurd: {results['sent']}, mislukt: {results['failed']}."
        )
        if results["failed"]:
            # A non-zero exit, so cron or monitoring notices; the next run tries again.
            raise CommandError(f"{results['failed']} e-mail(s) konden niet worden verstuurd.")
