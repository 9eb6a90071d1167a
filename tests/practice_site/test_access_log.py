"""The access log that gunicorn writes (practice_site/access_log.py): no secrets from addresses."""

import logging
from datetime import timedelta
from types import SimpleNamespace

from django.urls import reverse
from gunicorn.config import Config

from practice_site.access_log import AccessLogger, HideSecretsInPaths

TOKEN = "eyJjIjoiMTIzIn0:1vQx3Z:geheimesleutel-van-de-bezoeker"
FEED_SECRET = "Geheim_adres-van-de-agenda-0123456789abcdef"


def access_log_line(tmp_path, path):
    """One request logged by gunicorn's own machinery, with the Dockerfile's format."""
    log_file = tmp_path / "access.log"
    config = Config()
    config.set("accesslog", str(log_file))
    config.set("access_log_format", '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms "%(r)s"')
    logger = AccessLogger(config)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "RAW_URI": path, "SERVER_PROTOCOL": "HTTP/1.1"}
    response = SimpleNamespace(status="200 OK", headers=[], sent=512)
    logger.access(response, SimpleNamespace(headers=[]), environ, timedelta(milliseconds=7))
    for handler in logger.access_log.handlers:
        handler.flush()
    return log_file.read_text()


def test_the_visitors_link_and_the_calendar_feed_leave_no_secret_in_the_log(tmp_path):
    for path in (
        reverse("intake:manage-call", args=[TOKEN]),
        reverse("intake:manage-call-cancel", args=[TOKEN]),
        reverse("intake:calendar-feed", args=[FEED_SECRET]),
    ):
        line = access_log_line(tmp_path, path)
        assert TOKEN not in line and FEED_SECRET not in line, line
        assert "[verborgen]" in line and '" 200 512 7ms' in line


def test_other_addresses_are_logged_as_they_are(tmp_path):
    for path in ("/blog/", "/adviesgesprek/", "/bestaat-niet/"):
        assert f'"GET {path}" 200' in access_log_line(tmp_path, path)


def test_djangos_not_found_line_leaves_no_secret_in_the_log(settings):
    """The site's log handler filters Django's own lines ("Not Found: /…") the same way."""
    assert "hide_secrets" in settings.LOGGING["handlers"]["console"]["filters"]
    path = reverse("intake:calendar-feed", args=[FEED_SECRET])
    record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found: %s", (path,), None)
    assert HideSecretsInPaths().filter(record)
    assert record.getMessage() == "Not Found: /adviesgesprekken/agenda/[verborgen].ics"
