from django.conf import settings
from django.core.exceptions import DisallowedHost


def practice(request):
    """The practice's details (header, footer, meta tags) and this page's canonical address."""
    try:
        canonical_url = request.build_absolute_uri(request.path)
    except DisallowedHost:  # rendering the 400 page for a forged Host header
        canonical_url = request.path
    page = request.GET.get("page", "")
    if page.isdigit() and page != "1":
        canonical_url += f"?page={page}"
    return {"practice": settings.PRACTICE, "canonical_url": canonical_url}
