# Production with WebSockets: several server processes share one channel layer.
import os

from .production import *  # noqa: F403

# region: channel-layers
# Redis carries group messages between server processes (package channels-redis).
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [os.environ.get("REDIS_URL", "redis://localhost:6379/0")]},
    }
}
# endregion
