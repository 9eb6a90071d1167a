"""Benchmark of related articles and search (`make bench-related`): prints each figure beside its target.

It generates articles of about 800 words from the vocabulary of the evaluation corpus
(tests/blog/corpus.py: eleven topics, one or two per article, and Dutch compounds glued from their
words), deterministically, into a throw-away SQLite database, and measures:

- the article page's SQL query count with 10 articles and with 10,000;
- a full rebuild (`manage.py rebuild_related` in its own process): time and peak memory;
- updating the suggestions after one article is saved (the save, its commit and the update);
- a search: the whole /blog/?q=… page through Django's test client, page cache off.

BENCH_ARTICLES (10000), BENCH_DB (/tmp/bench-related.sqlite3) and BENCH_SEED (7) change the set-up.
"""

import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
DATABASE = os.environ.get("BENCH_DB", "/tmp/bench-related.sqlite3")  # noqa: S108 - throw-away
SEED = int(os.environ.get("BENCH_SEED", "7"))
WORDS = 800
TARGETS = {"update_ms": 200, "rebuild_s": 60, "rebuild_mb": 500, "search_ms": 50}

ENVIRONMENT = {
    "DATABASE_URL": f"sqlite:///{DATABASE}",
    "DEBUG": "0",
    "SECRET_KEY": "bench-only-not-secret",
    "ENCRYPTION_KEYS": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",  # a Fernet key, bench-only
    "ALLOWED_HOSTS": "testserver,127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "PAGE_CACHE_SECONDS": "0",
    "BLOG_SEARCH_RATE_LIMIT": "0",  # it times the search itself, 40 times from one address
    "LOG_LEVEL": "WARNING",
    "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
os.environ.update(ENVIRONMENT)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "practice_site.settings")
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.html import escape  # noqa: E402

from blog import text_index  # noqa: E402
from blog.models import Article, Author, Category  # noqa: E402
from tests.blog.corpus import ARTICLES as CORPUS  # noqa: E402
from tests.blog.corpus import CATEGORIES  # noqa: E402

SEARCHES = [
    "prikkels",
    "paniekaanval",
    "slecht slapen",
    "rouw",
    "burn-out herstel",
    "piekeren 's nachts",
    "ruzie met je partner",
    "perfectionisme",
    "grenzen stellen kind",
    "trauma EMDR",
    "somberheid",
    "hooggevoelig",
    "zelfbeeld onzekerheid",
    "angst",
    "vermijden",
    "emotieregulatie",
    "werkstress",
    "schuldgevoel ouders",
    "nachtrust",
    "verlies van een ouder",
]


def vocabulary():
    words_of = defaultdict(list)
    for item in CORPUS:
        words = re.findall(r"[^\W\d_]+", f"{item['title']} {item['summary']} {item['body']}".lower())
        for topic in item["topics"]:
            words_of[topic].extend(words)
    every = [word for words in words_of.values() for word in words]
    long_words = {topic: sorted({w for w in words if len(w) >= 5}) for topic, words in words_of.items()}
    return dict(sorted(words_of.items())), every, long_words


def generate(count, start, rng):
    """Articles of one or two topics: half their words from the topic, 5% new compounds."""
    words_of, every, long_words = vocabulary()
    topics = list(words_of)
    author, _ = Author.objects.get_or_create(name="Redactie", defaults={"role": "Redactie"})
    categories = [
        Category.objects.get_or_create(slug=slug, defaults={"name": slug})[0] for slug in CATEGORIES
    ]
    now = timezone.now()

    def word(chosen):
        roll, topic = rng.random(), rng.choice(chosen)
        if roll < 0.05:
            return rng.choice(long_words[topic]) + rng.choice(long_words[rng.choice(chosen)])
        return rng.choice(words_of[topic]) if roll < 0.55 else rng.choice(every)

    def sentence(chosen, length):
        return " ".join(word(chosen) for _ in range(length)).capitalize() + "."

    for offset in range(0, count, 500):
        batch, links = [], []
        for number in range(start + offset, start + min(offset + 500, count)):
            chosen = rng.sample(topics, 2 if rng.random() < 0.2 else 1)
            paragraphs = [" ".join(sentence(chosen, rng.randint(8, 20)) for _ in range(6)) for _ in range(7)]
            batch.append(
                Article(
                    title=sentence(chosen, rng.randint(4, 8))[:-1],
                    slug=f"artikel-{number}",
                    summary=sentence(chosen, rng.randint(15, 25)),
                    body="\n\n".join(paragraphs),
                    body_html="".join(f"<p>{escape(p)}</p>" for p in paragraphs),
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(hours=number),
                    author=author,
                )
            )
        with transaction.atomic():
            # bulk_create: no signals, so no index update per article; the rebuild does them all.
            created = Article.objects.bulk_create(batch)
            for article in created:
                links.append(Article.categories.through(article=article, category=rng.choice(categories)))
            Article.categories.through.objects.bulk_create(links)


def page_queries(slug):
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/blog/{slug}/")
    assert response.status_code == 200, response.status_code
    related = response.content.decode().partition('id="related-heading"')[2]
    related_count = related.count('class="card"')
    return len(queries), related_count


def rebuild_in_own_process():
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, str(ROOT / "manage.py"), "rebuild_related"],
        check=True,
        cwd=ROOT,
        env=os.environ | ENVIRONMENT,
        stdout=sys.stdout,
    )
    seconds = time.perf_counter() - started
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak_mb


def save_times(rng, samples=25):
    times = []
    ids = sorted(rng.sample(list(Article.objects.values_list("pk", flat=True)), samples))
    for pk in ids:
        article = Article.objects.get(pk=pk)
        article.body += "\n\nEen nieuwe alinea over prikkels, piekeren en nachtrust."
        started = time.perf_counter()
        with transaction.atomic():
            article.save()
        times.append((time.perf_counter() - started) * 1000)  # the update ran on commit
    return times


def search_times():
    client = Client()
    times = []
    for query in SEARCHES * 2:
        started = time.perf_counter()
        response = client.get("/blog/", {"q": query})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    hits = {query: len(text_index.search(query)) for query in SEARCHES[:3]}
    return times, hits


def line(label, value, unit, target, lower_is_better=True):
    ok = value <= target if lower_is_better else value >= target
    print(
        f"  {label:<52} {value:>9.1f} {unit:<3} target {'≤' if lower_is_better else '≥'} {target} {unit}"
        f"  {'OK' if ok else 'MISSED'}"
    )
    return ok


def main():
    setup_test_environment()  # the test client then records each response's context
    warnings.filterwarnings("ignore", message="No directory at")
    if os.path.exists(DATABASE):
        os.remove(DATABASE)
    call_command("migrate", verbosity=0)
    rng = random.Random(SEED)
    print(f"Benchmark: related articles and search, {ARTICLES} articles of about {WORDS} words, SQLite")

    generate(10, 0, rng)
    call_command("rebuild_related", stdout=open(os.devnull, "w"))  # noqa: SIM115
    small_queries, small_related = page_queries("artikel-5")

    started = time.perf_counter()
    generate(ARTICLES - 10, 10, rng)
    print(f"Generated {ARTICLES} articles in {time.perf_counter() - started:.0f} s; rebuilding:")
    rebuild_s, rebuild_mb = rebuild_in_own_process()
    large_queries, large_related = page_queries(f"artikel-{ARTICLES // 2}")

    saves = save_times(rng)
    searches, hits = search_times()

    print("\nResults")
    results = [
        line(
            "update after one article is saved, median", statistics.median(saves), "ms", TARGETS["update_ms"]
        ),
        line("full rebuild", rebuild_s, "s", TARGETS["rebuild_s"]),
        line("full rebuild, peak memory", rebuild_mb, "MB", TARGETS["rebuild_mb"]),
        line("search page (/blog/?q=…), median", statistics.median(searches), "ms", TARGETS["search_ms"]),
    ]
    same = small_queries == large_queries
    print(
        f"  {'article page SQL queries, 10 vs ' + str(ARTICLES) + ' articles':<52} "
        f"{small_queries:>5} vs {large_queries:<5} target: the same  {'OK' if same else 'MISSED'}"
    )
    save_p90 = statistics.quantiles(saves, n=10)[-1]
    search_p90 = statistics.quantiles(searches, n=10)[-1]
    print(
        f"  (related cards shown: {small_related} and {large_related}; save p90 {save_p90:.0f} ms; "
        f"search p90 {search_p90:.0f} ms; hits {hits})"
    )
    sys.exit(0 if all(results) and same else 1)


if __name__ == "__main__":
    main()
