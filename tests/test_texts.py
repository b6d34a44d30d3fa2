"""Template checks, rendering in each language, and the cost of a text."""

from __future__ import annotations

import pytest

from checkins.sms.encoding import sms_cost
from checkins.texts import KINDS, LANGUAGES, TemplateError, default_templates, render, validate_template

CONTEXT = dict(first_name="Ana", prescriber_name="Dr. Rivera", clinic_name="Lakeside", clinic_phone="+12025550100",
               medication="your medication", inbox_url="https://x/inbox")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_shipped_default_is_valid_and_renders(kind, language):
    validate_template(kind, language, default_templates(language)[kind])
    rendered = render(kind, language, CONTEXT)
    assert "{" not in rendered.body and rendered.cost.segments >= 1


def test_an_unknown_placeholder_is_named_in_the_error():
    with pytest.raises(TemplateError, match=r"unknown placeholder \{diagnosis\}"):
        validate_template("mood", "en", "Hi {first_name}, how is your {diagnosis}?")


@pytest.mark.parametrize("body, problem", [
    ("Hi {first_name.__class__}", "unknown placeholder"),
    ("Hi {0}", "unknown placeholder"),
    ("Hi {}", "unknown placeholder"),
    ("Hi {first_name!r}", "format or conversion"),
    ("Hi {first_name:>20}", "format or conversion"),
    ("Hi {first_name", "unbalanced braces"),
    ("   ", "empty"),
    ("x" * 700, "limit is 640"),
], ids=["attribute", "positional", "empty-field", "conversion", "format-spec", "unbalanced", "blank", "too-long"])
def test_malformed_templates_are_refused_with_the_reason(body, problem):
    with pytest.raises(TemplateError, match=problem):
        validate_template("mood", "en", body)


def test_the_crisis_text_must_keep_988_and_911():
    with pytest.raises(TemplateError, match="must include 988"):
        validate_template("crisis", "en", "Please call us at {clinic_phone}. In danger call 911.")
    with pytest.raises(TemplateError, match="must include 911"):
        validate_template("crisis", "en", "Call or text 988.")


def test_literal_braces_are_allowed_when_doubled():
    validate_template("open", "en", "Reply {{yes}} or {{no}}")
    assert render("open", "en", CONTEXT, {("open", "en"): "Reply {{yes}}"}).body == "Reply {yes}"


def test_a_clinic_override_replaces_the_default_for_that_language_only():
    overrides = {("mood", "en"): "Hey {first_name}! Mood 1-5?"}
    assert render("mood", "en", CONTEXT, overrides).body == "Hey Ana! Mood 1-5?"
    assert render("mood", "es", CONTEXT, overrides).body.startswith("Hola Ana")


def test_an_unknown_language_falls_back_to_english():
    assert render("mood", "fr", CONTEXT).body.startswith("Hi Ana")


@pytest.mark.parametrize("text, encoding, segments", [
    ("a" * 160, "GSM-7", 1),
    ("a" * 161, "GSM-7", 2),
    ("a" * 306, "GSM-7", 2),
    ("a" * 307, "GSM-7", 3),
    ("{" * 80, "GSM-7", 1),           # extension characters cost two septets each
    ("{" * 81, "GSM-7", 2),
    ("a" * 70, "GSM-7", 1),
    ("a" * 69 + "é", "GSM-7", 1),     # é is in the GSM basic set
    ("a" * 69 + "á", "UCS-2", 1),
    ("a" * 70 + "á", "UCS-2", 2),
    ("a" * 68 + "🙂", "UCS-2", 1),    # an emoji takes two UTF-16 units
    ("a" * 69 + "🙂", "UCS-2", 2),
    ("a" * 134, "GSM-7", 1),
    ("á" * 134, "UCS-2", 2),
    ("á" * 135, "UCS-2", 3),
], ids=lambda v: str(v)[:12])
def test_encoding_and_segment_count(text, encoding, segments):
    cost = sms_cost(text)
    assert (cost.encoding, cost.segments) == (encoding, segments)
