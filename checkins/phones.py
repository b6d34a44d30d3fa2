"""Phone number parsing: every number in the product passes through here."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType


class PhoneError(ValueError):
    """The number cannot be used for texts; `reason` says why (no digits of the number in it)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "has no valid country code",
    NumberParseException.NOT_A_NUMBER: "is not a phone number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "is too short",
    NumberParseException.TOO_SHORT_NSN: "is too short",
    NumberParseException.TOO_LONG: "is too long",
}

# Types that cannot receive a text message.
_NOT_TEXTABLE = {
    PhoneNumberType.FIXED_LINE: "is a landline and cannot receive texts",
    PhoneNumberType.PREMIUM_RATE: "is a premium-rate number",
    PhoneNumberType.SHARED_COST: "is a shared-cost number",
    PhoneNumberType.PAGER: "is a pager number",
    PhoneNumberType.UAN: "is not a personal number",
    PhoneNumberType.VOICEMAIL: "is a voicemail number",
}


def normalize_phone(raw: str, region: str = "US", *, require_mobile: bool = True) -> str:
    """Returns `raw` as E.164, or raises PhoneError naming the problem.

    With `require_mobile`, numbers known to be landlines (and other types that
    cannot take texts) are refused; FIXED_LINE_OR_MOBILE (most of the US and
    Canada) is accepted since the two cannot be told apart from the number.
    """
    text = (raw or "").strip()
    if not text:
        raise PhoneError("is required")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise PhoneError(_PARSE_REASONS.get(exc.error_type, "is not a phone number")) from None
    if not phonenumbers.is_possible_number(number):
        raise PhoneError("has the wrong number of digits")
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("is not a valid number")
    if require_mobile:
        reason = _NOT_TEXTABLE.get(phonenumbers.number_type(number))
        if reason:
            raise PhoneError(reason)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalize(raw: str, region: str = "US") -> str | None:
    """Returns E.164 for an inbound sender number, or None when it cannot be parsed."""
    try:
        return normalize_phone(raw, region, require_mobile=False)
    except PhoneError:
        return None


def mask(e164: str) -> str:
    """Returns the number with all but the last two digits hidden, for screens."""
    return "•" * max(len(e164) - 3, 0) + e164[-2:] if e164 else ""
