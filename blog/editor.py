"""The Markdown editor's two endpoints (live preview and image upload), for article editors only.

django-markdownx ships these views open to anyone; we route the same paths here
behind a permission check, and use the site's own sanitising renderer.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .images import reencode_image, validate_image_file
from .markdown import render_markdown
from .permissions import may_edit_articles


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
    name = default_storage.save(timezone.now().strftime("markdownx/%Y/%m/") + clean.name, clean)
    return JsonResponse({"image_code": f"![]({default_storage.url(name)})"})
