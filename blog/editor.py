"""The Markdown editor's endpoints (live preview, image upload, writing checks), for article editors only.

django-markdownx ships its views open to anyone; we route the same paths here
behind a permission check, and use the site's own sanitising renderer.
"""

import uuid
from functools import wraps
from pathlib import PurePath

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .images import reencode_image, validate_image_file
from .markdown import render_markdown
from .models import JargonWord
from .permissions import may_edit_articles
from .writing_checks import Report, check_text

CHECKS_TEMPLATE = "admin/blog/article/writing_checks.html"


def editor_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not may_edit_articles(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@require_POST
@editor_required
def markdownify(request):
    return HttpResponse(render_markdown(request.POST.get("content", "")))


@require_POST
@editor_required
def upload_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return JsonResponse({"image": [_("Kies een afbeelding om te uploaden.")]}, status=400)
    try:
        validate_image_file(upload)
    except ValidationError as error:
        return JsonResponse({"image": error.messages}, status=400)
    clean = reencode_image(upload, max_side=1600)
    # A generated name: nothing of the uploaded file's name reaches the disk or the address.
    name = f"{uuid.uuid4().hex}{PurePath(clean.name).suffix}"
    name = default_storage.save(timezone.now().strftime("markdownx/%Y/%m/") + name, clean)
    url = default_storage.url(name)
    # image_code is what markdownx's own drop handler inserts; our image button asks for the alt
    # text first and uses image_url.
    return JsonResponse({"image_code": f"![]({url})", "image_url": url})


def writing_report(text: str) -> Report:
    """The writing checks for an article's Markdown, with the practice's jargon list."""
    return check_text(text, jargon=dict(JargonWord.objects.values_list("word", "alternative")))


def render_writing_checks(text: str) -> str:
    return render_to_string(CHECKS_TEMPLATE, {"report": writing_report(text)})


@require_POST
@editor_required
def writing_checks(request):
    """The writing checks panel for the text being edited, as HTML (the live panel swaps it in)."""
    return HttpResponse(render_writing_checks(request.POST.get("content", "")))
