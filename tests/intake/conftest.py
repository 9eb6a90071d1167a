import socket
import time
import uuid
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.utils import timezone

from intake.forms import TOKEN_SALT
from intake.models import Slot
from practice_site.roles import EDITORS, INTAKE_TEAM


@pytest.fixture(autouse=True)
def clear_cache():
    """The rate limit lives in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


def form_token(*, seconds_ago=60, token_id=None):
    payload = {"id": token_id or uuid.uuid4().hex, "t": int(time.time()) - seconds_ago}
    return signing.dumps(payload, salt=TOKEN_SALT)


@pytest.fixture
def contact_data():
    def make(**overrides):
        data = {
            "form_token": form_token(),
            "website": "",
            "first_name": "Sanne",
            "last_name": "de Vries",
            "email": "sanne@example.nl",
            "phone": "06 12345678",
            "preferred_contact": "telefoon",
            "reachable_at": "doordeweeks na 16.00 uur",
            "message": "Ik slaap slecht en pieker veel sinds mijn scheiding.",
            "referral": "weet_niet",
            "consent": "on",
        }
        data.update(overrides)
        return data

    return make


@pytest.fixture
def call_data():
    def make(chosen=None, /, **overrides):
        data = {
            "form_token": form_token(),
            "website": "",
            "first_name": "Joris",
            "last_name": "Bakker",
            "email": "joris@example.nl",
            "phone": "+31 6 87654321",
            "question": "Mijn vraag gaat over paniekaanvallen.",
            "consent": "on",
        }
        if chosen is not None:
            data["slot"] = str(chosen.pk)
        data.update(overrides)
        return data

    return make


def local_moment(days_ahead, hour, minute=0):
    day = timezone.localdate() + timedelta(days=days_ahead)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.get_current_timezone())


@pytest.fixture
def make_slot(db):
    def make(days_ahead=2, hour=10, minute=30, **fields):
        return Slot.objects.create(start=local_moment(days_ahead, hour, minute), **fields)

    return make


@pytest.fixture
def slot(make_slot):
    return make_slot()


def staff_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, password="een-lang-wachtwoord-123", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def intake_staff(django_user_model):
    return staff_in(django_user_model, "aanmelder", INTAKE_TEAM)


@pytest.fixture
def editor_staff(django_user_model):
    return staff_in(django_user_model, "redacteur2", EDITORS)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_superuser(
        "eigenaar", "eigenaar@example.nl", "een-lang-wachtwoord-123"
    )


@pytest.fixture
def free_port():
    """A port nobody listens on (yet): a mail server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CollectingHandler:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_settings(settings, free_port):
    """Django talks real SMTP to 127.0.0.1:free_port; start_smtp() brings a server up there."""
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port, "timeout": 5},
        }
    }
    return free_port


@pytest.fixture
def start_smtp(smtp_settings):
    from aiosmtpd.controller import Controller

    controllers = []

    def start():
        handler = CollectingHandler()
        controller = Controller(handler, hostname="127.0.0.1", port=smtp_settings)
        controller.start()
        controllers.append(controller)
        return handler

    yield start
    for controller in controllers:
        controller.stop()
