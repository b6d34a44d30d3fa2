"""Ordinary replies that share words with overdoses and farewells are never read as a crisis.

"took it every day", "ya me la tomé", "all my pills are in the organizer": the learned model
once scored plain adherence answers like these above its threshold. The list trains the model
as negatives, so this checks the whole classifier keeps every one of them below crisis.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkins.triage import Reply, classify

LINES = [line for line in (Path(__file__).parent / "data" / "everyday-replies.txt").read_text(encoding="utf-8")
         .splitlines() if line and not line.startswith("#")]


def test_the_list_is_large_and_bilingual():
    assert len(LINES) >= 300
    assert sum(any(ch in line for ch in "áéíóúñ¿") or " me " in f" {line} " for line in LINES) >= 60


@pytest.mark.parametrize("asked", ["adherence", "open"])
def test_no_everyday_reply_is_read_as_a_crisis(asked):
    flagged = [(line, classify(Reply(text=line, asked=asked)).reasons) for line in LINES]
    flagged = [(line, reasons) for line, reasons in flagged if "crisis" in reasons or "crisis_model" in reasons]
    assert not flagged, flagged
