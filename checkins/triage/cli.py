"""JSON lines in, one classification per line out: the body of ``checkins classify``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .classifier import classify
from .model import ASKED_VALUES, Reply, Thresholds


def classify_lines(lines: Iterable[str], thresholds: Thresholds = Thresholds()) -> Iterator[str]:
    """Yield one JSON line per non-blank input line, in order.

    Each input is an object with ``id``, ``text``, ``asked``, ``medications`` and
    ``language``. A line that cannot be read yields ``{"id": ..., "error": ...}``
    and the rest are still processed: one bad line must not hide the others.
    """
    for line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield _dumps({"id": None, "error": f"invalid JSON: {e.msg} (column {e.colno})"})
            continue
        if not isinstance(row, dict):
            yield _dumps({"id": None, "error": f"expected a JSON object, got {type(row).__name__}"})
            continue
        rid = row.get("id")
        problem = _problem(row)
        if problem:
            yield _dumps({"id": rid, "error": problem})
            continue
        reply = Reply(
            row["text"], row.get("asked") or "open", tuple(row.get("medications") or ()),
            row.get("language"),
        )
        yield _dumps({"id": rid, **classify(reply, thresholds).to_dict()})


def _problem(row: dict) -> str | None:
    """Return what is wrong with an input object, or None when it can be classified."""
    if "text" not in row:
        return "missing 'text'"
    if not isinstance(row["text"], str):
        return f"'text' must be a string, got {type(row['text']).__name__}"
    asked = row.get("asked")
    if asked is not None and not isinstance(asked, str):
        # An unknown question name reads as "open" (see Reply); a non-string is a broken line.
        return f"'asked' must be a string ({', '.join(sorted(ASKED_VALUES))})"
    meds = row.get("medications")
    if meds is not None and not (isinstance(meds, list) and all(isinstance(m, str) for m in meds)):
        return "'medications' must be a list of strings"
    language = row.get("language")
    if language is not None and not isinstance(language, str):
        return "'language' must be a string"
    return None


def _dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)
