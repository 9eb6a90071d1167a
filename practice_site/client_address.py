"""The visitor's address, as django-axes and the rate limits see it (AXES_CLIENT_IP_CALLABLE).

The apps ask axes (axes.helpers.get_client_ip_address), which calls this: one rule for the admin
lockout, the intake forms' limit and the search limit.
"""

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or, behind AXES_PROXY_COUNT trusted proxies, the address the outermost one saw.

    axes' own fallback without django-ipware is REMOTE_ADDR, which behind the proxy is the
    proxy's: one lockout and one limit for every visitor.
    """
    proxies = settings.AXES_IPWARE_PROXY_COUNT or 0
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
