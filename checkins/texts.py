"""The words of every text: default templates, clinic overrides, validation and rendering."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Mapping

from checkins.settings import PROJECT_ROOT
from checkins.sms.encoding import SmsCost, sms_cost

LANGUAGES = ("en", "es")
KINDS = (
    "mood", "side_effects", "adherence", "open", "reminder", "thanks",
    "crisis", "red_flag", "help", "opt_out", "opt_in", "alert",
)
PLACEHOLDERS = ("first_name", "prescriber_name", "clinic_name", "clinic_phone", "medication", "inbox_url")
# Texts that must keep the crisis numbers whatever a clinic writes.
_REQUIRED = {"crisis": ("988", "911"), "help": ("988",)}
_GENERIC_MEDICATION = {"en": "your medication", "es": "su medicamento"}
MAX_LENGTH = 640  # four GSM-7 segments; longer texts are costly and read badly


class TemplateError(ValueError):
    """A template cannot be saved or rendered; the message names the problem."""


@dataclass(frozen=True)
class Rendered:
    body: str
    cost: SmsCost


@cache
def default_templates(language: str) -> dict[str, str]:
    """Returns the shipped texts for `language` (templates/sms/<language>.toml)."""
    with open(PROJECT_ROOT / "templates" / "sms" / f"{language}.toml", "rb") as fh:
        return tomllib.load(fh)


def validate_template(kind: str, language: str, body: str) -> None:
    """Raises TemplateError naming an unknown kind, language or placeholder, or a missing crisis number."""
    if kind not in KINDS:
        raise TemplateError(f"unknown kind {kind!r}")
    if language not in LANGUAGES:
        raise TemplateError(f"unknown language {language!r}")
    if not body or not body.strip():
        raise TemplateError("the text is empty")
    if len(body) > MAX_LENGTH:
        raise TemplateError(f"the text is {len(body)} characters; the limit is {MAX_LENGTH}")
    try:
        fields = list(string.Formatter().parse(body))
    except ValueError as exc:
        raise TemplateError(f"unbalanced braces: {exc}; write {{{{ or }}}} for a literal brace") from None
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            shown = name or "{}"
            raise TemplateError(
                f"unknown placeholder {{{shown}}}; use one of " + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            )
        if spec or conversion:
            raise TemplateError(f"placeholder {{{name}}} cannot carry a format or conversion")
    for required in _REQUIRED.get(kind, ()):
        if required not in body:
            raise TemplateError(f"the {kind} text must include {required}")


def medication_phrase(names: list[str], language: str, show_names: bool) -> str:
    """Returns what {medication} reads: the names only when the clinic allows them."""
    if not show_names or not names:
        return _GENERIC_MEDICATION.get(language, _GENERIC_MEDICATION["en"])
    joiner = " y " if language == "es" else " and "
    return joiner.join(names) if len(names) <= 2 else ", ".join(names[:-1]) + joiner + names[-1]


def render(
    kind: str,
    language: str,
    context: Mapping[str, str],
    overrides: Mapping[tuple[str, str], str] | None = None,
) -> Rendered:
    """Returns the text of `kind` in `language` (falling back to English) with placeholders filled."""
    language = language if language in LANGUAGES else "en"
    body = (overrides or {}).get((kind, language)) or default_templates(language).get(kind)
    if body is None:
        raise TemplateError(f"no {kind!r} text for language {language!r}")
    values = {name: str(context.get(name) or "") for name in PLACEHOLDERS}
    text = body.format_map(values).strip()
    return Rendered(text, sms_cost(text))
