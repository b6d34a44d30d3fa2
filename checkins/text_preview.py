"""The clinic's texts as an admin sees them: current wording per kind and language, and live previews. No Flask here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from checkins.models import Patient, User
from checkins.outbox import active_medication_names, get_clinic, template_overrides, text_context
from checkins.sms.encoding import sms_cost
from checkins.texts import (
    KINDS,
    LANGUAGES,
    TemplateError,
    default_templates,
    medication_phrase,
    render,
    validate_template,
)

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
KIND_NAMES = {
    "mood": "Question: mood", "side_effects": "Question: side effects", "adherence": "Question: taking it",
    "open": "Question: anything else", "reminder": "Reminder", "thanks": "Thanks", "crisis": "Crisis resources",
    "red_flag": "Red-flag advice", "help": "HELP answer", "opt_out": "Opt-out confirmation",
    "opt_in": "Opt-in confirmation", "alert": "Urgent alert to staff",
}
# Who the preview is for when no patient is chosen: believable, and nobody's data.
SAMPLE_FIRST_NAME = "Alex"
SAMPLE_PRESCRIBER = "Dr. Sam Rivera"
SAMPLE_MEDICATIONS = ("sertraline",)
PICKER_LIMIT = 200


@dataclass(frozen=True)
class TextRow:
    kind: str
    language: str
    body: str
    overridden: bool

    @property
    def title(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)


@dataclass(frozen=True)
class Preview:
    """The rendered text and what it costs, or the reason it cannot be saved (then the cost of the raw text)."""

    body: str | None
    encoding: str
    segments: int
    units: int
    label: str
    error: str | None = None

    def to_dict(self) -> dict:
        return {"body": self.body, "encoding": self.encoding, "segments": self.segments, "units": self.units,
                "label": self.label, "error": self.error}


def known(kind: str, language: str) -> bool:
    return kind in KINDS and language in LANGUAGES


def text_rows(session: Session) -> list[TextRow]:
    """Every kind in every language: the clinic's wording where it has one, else the shipped default."""
    overrides = template_overrides(session)
    return [TextRow(kind, language, overrides.get((kind, language)) or default_templates(language)[kind],
                    (kind, language) in overrides)
            for kind in KINDS for language in LANGUAGES]


def current_row(session: Session, kind: str, language: str) -> TextRow:
    body = template_overrides(session).get((kind, language))
    return TextRow(kind, language, body or default_templates(language)[kind], body is not None)


def picker_patients(session: Session, limit: int = PICKER_LIMIT) -> list[Patient]:
    """Patients to preview a text for, by name (a sample patient is always offered besides these)."""
    return list(session.exec(select(Patient).order_by(Patient.last_name, Patient.first_name, Patient.id)
                             .limit(limit)).all())


def preview(session: Session, kind: str, language: str, body: str, *, patient: Patient | None,
            base_url: str) -> Preview:
    """Renders `body` as (kind, language) for `patient` (or the sample patient) without saving anything."""
    try:
        validate_template(kind, language, body)
    except TemplateError as exc:
        cost = sms_cost(body or "")
        return Preview(None, cost.encoding, cost.segments, cost.units, cost.label, str(exc))
    clinic = get_clinic(session)
    if patient is not None:
        medications = active_medication_names(session, patient.id)
        context = text_context(clinic, patient, session.get(User, patient.prescriber_id), medications)
    else:
        medications = list(SAMPLE_MEDICATIONS)
        context = text_context(clinic, None, None, first_name=SAMPLE_FIRST_NAME, prescriber_name=SAMPLE_PRESCRIBER)
    # The text goes out in the template's language, whatever the chosen patient prefers.
    context["medication"] = medication_phrase(medications, language, clinic.show_medication_names)
    context["inbox_url"] = f"{base_url.rstrip('/')}/inbox/escalations/1"
    rendered = render(kind, language, context, {(kind, language): body})
    cost = rendered.cost
    return Preview(rendered.body, cost.encoding, cost.segments, cost.units, cost.label)
