"""Every number goes through phonenumbers: stored as E.164, refused with the reason."""

from __future__ import annotations

import pytest

from checkins.phones import PhoneError, mask, normalize_phone, try_normalize


@pytest.mark.parametrize("raw, region, expected", [
    ("(202) 555-0143", "US", "+12025550143"),
    ("202.555.0143", "US", "+12025550143"),
    ("+1 415 555 2671", "US", "+14155552671"),
    ("07400 123456", "GB", "+447400123456"),
    ("+52 55 1234 5678", "US", "+525512345678"),
], ids=["us-parens", "us-dots", "international", "uk-mobile-national", "mexico-mobile"])
def test_numbers_are_stored_in_e164(raw, region, expected):
    assert normalize_phone(raw, region) == expected


@pytest.mark.parametrize("raw, reason", [
    ("", "is required"),
    ("call me", "is not a phone number"),
    ("12", "wrong number of digits"),
    ("+1 202 555 01", "wrong number of digits"),
    ("+1 000 555 0143", "not a valid number"),
    ("+44 20 7183 8750", "landline"),
    ("+49 30 123456", "landline"),
], ids=["empty", "words", "too-short", "us-short", "invalid-area", "uk-landline", "de-landline"])
def test_unusable_numbers_are_refused_with_the_reason(raw, reason):
    with pytest.raises(PhoneError, match=reason):
        normalize_phone(raw, "US")


def test_inbound_senders_are_normalized_without_the_mobile_rule():
    assert try_normalize("+44 20 7183 8750") == "+442071838750"
    assert try_normalize("not a number") is None


def test_masking_hides_all_but_the_last_two_digits():
    assert mask("+12025550143") == "•" * 9 + "43"
