"""Gunicorn's access log without the secrets that some addresses carry.

The visitor's link to move or cancel an advice call and the team's calendar feed have their
secret in the path (calendar apps and mail clients keep paths more reliably than query strings).
The Dockerfile's log format already leaves out query strings and client addresses; this logger
also hides every URL parameter named below, whatever view it belongs to; so does the filter
`HideSecretsInPaths` for Django's own log lines ("Not Found: /…").
"""

import logging

from django.urls import Resolver404, resolve
from gunicorn.glogging import Logger

SECRET_PARAMETERS = ("token", "secret")
HIDDEN = "[verborgen]"


def without_secrets(path: str) -> str:
    try:
        match = resolve(path)
    except Resolver404:
        return path
    for name in SECRET_PARAMETERS:
        value = match.kwargs.get(name)
        if value:
            path = path.replace(str(value), HIDDEN)
    return path


class AccessLogger(Logger):
    """`--logger-class practice_site.access_log.AccessLogger` (the Dockerfile sets it)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        path = atoms["U"]
        if path:
            atoms["U"] = without_secrets(path)
            atoms["r"] = atoms["r"].replace(path, atoms["U"])
        return atoms


class HideSecretsInPaths(logging.Filter):
    """For the site's log handler: a path among a record's arguments loses its secrets."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(
                without_secrets(arg) if isinstance(arg, str) and arg.startswith("/") else arg
                for arg in record.args
            )
        return True
