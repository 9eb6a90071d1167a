"""The restore drill: scripts/backup.sh, then scripts/restore.sh into a fresh database and fresh
storage (a new folder or a new bucket); everything the practice would miss must be back."""

import json
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.db import connection

from tests.operations.conftest import s3_client, s3_environment
from tests.operations.servers import (
    ROOT,
    django_shell,
    manage,
    own_database_name,
    postgres_url,
    recreate_database,
    site_environment,
)

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the backup is a pg_dump: runs when DATABASE_URL is PostgreSQL (CI does)",
)

# Made through the site's own code: an article with a cover (and its renditions), an editor's
# image, a contact request whose e-mails are queued (the mail server is down), a team note.
WRITE_CONTENT = """
from io import BytesIO
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from blog.models import Article, Author
from intake.services import contact_request_create, request_note_add

def image(format):
    out = BytesIO()
    Image.new("RGB", (800, 400), (30, 90, 160)).save(out, format=format)
    return out.getvalue()

Article.objects.create(
    title="Herstellen na een burn-out", slug="burn-out", summary="Over herstel.", body="Tekst.",
    status=Article.Status.PUBLISHED, published_at=timezone.now(), cover_alt="Een pad",
    cover_image=SimpleUploadedFile("pad.png", image("PNG")),
    author=Author.objects.create(name="Sanne de Vries", role="GZ-psycholoog"),
)
default_storage.save("markdownx/2026/12/schets.webp", ContentFile(image("WEBP")))
contact = contact_request_create(
    first_name="Noor", last_name="de Boer", email="noor@example.org", phone="0612345678",
    preferred_contact="email", reachable_at="", message="Ik slaap slecht.", referral="weet_niet",
    submit_token="restore-drill",
)
team = get_user_model().objects.create_user("lotte", password="een-lang-wachtwoord-123", is_staff=True)
request_note_add(request=contact, author=team, text="Teruggebeld, intake ingepland.")
"""

# What the practice would miss, read back. Reading every row of every model also decrypts every
# encrypted field (intake/encryption.py): with the wrong key that raises, and the drill fails.
READ_BACK = """
import hashlib, json
from django.apps import apps
from django.core.files.storage import default_storage
from blog.models import Article
from intake.models import ContactRequest, Notification, RequestNote
from practice_site.media_archive import stored_names

rows = {}
for model in apps.get_models():
    rows[model._meta.label] = len([vars(row) for row in model._default_manager.all()])
article = Article.objects.get(slug="burn-out")
contact = ContactRequest.objects.get()
print(json.dumps({
    "article": [article.title, article.cover_image.name, article.cover_width],
    "request": [contact.first_name, contact.message],
    "notes": list(RequestNote.objects.values_list("text", "author_name")),
    "queued_emails": sorted(Notification.objects.filter(sent_at=None).values_list("kind", flat=True)),
    "media": {name: hashlib.sha256(default_storage.open(name).read()).hexdigest() for name in stored_names()},
    "rows": {label: count for label, count in rows.items() if count},
}))
"""

# What the database itself holds in the encrypted columns: tokens, never the text.
READ_STORED = """
import json
from django.db import connection
from intake.encryption import encrypted_fields

stored = []
with connection.cursor() as cursor:
    for model, field in encrypted_fields():
        cursor.execute(f"SELECT {field.column} FROM {model._meta.db_table} WHERE {field.column} <> ''")
        stored += [value for (value,) in cursor.fetchall()]
print(json.dumps(stored))
"""


def storage_environment(kind, request, tmp_path, name):
    if kind == "folder":
        return {"MEDIA_ROOT": str(tmp_path / name)}
    endpoint = request.getfixturevalue("seaweedfs")
    s3_client(endpoint).create_bucket(Bucket=name)
    return s3_environment(endpoint, name)


def run_script(script, environment, *args):
    result = subprocess.run(
        ["bash", f"scripts/{script}", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("storage", ["folder", "s3"])
def test_backup_restores_into_a_fresh_database_and_storage(storage, request, tmp_path):
    source_db, restored_db = own_database_name(f"backup_{storage}"), own_database_name(f"restored_{storage}")
    recreate_database(source_db)
    recreate_database(restored_db)
    secret = "restore-drill-" + "k" * 40  # the same keys on both sides, as a real restore needs
    keys = {"SECRET_KEY": secret, "ENCRYPTION_KEYS": Fernet.generate_key().decode()}
    mail_down = {"EMAIL_URL": "smtp://127.0.0.1:9", "EMAIL_TIMEOUT": "1"}
    source = site_environment(
        DATABASE_URL=postgres_url(source_db), **keys, **mail_down,
        **storage_environment(storage, request, tmp_path, f"bron-{storage}"),
    )  # fmt: skip
    restored = site_environment(
        DATABASE_URL=postgres_url(restored_db), **keys, **mail_down,
        **storage_environment(storage, request, tmp_path, f"terug-{storage}"),
    )  # fmt: skip
    try:
        manage(source, "migrate", "--noinput")
        django_shell(source, WRITE_CONTENT)
        before = json.loads(django_shell(source, READ_BACK))

        folder = tmp_path / "backup"
        print("\n[restore drill]", run_script("backup.sh", source, str(folder)).strip())
        print("[restore drill]", run_script("restore.sh", restored, str(folder)).strip())
        after = json.loads(django_shell(restored, READ_BACK))
        stored = json.loads(django_shell(restored, READ_STORED))
        other_key = restored | {"ENCRYPTION_KEYS": Fernet.generate_key().decode()}
        unreadable = subprocess.run(
            [sys.executable, "manage.py", "shell", "--verbosity=0", "-c", READ_BACK],
            cwd=ROOT, env=other_key, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        recreate_database(source_db, drop_only=True)
        recreate_database(restored_db, drop_only=True)

    assert after == before
    assert before["article"][0] == "Herstellen na een burn-out" and before["article"][2] == 800
    assert before["request"] == ["Noor", "Ik slaap slecht."]
    assert before["notes"] == [["Teruggebeld, intake ingepland.", "lotte"]]
    # The backup holds the visitor's words and the note encrypted; they read only with the key.
    assert len(stored) == 2 and all(value.startswith("gAAAAA") for value in stored)
    assert not any("slaap" in value or "Teruggebeld" in value for value in stored)
    assert unreadable.returncode != 0 and "InvalidToken" in unreadable.stderr
    assert len(before["queued_emails"]) == 2  # the visitor's confirmation and the team's notice
    cover = before["article"][1]
    assert cover in after["media"] and "markdownx/2026/12/schets.webp" in after["media"]
    assert len([name for name in after["media"] if name.startswith("renditions/")]) == 4  # 480, 800 × 2
    print(f"[restore drill] {storage}: {sum(after['rows'].values())} rows in {len(after['rows'])} tables "
          f"and {len(after['media'])} media files back, identical")  # fmt: skip
