"""Development e-mail: printed to the console as a person reads it.

Django's console backend prints the raw message: quoted-printable text and a base64 `.ics`.
This one prints the headers decoded, each text part (the calendar invitation included) as plain
UTF-8, and only the name, type and size of other attachments. Used when DEBUG is on and
EMAIL_URL is `consolemail://` (settings.py).
"""

from django.core.mail.backends.console import EmailBackend

SKIPPED_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}


class ReadableConsoleBackend(EmailBackend):
    def write_message(self, message):
        email = message.message()
        lines = [f"{name}: {value}" for name, value in email.items() if name.lower() not in SKIPPED_HEADERS]
        for part in email.walk():
            if part.is_multipart():
                continue
            label = part.get_content_type()
            if filename := part.get_filename():
                label += f" ({filename})"
            lines += ["", f"--- {label} ---"]
            if part.get_content_maintype() == "text":
                lines.append(part.get_content().rstrip("\n").replace("\r\n", "\n"))
            else:
                lines.append(f"[{len(part.get_payload(decode=True) or b'')} bytes]")
        self.stream.write("\n".join(lines) + "\n" + "-" * 79 + "\n")
