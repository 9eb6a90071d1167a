"""Django's built-in Redis cache, with one redis client per connection pool instead of one per call.

Django builds a new `redis.Redis` for every cache operation; with redis-py 8 that costs more
than the GET itself (it fills a table of ~170 response callbacks each time). A redis client is
thread-safe and holds no connection of its own, so one per pool is enough.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return self._clients[index]


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
