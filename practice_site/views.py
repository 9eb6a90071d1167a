import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.generic import RedirectView, TemplateView

from blog.models import Article


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_articles"] = Article.objects.published().cards()[:3]
        return context


@requires_csrf_token
def server_error(request):
    """500, or a calm 503 when the cause is an unreachable database (it recovers by itself)."""
    exception = sys.exc_info()[1]
    if isinstance(exception, (OperationalError, InterfaceError)):
        template, status, headers = "503.html", 503, {"Retry-After": "30"}
    else:
        template, status, headers = "500.html", 500, {}
    # Rendered without a request context: the database or a context processor may be what failed.
    html = loader.get_template(template).render({"practice": settings.PRACTICE})
    return HttpResponse(html, status=status, headers=headers)


@requires_csrf_token
def permission_denied(request, exception=None):
    """Staff refused inside the admin stay in the admin, with a way back; everyone else gets the
    site's own 403 page."""
    user = getattr(request, "user", None)
    if request.path.startswith("/admin/") and user is not None and user.is_active and user.is_staff:
        return TemplateResponse(request, "admin/403.html", {"title": _("Geen toegang")}, status=403)
    return defaults.permission_denied(request, exception)


@never_cache
def healthz(request):
    """For the container's HEALTHCHECK and load balancers: 200 only when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "database unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def csrf_failure(request, reason=""):
    """A Dutch page for an expired or blocked form, instead of Django's English one."""
    return TemplateResponse(request, "403_csrf.html", status=403)


class FaviconView(RedirectView):
    """Browsers ask for /favicon.ico on every page, the admin's too."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static("img/favicon.svg")
