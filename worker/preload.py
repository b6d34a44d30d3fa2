"""The RQ worker class the Procfile runs: RQ's forking worker with the send path imported up front.

RQ's default worker forks a work horse per job and the horse imports the
job's module on first use: every send job would pay SQLAlchemy, the models,
the Twilio SDK (whose Messages API modules load lazily on first use) and
their dependencies again, about a second of CPU, while the rate limiter
waits for it. Imported here, in the parent, every forked horse inherits
them. Nothing is connected before the fork: each horse still builds its own
engine, Redis client and provider session (see checkins.services.current).

Used as ``rq worker --worker-class worker.preload.PreloadedWorker ...``.
"""

from __future__ import annotations

from rq import Worker

# The send path and everything it imports, loaded once in the worker process.
import twilio.rest.api.v2010.account.message  # noqa: F401  (loaded lazily by client.messages otherwise)
import checkins.sending  # noqa: F401
import checkins.sms.ratelimit  # noqa: F401
import checkins.sms.twilio_transport  # noqa: F401
import checkins.tick  # noqa: F401
import worker.jobs  # noqa: F401


class PreloadedWorker(Worker):
    """Forks a work horse per job, like RQ's default worker, from a process that has imported the job code."""
