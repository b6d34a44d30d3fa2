"""``classify_lines``: the JSON-lines contract of ``checkins classify``."""

from __future__ import annotations

import json

from checkins.triage import Thresholds
from checkins.triage.cli import classify_lines

OUTPUT_KEYS = ["id", "triage", "crisis", "keyword", "mood", "side_effects", "adherence", "reasons"]


def _run(*lines, **kwargs):
    return [json.loads(out) for out in classify_lines(lines, **kwargs)]


def _line(**fields):
    return json.dumps(fields) + "\n"


def test_one_output_per_input_in_order_keeping_ids():
    out = _run(
        _line(id="a", text="i want to die", asked="open", medications=["sertraline"], language="en"),
        _line(id="b", text="4", asked="mood", medications=[], language="en"),
        _line(id=3, text="STOP", asked="open", medications=[], language=None),
    )
    assert [o["id"] for o in out] == ["a", "b", 3]
    assert all(list(o) == OUTPUT_KEYS for o in out)
    assert out[0]["triage"] == "urgent" and out[0]["crisis"] is True and "crisis" in out[0]["reasons"]
    assert out[1]["mood"] == 4 and out[1]["triage"] == "none"
    assert out[2]["keyword"] == "stop"


def test_fields_match_the_classifier():
    out = _run(_line(id=1, text="rash on my arms", asked="side_effects",
                     medications=["lamotrigine"], language="en"))[0]
    assert out["side_effects"] == ["rash"]
    assert out["reasons"][0] == "red_flag:rash"


def test_blank_lines_are_skipped():
    out = _run("\n", "   \n", _line(id=1, text="ok"), "")
    assert [o["id"] for o in out] == [1]


def test_bad_json_yields_an_error_and_processing_continues():
    out = _run("{not json\n", _line(id=2, text="fine thanks"))
    assert out[0]["id"] is None and "invalid JSON" in out[0]["error"]
    assert out[1]["id"] == 2 and out[1]["triage"] == "none"


def test_a_json_value_that_is_not_an_object_is_an_error():
    out = _run("[1, 2]\n", '"text"\n', "42\n", "null\n")
    assert all(o["id"] is None and "object" in o["error"] for o in out)
    assert len(out) == 4


def test_text_must_be_a_string_and_the_id_is_kept():
    out = _run(_line(id="x", text=5), _line(id="y", text=None), _line(id="z"))
    assert [o["id"] for o in out] == ["x", "y", "z"]
    assert all(set(o) == {"id", "error"} for o in out)
    assert "string" in out[0]["error"] and "missing" in out[2]["error"]


def test_badly_typed_context_is_an_error_not_a_crash():
    out = _run(_line(id=1, text="ok", medications="lithium"), _line(id=2, text="ok", asked=3),
               _line(id=3, text="ok", language=["en"]))
    assert [o["id"] for o in out] == [1, 2, 3]
    assert all("error" in o for o in out)


def test_missing_context_defaults_to_an_open_message():
    out = _run(_line(id=1, text="3"), _line(id=2, text="3", asked="mood"),
               _line(id=3, text="3", asked="something new"))
    assert out[0]["mood"] is None  # a bare number is a mood only in answer to the mood question
    assert out[1]["mood"] == 3
    assert out[2]["mood"] is None and "error" not in out[2]


def test_unicode_is_written_as_is():
    line = next(classify_lines([_line(id="ñ", text="me quiero morir 😢", language="es")]))
    assert '"ñ"' in line and json.loads(line)["crisis"] is True


def test_thresholds_are_passed_through():
    line = _line(id=1, text="3", asked="mood")
    assert _run(line)[0]["triage"] == "routine"
    assert _run(line, thresholds=Thresholds(low_mood_max=3))[0]["triage"] == "high"


def test_lazy_over_a_stream():
    def stream():
        yield _line(id=1, text="ok")
        raise AssertionError("read past the first line")

    assert json.loads(next(classify_lines(stream())))["id"] == 1
