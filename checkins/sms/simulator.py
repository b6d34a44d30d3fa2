"""The built-in transport when no Twilio account is configured: texts go nowhere.

The outbound message row itself is the record the simulator page shows, so
sending only has to hand back an id in the provider's shape.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from checkins.sms.transport import OutboundSMS


class SimulatorTransport:
    name = "simulator"

    def send(self, sms: OutboundSMS) -> str:
        """Returns a fresh simulated message id; nothing leaves the machine."""
        return "SM" + uuid.uuid4().hex

    def find_sent(self, to: str, since: datetime, body: str) -> str | None:
        """Returns None: an interrupted simulated send is simply sent again (no phone receives it)."""
        return None
