"""RQ worker classes for bench_send.py (loaded by `rq worker --worker-class _workers.<Name>`).

ForkWorker and SimpleWorker are RQ's own classes under bench names. The
Preload* variants import the whole send path before the first job, so a
forked job skips the imports (it still builds its own engine and connections
after the fork) and no send pays the SDK's lazy loading after its slot.

With BENCH_TRACE=1 every worker records, per text, the rate-limit slot, when
the sender woke for it, and when the request head was written to the
provider's socket: monotonic seconds (one clock for all processes on a
Linux host) pushed to a Redis list. Only checkins.sms.ratelimit is imported
for that, so tracing adds no preloading of its own. No message data is recorded.
"""

from __future__ import annotations

import http.client
import os
import threading
import time

from rq import SimpleWorker as _SimpleWorker
from rq import Worker

TRACE_KEY = "bench:trace"
_redis: list = []  # the limiter's client, taken on first use (workers build it after the fork)
_mine = threading.local()  # the slot and wake-up of the text this thread is sending


def _install_trace() -> None:
    from checkins.sms import ratelimit

    plain_endheaders = http.client.HTTPConnection.endheaders

    def acquire(self, key: str) -> None:
        # RateLimiter.reserve with the host's monotonic clock passed in (an option the limiter
        # has): every process here shares that clock, and the granted slot becomes exact.
        now = time.monotonic()
        wait = int(self._script(keys=[ratelimit.KEY_PREFIX + key], args=[self.interval_us, str(round(now * 1e6))]))
        slot = now + max(wait, 0) / 1e6
        if wait > 0:
            self._sleep(wait / 1e6)
        _mine.slot, _mine.woke = slot, time.monotonic()
        if not _redis:
            _redis.append(self._script.registered_client)

    def endheaders(self, *args, **kwargs):
        slot = getattr(_mine, "slot", None)
        if slot is not None and _redis:
            _mine.slot = None
            _redis[0].rpush(TRACE_KEY, f"{slot:.6f} {_mine.woke:.6f} {time.monotonic():.6f}")
        return plain_endheaders(self, *args, **kwargs)

    ratelimit.RateLimiter.acquire = acquire
    http.client.HTTPConnection.endheaders = endheaders


if os.environ.get("BENCH_TRACE") == "1":
    _install_trace()


def _preload() -> None:
    # Everything a send job imports, including the Messages API modules the Twilio SDK
    # loads on first use of client.messages (~45 ms, taken after a rate-limit slot was granted).
    import twilio.rest.api.v2010.account.message  # noqa: F401

    import checkins.sms.twilio_transport  # noqa: F401
    import worker.jobs  # noqa: F401


class ForkWorker(Worker):
    """RQ's default: one forked work horse per job."""


class SimpleWorker(_SimpleWorker):
    """No fork: jobs run in the worker process, which keeps its services between jobs."""


class PreloadForkWorker(Worker):
    """Forks per job like the default, with the send path imported before forking."""

    def __init__(self, *args, **kwargs):
        _preload()
        super().__init__(*args, **kwargs)


class PreloadSimpleWorker(_SimpleWorker):
    """No fork, with the send path imported before the first job."""

    def __init__(self, *args, **kwargs):
        _preload()
        super().__init__(*args, **kwargs)


def __getattr__(name: str):
    # ProcfileWorker, the Procfile's worker class, is built on first use: importing it preloads
    # the send path, which the other classes here must not do.
    if name == "ProcfileWorker":
        from worker.preload import PreloadedWorker

        globals()[name] = type("ProcfileWorker", (PreloadedWorker,), {"__doc__": "The Procfile's worker class."})
        return globals()[name]
    raise AttributeError(name)
