"""Keep the text index and related articles up to date: after the transaction commits, never per request."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver

from . import text_index
from .models import Article, Category, RelatedArticle

# Sent after the text index changed the stored related articles (an update or a rebuild), for
# whatever shows them: the project's page cache listens.
related_articles_changed = Signal()


class PendingUpdate:
    """One index update per transaction, however many signals (save, categories, …) asked for it."""

    def __init__(self):
        self.article_ids: list[int] = []
        self.suggested_by: set[int] = set()
        self.done = False

    def __call__(self):
        self.done = True
        text_index.update(self.article_ids, suggested_by=self.suggested_by)
        # Pages cached while the update ran show the old suggestions.
        related_articles_changed.send(sender=Article)


def schedule_update(article_ids, *, suggested_by=()):
    connection = transaction.get_connection()
    # Django keeps the callbacks of the open transaction in run_on_commit: (savepoints, func, robust).
    waiting = (func for _, func, _ in connection.run_on_commit if isinstance(func, PendingUpdate))
    pending = next((func for func in waiting if not func.done), None)
    if pending is None:
        pending = PendingUpdate()
        register = True
    else:
        register = False
    pending.article_ids.extend(pk for pk in article_ids if pk not in pending.article_ids)
    pending.suggested_by.update(suggested_by)
    if register:
        # robust: a failing index update is logged; it must not turn a saved article into an error page.
        transaction.on_commit(pending, robust=True)


@receiver(post_save, sender=Article, dispatch_uid="blog_related_article_saved")
def article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule_update([instance.pk])


@receiver(pre_delete, sender=Article, dispatch_uid="blog_related_article_deleting")
def article_deleting(sender, instance, **kwargs):
    # The cascade deletes the rows that say which lists held this article: remember them first.
    instance._suggested_by = set(
        RelatedArticle.objects.filter(related=instance).values_list("article_id", flat=True)
    )
    text_index.forget(instance.pk)


@receiver(post_delete, sender=Article, dispatch_uid="blog_related_article_deleted")
def article_deleted(sender, instance, **kwargs):
    schedule_update([instance.pk], suggested_by=getattr(instance, "_suggested_by", ()))


@receiver(m2m_changed, sender=Article.categories.through, dispatch_uid="blog_related_categories")
def article_categories_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:
        instance._cleared_article_ids = list(instance.articles.values_list("pk", flat=True))
    elif action in ("post_add", "post_remove", "post_clear"):
        if not reverse:
            schedule_update([instance.pk])
        elif action == "post_clear":
            schedule_update(getattr(instance, "_cleared_article_ids", []))
        else:
            schedule_update(sorted(pk_set))


@receiver(pre_delete, sender=Category, dispatch_uid="blog_related_category_deleting")
def category_deleting(sender, instance, **kwargs):
    schedule_update(list(instance.articles.values_list("pk", flat=True)))
