import pytest
from django.urls import reverse

from intake.models import ContactRequest
from practice_site.client_address import client_ip

from .conftest import form_token

pytestmark = pytest.mark.django_db

CONTACT_URL = reverse("intake:contact")
PROXY = "172.18.0.3"  # Caddy, as gunicorn sees it


def test_rate_limit_gives_a_friendly_429_that_keeps_the_input(client, contact_data, settings):
    settings.INTAKE_RATE_LIMIT = 2
    client.post(CONTACT_URL, contact_data())
    client.post(CONTACT_URL, contact_data(form_token=form_token(), message="Tweede vraag."))
    response = client.post(CONTACT_URL, contact_data(form_token=form_token(), message="Derde vraag."))
    assert response.status_code == 429
    page = response.content.decode()
    assert "Even rustig aan" in page and settings.PRACTICE["phone"] in page
    assert "Derde vraag." in page and 'value="Sanne"' in page
    assert ContactRequest.objects.count() == 2


def test_rate_limit_is_per_client_address(client, contact_data, settings):
    settings.INTAKE_RATE_LIMIT = 1
    client.post(CONTACT_URL, contact_data(), REMOTE_ADDR="192.0.2.1")
    other = client.post(
        CONTACT_URL, contact_data(form_token=form_token(), message="x"), REMOTE_ADDR="192.0.2.2"
    )
    assert other.status_code == 302
    again = client.post(
        CONTACT_URL, contact_data(form_token=form_token(), message="y"), REMOTE_ADDR="192.0.2.1"
    )
    assert again.status_code == 429


def test_a_cache_outage_never_loses_a_request(client, settings, monkeypatch):
    """The rate limit lives in the cache; with the cache down the request is still taken."""
    from redis.exceptions import ConnectionError as RedisConnectionError

    from intake import views

    def cache_down(*args, **kwargs):
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    settings.INTAKE_MIN_FILL_SECONDS = 0
    page = client.get("/aanmelden/")
    monkeypatch.setattr(views.cache, "add", cache_down)
    monkeypatch.setattr(views.cache, "incr", cache_down)
    response = client.post(
        "/aanmelden/",
        {
            "form_token": page.context["form"].render_token, "website": "",
            "first_name": "Eva", "last_name": "Smit", "email": "eva@example.org", "phone": "0612345678",
            "preferred_contact": "email", "reachable_at": "", "message": "Ik wil graag een gesprek.",
            "referral": "nee", "consent": "on",
        },
    )  # fmt: skip
    assert response.status_code == 302
    assert ContactRequest.objects.filter(email="eva@example.org").exists()


# Behind the TLS proxy


@pytest.mark.parametrize(
    ("proxy_count", "forwarded_for", "expected"),
    [
        (None, "203.0.113.7", PROXY),  # no proxy configured: the header is the visitor's own
        (1, None, PROXY),
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "1.2.3.4, 203.0.113.7", "203.0.113.7"),  # the visitor's own prefix is not trusted
        (2, "203.0.113.7, 10.0.0.2", "203.0.113.7"),
        (2, "10.0.0.2", PROXY),  # fewer addresses than proxies: not what our proxies send
    ],
)
def test_client_address_is_the_one_the_trusted_proxies_saw(
    rf, settings, proxy_count, forwarded_for, expected
):
    settings.AXES_IPWARE_PROXY_COUNT = proxy_count
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    assert client_ip(rf.post(CONTACT_URL, REMOTE_ADDR=PROXY, **headers)) == expected


def test_behind_the_proxy_each_visitor_has_their_own_limit(client, contact_data, settings):
    """Every request comes from the proxy's address; the limit must not be shared by all visitors."""
    settings.INTAKE_RATE_LIMIT = 1
    settings.AXES_IPWARE_PROXY_COUNT = 1

    def post(visitor, message):
        data = contact_data(form_token=form_token(), message=message)
        return client.post(CONTACT_URL, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=visitor)

    assert post("203.0.113.7", "Eerste vraag.").status_code == 302
    assert post("198.51.100.9", "Andere bezoeker.").status_code == 302
    assert post("203.0.113.7", "Tweede vraag.").status_code == 429


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(client, contact_data, settings):
    settings.INTAKE_RATE_LIMIT = 1
    settings.AXES_IPWARE_PROXY_COUNT = 1
    for forged, status in (("1.2.3.4", 302), ("5.6.7.8", 429)):
        data = contact_data(form_token=form_token(), message=f"Vraag via {forged}.")
        forwarded = f"{forged}, 203.0.113.7"  # the proxy appends the address it saw
        response = client.post(CONTACT_URL, data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
        assert response.status_code == status
