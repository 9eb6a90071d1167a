from datetime import date, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from intake.services import slots_generate

WEEKDAYS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}


class Command(BaseCommand):
    help = (
        "Publiceert tijdsloten voor gratis adviesgesprekken, standaard op werkdagen van 09:00 "
        "tot 17:00 om het halfuur, vier weken vooruit. Bestaande tijdsloten blijven staan."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from",
            dest="first_day",
            type=date.fromisoformat,
            help="Eerste dag, JJJJ-MM-DD (standaard vandaag).",
        )
        parser.add_argument("--weeks", type=int, default=4)
        parser.add_argument("--days", default="ma,di,wo,do,vr", help="Dagen, bijvoorbeeld ma,di,do.")
        parser.add_argument("--start", type=time.fromisoformat, default=time(9, 0), help="Begintijd, UU:MM.")
        parser.add_argument("--end", type=time.fromisoformat, default=time(17, 0), help="Eindtijd, UU:MM.")
        parser.add_argument("--every", type=int, default=30, help="Om de zoveel minuten.")
        parser.add_argument("--duration", type=int, default=15, help="Duur van een gesprek in minuten.")
        parser.add_argument("--capacity", type=int, default=1, help="Gesprekken per tijdslot.")

    def handle(self, *args, **options):
        try:
            weekdays = {WEEKDAYS[day.strip()] for day in options["days"].split(",") if day.strip()}
        except KeyError as error:
            raise CommandError(f"Onbekende dag {error}; gebruik ma, di, wo, do, vr, za, zo.") from None
        try:
            created = slots_generate(
                first_day=options["first_day"] or timezone.localdate(),
                days=options["weeks"] * 7,
                start=options["start"],
                end=options["end"],
                every_minutes=options["every"],
                duration=options["duration"],
                capacity=options["capacity"],
                weekdays=weekdays,
            )
        except ValueError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"{created} tijdslot(en) gepubliceerd."))
