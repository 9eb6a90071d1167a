from django.urls import path

from . import feeds, views

app_name = "blog"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="article-list"),
    path("feed/", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
    path("categorie/<slug:slug>/", views.ArticleListView.as_view(), name="category"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
]
