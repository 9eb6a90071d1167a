"""The article's history in the admin: its kept versions, what changed, and restoring one.

django-reversion's VersionAdmin keeps a revision of every save made in the admin and gives the
history page; here come the comparison of any two versions (or one and the current text) and
a restore in one step, through blog/revisions.py.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from reversion.admin import VersionAdmin

from . import revisions

CURRENT = "huidig"  # in the comparison's address: the article as it is now


class RevisionAdmin(VersionAdmin):
    """For ArticleAdmin: history, comparison and restore of kept versions."""

    object_history_template = "reversion/blog/article/object_history.html"
    history_latest_first = True

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{info}_compare",
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(require_POST(self.restore_view)),
                name=f"{info}_restore",
            ),
            *super().get_urls(),
        ]

    def _article_and_versions(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise Http404
        return article, revisions.versions_of(article)

    def history_view(self, request, object_id, extra_context=None):
        article, versions = self._article_and_versions(request, object_id)
        versions = list(versions)
        for version in versions:
            version.when = revisions.when(version)
        context = {
            "versions": versions,
            "compare_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_compare", args=[article.pk]
            ),
            "current": CURRENT,
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """reversion's revert form: this admin compares and restores on the comparison page."""
        url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_compare", args=[unquote(object_id)]
        )
        return redirect(f"{url}?van={int(version_id)}")

    def compare_view(self, request, object_id):
        article, versions = self._article_and_versions(request, object_id)
        by_id = {str(version.pk): version for version in versions}
        older_id, newer_id = request.GET.get("van", ""), request.GET.get("met", CURRENT)
        older = by_id.get(older_id)
        newer = None if newer_id == CURRENT else by_id.get(newer_id)
        if older is None or (newer is None and newer_id != CURRENT):
            messages.error(request, _("Kies twee bewaarde versies om te vergelijken."))
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_history", article.pk)
        if newer is not None and newer.revision.date_created < older.revision.date_created:
            older, newer = newer, older  # always older → newer, whichever way they were picked
        before = revisions.version_values(older)
        after = revisions.version_values(newer) if newer else revisions.current_values(article)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": _("Versies vergelijken"),
            "subtitle": str(article),
            "older": older,
            "older_when": revisions.when(older),
            "newer": newer,
            "newer_when": revisions.when(newer) if newer else None,
            "changes": revisions.field_changes(before, after),
            "body_diff": revisions.body_diff(before["body"] or "", after["body"] or ""),
            "body_changed": (before["body"] or "") != (after["body"] or ""),
            "may_restore": self.has_change_permission(request, article),
            "history_url": reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[article.pk]
            ),
        }
        return TemplateResponse(request, "admin/blog/article/compare_versions.html", context)

    def restore_view(self, request, object_id, version_id):
        article, versions = self._article_and_versions(request, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        version = get_object_or_404(versions, pk=version_id)
        article, notes = revisions.article_restore(article=article, version=version, user=request.user)
        self.log_change(
            request, article, _("Teruggezet naar de versie van %(when)s.") % {"when": revisions.when(version)}
        )
        messages.success(
            request,
            _(
                "De versie van %(when)s is teruggezet. "
                "De tekst van daarvoor blijft bewaard in de geschiedenis."
            )
            % {"when": revisions.when(version)},
        )
        for note in notes:
            messages.warning(request, note)
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", article.pk)
