"""The one error type for rejected input (a message per field, nothing saved) and the field checks shared by forms."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input was refused; `errors` maps each bad field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


MEDICATION_NAME_MAX = 80


def required_text_error(value: str, limit: int) -> str | None:
    """What is wrong with a required, already stripped text field, or None."""
    if not value:
        return "is required"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    return None


def medication_name_error(name: str) -> str | None:
    """What is wrong with a (stripped) medication name, or None: it goes into texts and is stored as typed."""
    if problem := required_text_error(name, MEDICATION_NAME_MAX):
        return problem
    if not name.isprintable():
        return "contains a line break or control character"
    return None
