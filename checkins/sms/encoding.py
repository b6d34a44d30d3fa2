"""How a text will be billed: GSM-7 or UCS-2, and how many segments."""

from __future__ import annotations

import math
from dataclasses import dataclass

# GSM 03.38 basic character set.
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each costs two septets (escape + character).
_GSM_EXTENDED = set("^{}\\[~]|€\f")


@dataclass(frozen=True)
class SmsCost:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int     # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int

    @property
    def label(self) -> str:
        """Returns a short description for screens, e.g. 'GSM-7, 1 segment'."""
        plural = "" if self.segments == 1 else "s"
        return f"{self.encoding}, {self.segments} segment{plural}"


def sms_cost(text: str) -> SmsCost:
    """Returns the encoding and segment count a carrier will bill for `text`.

    One character outside GSM-7 (an emoji, a curly quote, "á") switches the
    whole message to UCS-2, which fits 70 characters instead of 160.
    """
    if all(ch in _GSM_BASIC or ch in _GSM_EXTENDED for ch in text):
        units = sum(2 if ch in _GSM_EXTENDED else 1 for ch in text)
        return SmsCost("GSM-7", units, 1 if units <= 160 else math.ceil(units / 153))
    units = len(text.encode("utf-16-le")) // 2
    return SmsCost("UCS-2", units, 1 if units <= 70 else math.ceil(units / 67))
