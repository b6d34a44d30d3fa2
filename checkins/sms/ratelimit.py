"""Send-rate limit shared by every worker process through Redis.

GCRA without burst: each sender key stores the theoretical arrival time (TAT)
of its next free slot, in integer microseconds. A reservation takes slot
``max(TAT, now)`` and moves TAT one interval later, atomically in one Lua
script, so granted slots for a key are always at least ``1/rate`` apart no
matter how many processes reserve concurrently. Time comes from the Redis
server (``TIME``) so workers on hosts with skewed clocks agree.
"""

from __future__ import annotations

import math
import time
from typing import Callable

from redis import Redis

KEY_PREFIX = "checkins:ratelimit:"

# Share of the provider's cap that senders are paced at. Slots are granted
# 1/rate apart, but a text reaches the provider a little after its slot, by a
# delay that varies (thread wake-up, the request being written): at exactly
# the cap, one text delayed less than the one before puts cap + 1 texts in
# some one-second window at the provider. At 96% (slots 20.8 ms apart at 50/s),
# cap + 1 slots span 1.04 s, so a window only overflows if arrivals shift by
# more than about 40 ms relative to each other.
PROVIDER_PACE = 0.96

# KEYS[1]: TAT key. ARGV[1]: interval (µs). ARGV[2]: now (µs), or "" for the
# server clock. Returns the wait in µs before the granted slot.
# Integers stay below 2^53, so Lua's doubles hold them exactly.
_RESERVE_LUA = """
local interval = tonumber(ARGV[1])
local now
if ARGV[2] == "" then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
else
  now = tonumber(ARGV[2])
end
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then
  tat = now
end
local next_tat = tat + interval
-- Once TAT is in the past the key carries no information; let it expire.
local ttl_ms = math.floor((next_tat - now) / 1000) + 1000
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', ttl_ms)
return tat - now
"""


class RateLimiter:
    """At most ``rate_per_second`` granted slots per key, shared through Redis.

    Any half-open window of one second contains at most ``floor(rate)`` slots
    for a key (the interval is rounded *up* to a whole microsecond).
    """

    def __init__(
        self,
        redis: Redis,
        rate_per_second: float,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not rate_per_second > 0 or math.isinf(rate_per_second):
            raise ValueError("rate_per_second must be a positive finite number")
        self.rate_per_second = rate_per_second
        # round() first so exact rates (50 -> 20000 µs) are not pushed up by
        # float noise; ceil() so the spacing is never below 1/rate.
        self.interval_us = max(1, math.ceil(round(1_000_000 / rate_per_second, 6)))
        self._clock = clock
        self._sleep = sleep
        self._script = redis.register_script(_RESERVE_LUA)

    @classmethod
    def for_provider(cls, redis: Redis, cap_per_second: float, **kwargs) -> "RateLimiter":
        """A limiter for sends to a provider that allows ``cap_per_second``: paced
        at ``PROVIDER_PACE`` of it, so the provider never sees more than the cap
        in any one-second window."""
        return cls(redis, cap_per_second * PROVIDER_PACE, **kwargs)

    def reserve(self, key: str) -> float:
        """Reserves the next slot for ``key``; returns the seconds to wait
        before using it (0.0 when the slot is now). Slots granted for the same
        key, by any process, are never closer than ``1/rate`` apart."""
        if not key:
            raise ValueError("rate limit key must be non-empty")
        now_arg = "" if self._clock is None else str(round(self._clock() * 1_000_000))
        wait_us = int(self._script(keys=[KEY_PREFIX + key], args=[self.interval_us, now_arg]))
        return wait_us / 1_000_000 if wait_us > 0 else 0.0

    def acquire(self, key: str) -> None:
        """Reserves the next slot for ``key`` and sleeps until it is due."""
        wait = self.reserve(key)
        if wait > 0:
            self._sleep(wait)
