"""The deployment files, checked as far as this machine allows: docker-compose.yml against the
Compose specification (this machine's docker client has no compose plugin, so the schema stands
in for `docker compose config`), its references and variables, and deploy/Caddyfile with Caddy's
own `caddy validate` in both media modes."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.operations.conftest import CADDY, require

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


def compose():
    return YAML(typ="safe").load(COMPOSE.read_text())


def test_compose_file_follows_the_compose_specification():
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_references_and_variables_are_consistent():
    spec = compose()
    services, volumes = spec["services"], set(spec.get("volumes") or {})
    for name, service in services.items():
        assert set(service.get("depends_on") or {}) <= set(services), name
        for mount in service.get("volumes") or []:
            source = mount.split(":")[0]
            assert source.startswith((".", "/")) or source in volumes, f"{name}: volume {source} not declared"
    # Every variable the file takes from .env is documented in .env.example.
    used = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", COMPOSE.read_text()))
    documented = set(re.findall(r"^#? ?([A-Z_][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), re.M))
    assert used <= documented, used - documented
    assert {"MEDIA_SOURCE", "AWS_STORAGE_BUCKET_NAME", "AWS_S3_ENDPOINT_URL"} <= set(
        services["proxy"]["environment"]
    )


@pytest.mark.parametrize(
    "variables",
    [
        {"MEDIA_SOURCE": "volume"},
        {
            "MEDIA_SOURCE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "praktijk-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.nl",
        },
    ],
    ids=["media-volume", "media-s3"],
)
def test_caddyfile_is_valid(variables, tmp_path):
    require("Caddy", CADDY is not None, "REQUIRE_CADDY", "`apt-get install caddy` (Debian's) validates it")
    result = subprocess.run(
        [CADDY, "validate", "--config", str(ROOT / "deploy" / "Caddyfile"), "--adapter", "caddyfile"],
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path), "SITE_DOMAIN": "www.example.nl", **variables},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and "Valid configuration" in result.stdout + result.stderr, result.stderr
