"""The access log gets a name nothing else shadows (django-axes has an AccessLog too)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_request_notes")]

    operations = [migrations.RenameModel("AccessLog", "RequestAccessLog")]
