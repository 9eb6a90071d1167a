from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from blog import editor
from blog.sitemaps import sitemaps
from practice_site.views import FaviconView, HomeView, healthz

admin.site.site_header = _("Beheer van de praktijkwebsite")
admin.site.site_title = _("Praktijkbeheer")
admin.site.index_title = _("Overzicht")

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("blog/", include("blog.urls")),
    path("", include("intake.urls")),
    # The Markdown editor's endpoints, at the paths its widget expects, for editors only.
    path("markdownx/markdownify/", editor.markdownify, name="markdownx_markdownify"),
    path("markdownx/upload/", editor.upload_image, name="markdownx_upload"),
    path("markdownx/checks/", editor.writing_checks, name="markdownx_checks"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", FaviconView.as_view()),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

handler403 = "practice_site.views.permission_denied"
handler500 = "practice_site.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
