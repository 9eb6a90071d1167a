"""Who may do what with articles, in one place."""


def may_edit_articles(user) -> bool:
    """Staff who may write or edit articles: they use the Markdown editor and preview drafts."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("blog.add_article") or user.has_perm("blog.change_article"))
    )
