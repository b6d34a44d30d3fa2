"""The one error type for rejected input: a message per field, nothing saved."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input was refused; `errors` maps each bad field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))
