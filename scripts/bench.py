"""Load benchmark: gunicorn with production settings, loaded by wrk on loopback (`make bench`).

For 1,000 and 10,000 generated articles, with the page cache on (Redis) and off, it prints
requests/s, p50 and p99 latency and errors for /, /blog/, an article page, a search and a
static file of about the article page's size, each page's ratio to the static file, and the
peak memory of a gunicorn worker, beside the targets. wrk loads from one address, so the search
meets its per-address limit (the 429 column counts those answers); with the cache off the
search is measured once more with the limit off, as many addresses at once would see it. wrk and
gunicorn share the machine's cores, so compare the ratios from one run rather than absolute
figures across runs.
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,10000").split(",")]
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
REDIS_URL = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/9")
SEARCH = "/blog/?q=prikkels"
TARGETS = {
    "article_ratio_cached": 0.8,
    "article_ratio_uncached": 0.2,
    "p99_cached_ms": 50,
    "worker_mb": 120,
    "search_ratio_uncached": 0.2,
    "search_p99_uncached_ms": 100,
}
# wrk counts the answers by status code (for the search, where a 429 is the limit's answer).
STATUS_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes")) do
      io.write(string.format("status %d %d\\n", status, count))
    end
  end
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(workdir: Path) -> dict:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}"),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BEHIND_TLS_PROXY": "0",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("STATICFILES_BACKEND", None)
    return env


def manage(*args, env) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


def wrk(url: str, *, by_status: bool = False) -> dict:
    script = []
    if by_status:
        path = Path(tempfile.mkdtemp()) / "status.lua"
        path.write_text(STATUS_SCRIPT)
        script = ["-s", str(path)]
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    statuses = {}
    for status, count in re.findall(r"^status (\d+) (\d+)$", output, re.M):
        statuses[int(status)] = statuses.get(int(status), 0) + int(count)

    def latency_ms(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    # A 429 from the search limit is its intended answer, not an error; every other non-2xx is.
    limited = statuses.get(429, 0)
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1)) - limited
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(value) for value in match.groups())
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency_ms("50"),
        "p99": latency_ms("99"),
        "errors": errors,
        "limited": limited,
    }


def worker_peak_mb(master_pid: int) -> float:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    peaks = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
    return max(peaks)


def serve(env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "practice_site.wsgi:application",
            "--bind", f"127.0.0.1:{port}", "--workers", WORKERS, "--log-level", "warning",
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start")


def bench_size(count: int, workdir: Path) -> list[str]:
    env = base_env(workdir)
    manage("migrate", "--noinput", env=env)
    print(manage("generate_articles", str(count), "--words", "800", env=env).strip(), flush=True)
    manage("collectstatic", "--noinput", env=env)
    pick = "from blog.models import Article; print(Article.objects.published()[500].get_absolute_url())"
    article_path = manage("shell", "-c", pick, env=env).strip().splitlines()[-1]

    lines = []
    for cached in (True, False):
        run_env = {**env, "CACHE_URL": REDIS_URL, "PAGE_CACHE_SECONDS": "3600" if cached else "0"}
        if cached:
            subprocess.run(["redis-cli", "-n", REDIS_URL.rsplit("/", 1)[1], "flushdb"], capture_output=True)
        port = free_port()
        server = serve(run_env, port)
        base = f"http://127.0.0.1:{port}"
        try:
            page_size = len(urllib.request.urlopen(base + article_path).read())
            static_name = f"bench-{page_size}.txt"
            # A static file of the article page's size, served by WhiteNoise like any other.
            (workdir / "static" / static_name).write_bytes(b"x" * page_size)
            server.terminate()
            server.wait()
            server = serve(run_env, port)
            urls = {
                "/": "/",
                "/blog/": "/blog/",
                "article": article_path,
                "search": SEARCH,
                f"static ({page_size // 1024} kB)": f"/static/{static_name}",
            }
            results = {}
            for name, path in urls.items():
                urllib.request.urlopen(base + path).read()  # warm the cache
                results[name] = wrk(base + path, by_status=path == SEARCH)
            memory = worker_peak_mb(server.pid)
            if not cached:
                # The same search from many addresses at once: none of them over the limit.
                server.terminate()
                server.wait()
                server = serve({**run_env, "BLOG_SEARCH_RATE_LIMIT": "0"}, port)
                urllib.request.urlopen(base + SEARCH).read()
                results["search, no limit"] = wrk(base + SEARCH)
        finally:
            server.terminate()
            server.wait()
        static = results[next(name for name in results if name.startswith("static"))]
        mode = "cache on (Redis)" if cached else "cache off"
        lines.append(f"\n{count:,} articles, {mode}, {CONNECTIONS} connections, {WORKERS} sync workers")
        lines.append(
            f"  {'page':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'vs static':>11}{'429':>8}"
        )
        for name, result in results.items():
            ratio = result["rps"] / static["rps"]
            lines.append(
                f"  {name:<18}{result['rps']:>9.0f}{result['p50']:>9.2f}{result['p99']:>9.2f}"
                f"{result['errors']:>8}{ratio:>10.2f}x{result['limited']:>8}"
            )
        article = results["article"]
        ratio = article["rps"] / static["rps"]
        errors = sum(result["errors"] for result in results.values())
        if cached:
            checks = [
                ("article / static", f"{ratio:.2f}x", f">= {TARGETS['article_ratio_cached']}x",
                 ratio >= TARGETS["article_ratio_cached"]),
                ("article p99", f"{article['p99']:.1f} ms", f"<= {TARGETS['p99_cached_ms']} ms",
                 article["p99"] <= TARGETS["p99_cached_ms"]),
            ]  # fmt: skip
        else:
            search = results["search"]
            search_ratio = search["rps"] / static["rps"]
            checks = [
                ("article / static", f"{ratio:.2f}x", f">= {TARGETS['article_ratio_uncached']}x",
                 ratio >= TARGETS["article_ratio_uncached"]),
            ]  # fmt: skip
            if count >= 10_000:
                ratio_target, p99_target = TARGETS["search_ratio_uncached"], TARGETS["search_p99_uncached_ms"]
                checks += [
                    ("search / static (one address, limit on)", f"{search_ratio:.2f}x", f">= {ratio_target}x",
                     search_ratio >= ratio_target),
                    ("search p99 (one address, limit on)", f"{search['p99']:.1f} ms", f"<= {p99_target} ms",
                     search["p99"] <= p99_target),
                ]  # fmt: skip
        checks.append(("errors", str(errors), "0", errors == 0))
        if count >= 10_000:
            checks.append(("worker peak memory", f"{memory:.0f} MB", f"<= {TARGETS['worker_mb']} MB",
                           memory <= TARGETS["worker_mb"]))  # fmt: skip
        else:
            lines.append(f"  worker peak memory: {memory:.0f} MB")
        for label, value, target, ok in checks:
            lines.append(f"  {'PASS' if ok else 'FAIL'}  {label}: {value} (target {target})")
    return lines


def main() -> int:
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 2
    report = []
    for count in SIZES:
        workdir = Path(tempfile.mkdtemp(prefix=f"bench-{count}-"))
        try:
            report += bench_size(count, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    print("\n".join(report))
    failed = sum(line.strip().startswith("FAIL") for line in report)
    print(f"\n{'ALL TARGETS MET' if not failed else f'{failed} TARGET(S) MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
