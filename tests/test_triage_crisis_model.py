"""The learned second opinion: raises crisis wordings no rule knows, never overrides a guard."""

from __future__ import annotations

import pytest

from checkins.inbox import reason_words
from checkins.triage import Reply, classify
from checkins.triage import crisis_model
from checkins.triage.crisis import without_crisis_words
from checkins.triage.crisis_model import crisis_probability, says_crisis
from checkins.triage.normalize import normalize

MODEL = crisis_model._model()
# A score past the threshold at which the model speaks, short of the one that overrules the rules' reading.
UNSURE = (MODEL.threshold + MODEL.guarded_threshold) / 2
CONFIDENT = (MODEL.guarded_threshold + MODEL.idiom_threshold) / 2


def test_a_crisis_no_rule_recognises_is_raised_and_says_where_it_came_from():
    text = "bought a lot of sleeping pills today, enough"
    reading = classify(Reply(text=text))
    assert reading.crisis and reading.triage == "urgent"
    assert "crisis_model" in reading.reasons and "crisis" not in reading.reasons
    assert reading.matches == ((0, len(text), "crisis_model"),)  # the whole text is highlighted
    assert reason_words("crisis_model") == "Possible crisis language (learned model)"


def test_a_good_mood_score_does_not_silence_it():
    reading = classify(Reply(text="4. bought a lot of sleeping pills today, enough for tonight", asked="mood"))
    assert reading.mood == 4 and reading.crisis and reading.triage == "urgent"


@pytest.mark.parametrize("text, reason", [
    ("not thinking about ending it, just want to sleep for a week", None),  # denied
    ("i don't want to die", None),  # its words alone score high
    ("my brother wants to end it all tonight", "third_party_crisis"),
    ("years ago i overdosed on purpose, today im fine", "past_crisis"),
])
def test_what_the_rules_denied_or_read_as_past_or_someone_elses_stays_so(monkeypatch, text, reason):
    # however sure the model is of the crisis words themselves, a denial, and the rules' reading of whose crisis it
    # is and when, stand: only what the rest of the reply says may overrule them
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.99 if without_crisis_words(norm) != norm else 0.3)
    reading = classify(Reply(text=text))
    assert not reading.crisis and "crisis_model" not in reading.reasons
    assert reason is None or reason in reading.reasons


@pytest.mark.parametrize("text", [
    "no thoughts of ending it. the kids are at their dads all week",  # denied
    "my son wants to end it all tonight. the car keys are gone",  # someone else's
    "years ago i overdosed on purpose. the bottle is full again",  # past
])
def test_the_rest_of_the_reply_may_overrule_them_on_a_near_certain_score(monkeypatch, text):
    # a denial taken back, or a carer's tie to the patient, in words no rule knows: the rest of the reply carries them
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.95)
    reading = classify(Reply(text=text))
    assert reading.crisis and "crisis_model" in reading.reasons
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.75)
    assert not classify(Reply(text=text)).crisis


def test_beside_an_idiom_only_a_near_certain_score_speaks(monkeypatch):
    # an idiom can sit beside the danger: "un calor de muerte ... los cortes son nuevos"
    text = "this commute is killing me and i keep my sleeves down at work now"
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.9)
    assert not classify(Reply(text=text)).crisis
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.97)
    reading = classify(Reply(text=text))
    assert reading.crisis and "crisis_model" in reading.reasons


def test_ordinary_replies_score_low():
    for text in ("4 good week", "no side effects", "yes every day", "can i take ibuprofen with this?",
                 "sí, todos los días", "me muero de risa con mi nieto"):
        assert crisis_probability(normalize(text).norm) < 0.5, text


@pytest.mark.parametrize("text", ["tonight", "ya", "ya tomé", "me mato"])
def test_a_reply_of_one_or_two_words_is_left_to_the_rules(text):
    # scaled features give one word its full weight: "tonight" alone scored 0.98
    assert not says_crisis(normalize(text).norm)


def test_a_phrase_a_rule_set_aside_needs_a_confident_score(monkeypatch):
    # "saying goodbye to my old job" is excluded inside the farewell rule: an unsure score
    # does not overrule it, a confident one does (a guard can be wrong: "me quemé con la
    # plancha a propósito" is excluded as an ironing burn)
    for text in ("i'm saying goodbye to my old job", "me queme con la plancha a proposito"):
        monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: UNSURE)
        assert not classify(Reply(text=text)).crisis
        monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: CONFIDENT)
        assert classify(Reply(text=text)).crisis


@pytest.mark.parametrize("text, asked", [
    ("could be better", "mood"),  # a short reply the rules read as a mood
    ("i keep having nightmares every single night now", "side_effects"),  # a side effect the rules read
    ("yes i took my pills today like always. also saw my sister", "adherence"),  # read as taking it
    ("what would happen if i ever doubled up by mistake? just asking ahead", "open"),
])
def test_an_unsure_score_does_not_overrule_what_the_rules_read(monkeypatch, text, asked):
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: UNSURE)
    assert not classify(Reply(text=text, asked=asked)).crisis
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: CONFIDENT)
    assert classify(Reply(text=text, asked=asked)).crisis


def test_an_unsure_score_still_speaks_where_the_rules_read_nothing(monkeypatch):
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: UNSURE)
    assert classify(Reply(text="bought a lot of sleeping pills today, enough")).crisis


@pytest.mark.parametrize("text", ["sí me tomé las pastillas hoy", "Listo, ya me tomé la de la noche", "took both pills this morning"])
def test_a_bare_confirmation_is_not_overruled(monkeypatch, text):
    # its words are the words of overdoses ("me tomé las pastillas"); there is nothing more in it to hear
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.99)
    reading = classify(Reply(text=text, asked="adherence"))
    assert reading.adherence == "taking" and not reading.crisis


def test_a_confirmation_that_goes_on_is_still_heard(monkeypatch):
    monkeypatch.setattr(crisis_model, "crisis_probability", lambda norm: 0.99)
    reading = classify(Reply(text="sí me la tomo, pero tengo algo más que contarle", asked="adherence"))
    assert reading.adherence == "taking" and reading.crisis
