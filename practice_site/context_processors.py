from django.conf import settings


def practice(request):
    """The practice's name and contact details, for the header, footer and meta tags."""
    return {"practice": settings.PRACTICE}
