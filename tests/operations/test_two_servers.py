"""Two web servers on one PostgreSQL, one Redis and one S3 bucket, as when the site scales out.

Each server is a gunicorn process with production settings; content is written by a third
process (the ORM against the same database, as an editor's save on one server would be).
Prints its figures; README "Scaling out" quotes them.
"""

import re
import threading
import time
import urllib.request
from collections import Counter

import psycopg
import pytest
from django.db import connection

from tests.operations.conftest import s3_client, s3_environment
from tests.operations.servers import (
    Gunicorn,
    Visitor,
    django_shell,
    hidden_fields,
    manage,
    own_database_name,
    postgres_url,
    recreate_database,
    site_environment,
)

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two servers share one PostgreSQL database: runs when DATABASE_URL is PostgreSQL (CI does)",
)

# Run in a separate process against the same database and bucket; prints URL and cover key.
WRITE_ARTICLE = """
from io import BytesIO
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from blog.models import Article, Author, Category
out = BytesIO()
Image.new("RGB", (1200, 600), (90, 140, 110)).save(out, format="JPEG")
cover = SimpleUploadedFile("omslag.jpg", out.getvalue(), content_type="image/jpeg")
article = Article.objects.create(
    title={title!r}, slug={slug!r}, summary="Over slaap.", body="Tekst.", status=Article.Status.PUBLISHED,
    published_at=timezone.now() - timezone.timedelta(hours=1), cover_image=cover, cover_alt="Een bed",
    author=Author.objects.create(name="Sanne de Vries", role="GZ-psycholoog"),
)
article.categories.add(Category.objects.create(name={slug!r}, slug={slug!r}))
print(article.get_absolute_url(), article.cover_image.name)
"""
RENAME_ARTICLE = """
from blog.models import Article
article = Article.objects.get(slug={slug!r})
article.title = {title!r}
article.save()
"""
MAKE_SLOT = """
from datetime import timedelta
from django.utils import timezone
from intake.models import Slot
start = (timezone.localtime() + timedelta(days=3)).replace(hour=10, minute=30, second=0, microsecond=0)
print(Slot.objects.create(start=start, capacity=1).pk)
"""
COUNT_BOOKINGS = """
from intake.models import AdviceCall, Slot
slot = Slot.objects.get(pk={slot_id})
print(AdviceCall.objects.filter(slot=slot).count(), slot.booked_count)
"""


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory, seaweedfs, redis_server):
    bucket = "two-servers"
    s3 = s3_client(seaweedfs)
    s3.create_bucket(Bucket=bucket)
    database = own_database_name("two_servers")
    recreate_database(database)
    environment = site_environment(
        DATABASE_URL=postgres_url(database), CACHE_URL=redis_server, **s3_environment(seaweedfs, bucket)
    )
    manage(environment, "migrate", "--noinput")
    logs = tmp_path_factory.mktemp("two-servers")
    servers = [Gunicorn(environment, logs, "a"), Gunicorn(environment, logs, "b")]
    yield environment, servers, s3, bucket, database
    for server in servers:
        server.stop()
    recreate_database(database, drop_only=True)


def test_an_article_saved_through_one_is_served_with_its_renditions_by_the_other(two_servers, seaweedfs):
    environment, (a, b), s3, bucket, _ = two_servers
    url, cover = django_shell(
        environment, WRITE_ARTICLE.format(slug="beter-slapen", title="Beter slapen")
    ).split()
    saved = time.monotonic()
    status, page, _ = Visitor().get(b.url + url)
    served = time.monotonic() - saved

    assert status == 200 and "Beter slapen" in page
    media = sorted(set(re.findall(r'/media/[^\s",]+', page)))
    renditions = [path for path in media if path.startswith("/media/renditions/")]
    assert len(renditions) == 6  # 480, 960 and 1200 wide, each WebP and JPEG
    for path in renditions:
        # What the proxy in front asks the bucket for (deploy/Caddyfile, MEDIA_SOURCE=s3).
        with urllib.request.urlopen(
            f"{seaweedfs}/{bucket}{path.removeprefix('/media')}", timeout=10
        ) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] in ("image/webp", "image/jpeg")
    assert s3.head_object(Bucket=bucket, Key=cover)["ContentType"] == "image/jpeg"
    print(f"\n[two servers] article saved by one process, page with {len(renditions)} renditions "
          f"served by the other server {served * 1000:.0f} ms later")  # fmt: skip


def test_a_page_cached_on_both_servers_is_refreshed_on_both_after_a_change(two_servers):
    environment, (a, b), _, _, database = two_servers
    django_shell(environment, WRITE_ARTICLE.format(slug="cache-artikel", title="Eerste titel"))
    visitor = Visitor()
    for server in (a, b):
        assert "Eerste titel" in visitor.get(server.url + "/blog/")[1]

    # Changed behind Django's back (no save signal): both servers keep answering from the cache.
    with psycopg.connect(postgres_url(database), autocommit=True) as db:
        db.execute("UPDATE blog_article SET title = 'Stille titel' WHERE slug = 'cache-artikel'")
    for server in (a, b):
        page = visitor.get(server.url + "/blog/")[1]
        assert "Eerste titel" in page and "Stille titel" not in page

    # An editor's save: a new content version in Redis, so both refresh.
    django_shell(environment, RENAME_ARTICLE.format(slug="cache-artikel", title="Nieuwe titel"))
    changed = time.monotonic()
    waited = {}
    while len(waited) < 2 and time.monotonic() - changed < 5:
        for name, server in (("a", a), ("b", b)):
            if name not in waited and "Nieuwe titel" in visitor.get(server.url + "/blog/")[1]:
                waited[name] = time.monotonic() - changed
        time.sleep(0.05)
    assert set(waited) == {"a", "b"}, f"refreshed only on {sorted(waited)} within 5 s"
    print(f"\n[two servers] after a change: refreshed on server A after {waited['a'] * 1000:.0f} ms, "
          f"on server B after {waited['b'] * 1000:.0f} ms")  # fmt: skip


def test_twenty_visitors_booking_the_last_place_through_both_servers_get_one_booking(two_servers):
    environment, servers, _, _, _ = two_servers
    slot_id = django_shell(environment, MAKE_SLOT).strip()
    visitors = []
    for number in range(20):
        server = servers[number % 2]
        visitor = Visitor()
        status, page, _ = visitor.get(server.url + "/adviesgesprek/")
        assert status == 200 and f'value="{slot_id}"' in page
        fields = hidden_fields(page) | {
            "slot": slot_id, "first_name": "Bezoeker", "last_name": "Jansen" + "abcdefghijklmnopqrst"[number],
            "phone": "0612345678", "email": f"bezoeker{number}@example.org", "consent": "on", "website": "",
        }  # fmt: skip
        visitors.append((visitor, server, fields))

    barrier = threading.Barrier(len(visitors))
    answers = [None] * len(visitors)

    def book(index, visitor, server, fields):
        barrier.wait()
        answers[index] = visitor.post(server.url + "/adviesgesprek/", fields)

    threads = [threading.Thread(target=book, args=(i, *v)) for i, v in enumerate(visitors)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    took = time.monotonic() - started

    booked = [a for a in answers if a[0] == 200 and a[2].endswith("/adviesgesprek/bedankt/")]
    refused = [a for a in answers if a[0] == 200 and "niet meer vrij" in a[1]]
    statuses = Counter(a[0] for a in answers)
    assert len(booked) == 1 and len(refused) == 19, statuses
    assert django_shell(environment, COUNT_BOOKINGS.format(slot_id=slot_id)).split() == ["1", "1"]
    print(f"\n[two servers] 20 visitors booking the last place at once through both servers: "
          f"1 booked, {len(refused)} told it is taken, statuses {dict(statuses)}, {took:.2f} s")  # fmt: skip
