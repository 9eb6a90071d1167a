"""The container's HEALTHCHECK: exit 0 when /healthz answers 200 (it checks the database).

Sends the first ALLOWED_HOSTS entry as Host: Django rejects 127.0.0.1 unless it is allowed.
Plain http.client, so no proxy variables, redirects or extra packages get in the way.
"""

import http.client
import os
import sys


def allowed_host() -> str:
    first = os.environ.get("ALLOWED_HOSTS", "").split(",")[0].strip()
    if first in ("", "*"):
        return "localhost"
    return first.lstrip(".")  # ".example.nl" allows example.nl and its subdomains


def main() -> int:
    connection = http.client.HTTPConnection("127.0.0.1", int(os.environ.get("PORT", "8000")), timeout=4)
    try:
        connection.request("GET", "/healthz", headers={"Host": allowed_host()})
        status = connection.getresponse().status
    except OSError as error:
        print(f"healthz: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    print(f"healthz: {status}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
