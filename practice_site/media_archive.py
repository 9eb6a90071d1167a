"""Uploaded media as one tar archive, through the configured storage (local folder or S3 bucket).

The backup and restore commands (`export_media`, `import_media`) use it, so the same archive
moves media between a volume and a bucket as well.
"""

import io
import tarfile
from pathlib import PurePosixPath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


def stored_names(directory: str = "") -> list[str]:
    """Every file in the storage, with its path from the root, sorted."""
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:  # a local folder that was never written to
        return []
    names = [str(PurePosixPath(directory, name)) for name in files]
    for subdirectory in directories:
        names += stored_names(str(PurePosixPath(directory, subdirectory)))
    return sorted(names)


def export_media(stream) -> int:
    """Write every stored file into a tar archive on a binary stream; returns how many."""
    names = stored_names()
    with tarfile.open(fileobj=stream, mode="w|") as archive:
        for name in names:
            with default_storage.open(name, "rb") as file:
                data = file.read()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = int(default_storage.get_modified_time(name).timestamp())
            archive.addfile(info, io.BytesIO(data))
    return len(names)


def safe_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise SuspiciousFileOperation(f"Unsafe path in the media archive: {name!r}")
    return str(path)


def import_media(stream) -> int:
    """Store every file of a tar archive under its own name (replacing a file of that name)."""
    count = 0
    with tarfile.open(fileobj=stream, mode="r|*") as archive:
        for member in archive:
            if not member.isfile():
                continue
            name = safe_name(member.name)
            data = archive.extractfile(member).read()
            if default_storage.exists(name):
                default_storage.delete(name)
            stored = default_storage.save(name, ContentFile(data))
            if stored != name:
                raise SuspiciousFileOperation(f"{name!r} was stored as {stored!r}")
            count += 1
    return count
