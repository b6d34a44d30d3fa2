"""The SMS transport interface shared by every provider implementation.

Message bodies and phone numbers are health information: nothing in this
module (or its implementations) may put them in logs or exception messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


class TransportError(Exception):
    """A send or lookup failed at the provider or on the network.

    ``permanent`` is True when retrying the same message cannot succeed
    (e.g. the recipient unsubscribed or the number is invalid); ``code`` is the
    provider's error code when it gave one. The message carries only status
    codes and error class names, never a body or a phone number.
    """

    def __init__(self, message: str, *, code: int | None = None, permanent: bool):
        super().__init__(message)
        self.code = code
        self.permanent = permanent

    def __reduce__(self):
        # Keyword-only arguments defeat Exception's default pickling, which
        # job queues rely on to carry failures between processes.
        return (_rebuild_transport_error, (self.args[0], self.code, self.permanent))

    def __repr__(self) -> str:
        return (
            f"TransportError({self.args[0]!r}, code={self.code!r}, "
            f"permanent={self.permanent!r})"
        )


def _rebuild_transport_error(message: str, code: int | None, permanent: bool) -> TransportError:
    return TransportError(message, code=code, permanent=permanent)


@dataclass(frozen=True)
class OutboundSMS:
    """One outbound text. ``to`` is E.164."""

    to: str
    body: str
    status_callback: str | None = None

    # Explicit repr (dataclass keeps it) so an OutboundSMS that reaches a
    # traceback, log line or debugger print does not expose recipient or text.
    def __repr__(self) -> str:
        return f"OutboundSMS(to=<redacted>, body=<{len(self.body)} chars>)"


@runtime_checkable
class Transport(Protocol):
    """What the sender needs from an SMS provider."""

    name: str

    def send(self, sms: OutboundSMS) -> str:
        """Submit ``sms``; returns the provider's message id.

        Raises TransportError. A transient error (``permanent=False``) after the
        request left this host does not prove the message was not accepted:
        reconcile with :meth:`find_sent` before sending again.
        """
        ...

    def find_sent(self, to: str, since: datetime, body: str) -> str | None:
        """Returns the provider id of a message to ``to`` with exactly ``body``
        created at or after ``since`` (second resolution), else None.

        Used to reconcile a send interrupted by a crash or timeout so that it is
        never blindly resent. Raises TransportError.
        """
        ...
