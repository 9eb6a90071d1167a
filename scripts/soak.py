"""Soak test under load and faults, on loopback (`make soak`).

1. Mixed load for SOAK_SECONDS (default 60): page reads and intake submissions in parallel,
   against gunicorn with production settings on PostgreSQL and Redis. Part way, the mail
   server goes down for a while. Afterwards: zero 5xx, every accepted submission is in the
   database, and after `send_pending_notifications` every e-mail has been delivered once.
2. PostgreSQL is restarted under load: the site answers 503 (never 500) while it is down
   and recovers by itself.

It restarts the local PostgreSQL server, so do not run it beside other work on that server.
"""

import http.cookiejar
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from aiosmtpd.controller import Controller
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
READERS = int(os.environ.get("SOAK_READERS", "6"))
WRITERS = int(os.environ.get("SOAK_WRITERS", "2"))
DATABASE = "practice_soak"
PG = "postgres://postgres@127.0.0.1:5432/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.recipients = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        with self.lock:
            self.recipients.update(envelope.rcpt_tos)
        return "250 OK"


class MailServer:
    def __init__(self, inbox, port):
        self.inbox, self.port, self.controller = inbox, port, None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()
        self.controller = None


def psql(sql: str):
    subprocess.run(["psql", PG + "postgres", "-q", "-c", sql], check=True, capture_output=True)


def pg_ctl(action: str):
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action], check=True)


def pg_ready() -> bool:
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0


class Load:
    """Readers and writers hitting the site until stopped, counting every answer."""

    def __init__(self, base, paths):
        self.base, self.paths = base, paths
        self.statuses = Counter()
        self.accepted, self.refused = [], 0
        self.timeline = []  # (time, status) of reads, for the outage report
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.sequence = 0
        self.bust_cache = False

    def record(self, status, kind):
        with self.lock:
            self.statuses[(kind, status)] += 1
            if kind == "read":
                self.timeline.append((time.monotonic(), status))

    def fetch(self, opener, url, data=None):
        try:
            with opener.open(url, data=data, timeout=10) as response:
                return response.status, response.read().decode(), response.url
        except urllib.error.HTTPError as error:
            return error.code, "", url
        except (urllib.error.URLError, OSError):
            return 0, "", url  # connection refused or reset: counted, never a 5xx

    def reader(self):
        opener = urllib.request.build_opener()
        while not self.stop.is_set():
            path = random.choice(self.paths)
            if self.bust_cache:  # a fresh address each time, so the database is asked every time
                path += ("&" if "?" in path else "?") + f"n={random.random()}"
            status, _, _ = self.fetch(opener, self.base + path)
            self.record(status, "read")

    def writer(self):
        while not self.stop.is_set():
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            status, html, _ = self.fetch(opener, self.base + "/aanmelden/")
            self.record(status, "form")
            token = re.search(r'name="form_token" value="([^"]+)"', html)
            csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
            if status != 200 or not token or not csrf:
                time.sleep(0.2)
                continue
            with self.lock:
                self.sequence += 1
                email = f"soak-{self.sequence}@example.org"
            data = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": csrf.group(1),
                    "form_token": token.group(1),
                    "website": "",
                    "first_name": "Soak",
                    "last_name": "Test",
                    "email": email,
                    "phone": "0612345678",
                    "preferred_contact": "email",
                    "reachable_at": "",
                    "message": "Een aanmelding uit de soaktest.",
                    "referral": "weet_niet",
                    "consent": "on",
                }  # fmt: skip
            ).encode()
            status, _, final_url = self.fetch(opener, self.base + "/aanmelden/", data=data)
            self.record(status, "submit")
            with self.lock:
                if status == 200 and final_url.endswith("/aanmelden/bedankt/"):
                    self.accepted.append(email)
                else:
                    self.refused += 1

    def run(self, seconds, during=None):
        threads = [threading.Thread(target=self.reader) for _ in range(READERS)]
        threads += [threading.Thread(target=self.writer) for _ in range(WRITERS)]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        if during:
            during(started)
        time.sleep(max(0, seconds - (time.monotonic() - started)))
        self.stop.set()
        for thread in threads:
            thread.join()

    def count(self, kind, test):
        return sum(n for (k, status), n in self.statuses.items() if k == kind and test(status))


def main() -> int:
    smtp_port = free_port()
    inbox = Inbox()
    mail = MailServer(inbox, smtp_port)
    mail.start()
    psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    psql(f"CREATE DATABASE {DATABASE}")
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": PG + DATABASE,
        "CACHE_URL": "redis://127.0.0.1:6379/8",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "EMAIL_TIMEOUT": "3",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BEHIND_TLS_PROXY": "0",
        "INTAKE_MIN_FILL_SECONDS": "0",  # the load generator fills the form instantly
        "INTAKE_RATE_LIMIT": "0",  # every submission comes from 127.0.0.1
        "STATIC_ROOT": tempfile.mkdtemp(prefix="soak-static-"),
        "LOG_LEVEL": "ERROR",
    }
    env.pop("STATICFILES_BACKEND", None)
    subprocess.run(["redis-cli", "-n", "8", "flushdb"], capture_output=True)

    def manage(*args, check=True):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=check,
            capture_output=True,
            text=True,
        )

    manage("migrate", "--noinput")
    manage("seed_demo")
    manage("collectstatic", "--noinput")
    paths = ["/", "/blog/", "/blog/?q=prikkels", "/privacy/", "/adviesgesprek/", "/static/css/site.css"]
    paths += [
        line
        for line in manage(
            "shell",
            "-c",
            "from blog.models import Article\n"
            "for a in Article.objects.published(): print(a.get_absolute_url())",
        ).stdout.split()
        if line.startswith("/blog/")
    ]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "practice_site.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "3", "--timeout", "30", "--log-level", "error"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    failures = []
    try:
        # 1. Mixed load; the mail server is down for the middle third.
        load = Load(base, paths)

        def mail_outage(started):
            time.sleep(SECONDS / 3)
            mail.stop()
            print(f"  {SECONDS // 3:>3} s: mail server stopped", flush=True)
            time.sleep(SECONDS / 3)
            mail.start()
            print(f"  {2 * SECONDS // 3:>3} s: mail server started again", flush=True)

        print(f"== mixed load for {SECONDS} s: {READERS} readers, {WRITERS} writers", flush=True)
        load.run(
            SECONDS, during=lambda started: threading.Thread(target=mail_outage, args=(started,)).start()
        )
        time.sleep(1)
        stored = manage(
            "shell", "-c",
            "from intake.models import ContactRequest\n"
            "for r in ContactRequest.objects.filter(email__startswith='soak-'): print(r.email)",
        ).stdout.split()  # fmt: skip
        lost = sorted(set(load.accepted) - set(stored))
        server_errors = load.count("read", lambda s: s >= 500) + load.count("form", lambda s: s >= 500)
        server_errors += load.count("submit", lambda s: s >= 500)
        reads = load.count("read", lambda s: True)
        print(f"  reads: {reads} ({load.count('read', lambda s: s == 200)} × 200)")
        print(f"  submissions accepted: {len(load.accepted)}, refused: {load.refused}")
        print(f"  accepted submissions in the database: {len(set(load.accepted) & set(stored))}")
        print(f"  5xx answers: {server_errors}")
        print(f"  lost submissions: {len(lost)}")
        failures += ["5xx under mixed load"] * bool(server_errors) + ["lost submissions"] * bool(lost)
        failures += ["no submissions accepted"] * (not load.accepted)

        pending = manage("send_pending_notifications", check=False)
        print(f"  send_pending_notifications: {pending.stdout.strip()}")
        again = manage("send_pending_notifications", check=False)
        print(f"  and once more: {again.stdout.strip()}")
        undelivered = [email for email in load.accepted if inbox.recipients[email] != 1]
        print(f"  visitors with exactly one confirmation e-mail: {len(load.accepted) - len(undelivered)} "
              f"of {len(load.accepted)}")  # fmt: skip
        failures += ["e-mails not delivered exactly once"] * bool(undelivered)

        # 2. PostgreSQL restarted under load.
        print("== PostgreSQL restart under load (20 s)", flush=True)
        load = Load(base, [path for path in paths if not path.startswith("/static/")])
        outage = {}

        def restart_postgres(started):
            time.sleep(5)
            outage["start"] = time.monotonic()
            pg_ctl("stop")
            time.sleep(4)
            pg_ctl("start")
            while not pg_ready():
                time.sleep(0.2)
            outage["end"] = time.monotonic()
            print(f"  PostgreSQL down for {outage['end'] - outage['start']:.1f} s", flush=True)

        load.bust_cache = True  # cached pages would hide the outage from readers
        load.run(
            20, during=lambda started: threading.Thread(target=restart_postgres, args=(started,)).start()
        )
        during = Counter(s for t, s in load.timeline if outage["start"] <= t <= outage["end"])
        after = Counter(s for t, s in load.timeline if t > outage["end"] + 2)
        errors_500 = sum(n for (kind, status), n in load.statuses.items() if status >= 500 and status != 503)
        print(f"  answers while down: {dict(during)}")
        print(f"  answers from 2 s after it was back: {dict(after)}")
        print(f"  5xx other than 503: {errors_500}")
        failures += ["500s during the database outage"] * bool(errors_500)
        failures += ["no 503 while the database was down"] * (not during.get(503))
        failures += ["did not recover"] * (not after or set(after) != {200})
    finally:
        server.terminate()
        server.wait(timeout=15)
        if mail.controller:
            mail.stop()
        if not pg_ready():
            pg_ctl("start")
        psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    print(
        "\nSOAK PASSED: zero lost requests, zero 5xx under load"
        if not failures
        else f"\nSOAK FAILED: {failures}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
