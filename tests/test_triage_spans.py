"""``matches`` point at the words that triggered a finding, in the original text's offsets."""

from __future__ import annotations

import pytest

from checkins.triage import Reply, classify


def _spans(text, asked="open", meds=()):
    result = classify(Reply(text, asked, meds))
    return {(text[s:e], reason) for s, e, reason in result.matches}, result


@pytest.mark.parametrize("text,phrase,reason", [
    ("i keep thinking about killing myself", "thinking about killing myself", "crisis"),
    ("😢😢 me quiero morir, ya no aguanto más", "me quiero morir", "crisis"),
    ("😢😢 me quiero morir, ya no aguanto más", "ya no aguanto más", "crisis"),
    ("Mi familia estaría mejor sin mí 💔", "estaría mejor sin mí", "crisis"),
    ("4 👍 but I took way too many pills 😬", "took way too many", "crisis"),
    ("i wnat to kil myslef 💀", "kil myslef", "crisis"),
    ("Ｉ'm fine 🙂 but honestly I don’t want to be alive anymore",
     "don’t want to be alive", "crisis"),
    ("Me salió un sarpullido 🙁 en los brazos", "sarpullido", "red_flag:rash"),
    ("dolor en el pecho 💔💔", "dolor en el pecho", "red_flag:chest_pain"),
    ("ÁNIMO: 2 — me siento fatal", "me siento fatal", "low_mood"),
    ("stop texting me 🙏", "stop texting me", "opt_out"),
    ("se me olvidó tomarla el lunes", "se me olvidó", "missed_doses"),
])
def test_span_is_the_triggering_phrase(text, phrase, reason):
    spans, _ = _spans(text, "side_effects" if reason.startswith("red_flag") else "open", ("lamotrigine",))
    assert (phrase, reason) in spans


def test_whole_message_keyword_span_excludes_padding():
    spans, result = _spans("  STOP  ")
    assert result.keyword == "stop" and spans == {("STOP", "opt_out")}


def test_spans_lie_inside_the_text_and_are_sorted():
    for text in ["🙏🏽 gracias doctora, me quiero matar 😔 la verdad", "ﬁne but dizzy & heart racing!!!",
                 "ok\u200d\U0001F44D\uFE0F but rash 😳 on my árms"]:
        result = classify(Reply(text, "side_effects", ("lamotrigine",)))
        assert result.matches == tuple(sorted(result.matches))
        for start, end, _ in result.matches:
            assert 0 <= start < end <= len(text)
            assert text[start].strip() and text[end - 1].strip()


def test_no_findings_no_spans():
    assert classify(Reply("thanks!")).matches == ()
