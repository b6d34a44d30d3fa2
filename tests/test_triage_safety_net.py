"""The crisis safety net: broad last-resort recall on wordings the phrase rules miss.

Two fresh lists, written before the net existed and phrased unlike the labelled sets:
crisis replies (half Spanish: metaphors, euphemisms, very short, rambling, typos) and
hard non-crisis replies that share their words (idioms, denials, other people, the
past, the news, dosing). Run with ``pytest -s`` to see the figures and any misses.
"""

from __future__ import annotations

from checkins.triage import classify
from checkins.triage.model import Reply

CRISIS = [
    "my kids deserve a better mother than me",
    "quisiera quedarme dormida y ya",
    "i'm so tired of being here",
    "nobody would notice if i was gone",
    "quiero que todo se acabe",
    "cant see a future for me",
    "honestly i dont see myself making it to christmas",
    "everyone would be happier without me around",
    "i just want the world to stop with me in it",
    "been looking at the bridge on my way home every day",
    "whats even the point of me",
    "i want to go to sleep and stay asleep",
    "life isnt worth it anymore",
    "i keep wishing a car would hit me",
    "im done. with everything. with me",
    "idk how much longer i can keep living like this",
    "tired of existing tbh",
    "i wanna disapear for good",
    "i think about dyin alot lately",
    "i dont want to be alive",
    "i hurt myself again last nite",
    "there is no reason for me to stay alive",
    "my life is over and i want out",
    "i gave up on living",
    "goin to bed and hopefully not waking",
    "no quiero seguir viviendo",
    "ya no le encuentro sentido a vivir",
    "mis hijos estarian mejor sin mi",
    "nadie me extrañaria si me muero",
    "quiero dormir y no despertar nunca mas",
    "estoy cansada de vivir",
    "me quiero morir",
    "ya no aguanto mas la vida",
    "pienso en quitarme de en medio",
    "quisiera no existir",
    "me corte los brazos otra vez",
    "no veo futuro para mi",
    "a veces pienso que seria mejor estar muerta",
    "me rendi con la vida",
    "ya me canse de estar aqui",
    "no le veo caso a seguir",
    "kiero morirme ya",
    "ojala no amaneciera mañana",
    "ya no quiero estar en este mundo",
    "todos estarian mejor si yo no estuviera",
    "me quiero ir de aqui para siempre",
    "me lastime a proposito anoche",
    "estoy harta de vivir asi, quiero que se termine mi vida",
    "siento que sobro en este mundo",
    "ya no tengo ganas de vivir",
]

NOT_CRISIS = [
    "this heat is killing me lol",
    "im dying to sleep in this weekend",
    "dead tired after work but mood is a 4",
    "no thoughts of hurting myself, just tired",
    "not suicidal at all, just nauseous",
    "my cousin said she wants to die, im worried about her",
    "i was suicidal years ago but im doing much better now",
    "watched a documentary about suicide prevention",
    "can sertraline cause suicidal thoughts?",
    "took 2 pills at 8am like always",
    "i'd kill for a coffee right now",
    "my phone died so i missed the text",
    "i could sleep forever on sundays haha",
    "i'm so tired of this nausea",
    "what's the point of this pill if it doesnt work",
    "i want to disappear for a weekend at the beach",
    "my grandpa passed away last month, sad but ok",
    "im done with work for today",
    "i gave up coffee, feeling better",
    "i want to stop the zoloft, it makes me sleepy",
    "i dont want to live with these headaches forever",
    "tired of waking up at 5am for work",
    "i never want to go back to that dark place again, doing well",
    "the show had a character who overdosed, hard to watch",
    "mood 4, slept well, no side effects",
    "me muero de hambre jaja",
    "estoy muerta de cansancio pero bien",
    "no tengo pensamientos de hacerme daño",
    "mi hermano intento suicidarse el año pasado",
    "hace años quise morir pero ya estoy bien",
    "vi una noticia sobre un suicidio en el metro",
    "¿la sertralina puede causar pensamientos suicidas?",
    "me tome una pastilla a las 9 como siempre",
    "me mata este calor",
    "el trabajo me tiene muerta",
    "quiero dejar la pastilla porque me da sueño",
    "ya no tengo dolor de cabeza",
    "estoy cansada de tanto trabajo",
    "mi abuela murio hace dos años",
    "quiero dormir todo el fin de semana",
    "ya me canse de esperar la receta",
    "no me quiero morir, solo estoy triste",
    "me quiero ir de vacaciones para siempre jaja",
    "me rendi con la dieta",
    "no veo bien de lejos con la medicina",
    "todo bien, animo 4",
    "me duele todo, me muero de sueño",
    "se murio mi perro y estoy triste",
    "no quiero vivir con estas nauseas",
    "se me acabo la medicina, necesito receta",
]


def _flagged(texts: list[str]) -> list[str]:
    return [t for t in texts if classify(Reply(t)).crisis]


def test_the_net_catches_every_fresh_crisis_reply():
    caught = _flagged(CRISIS)
    missed = [t for t in CRISIS if t not in caught]
    print(f"\nfresh crisis caught {len(caught)}/{len(CRISIS)}")
    for t in missed:
        print(f"  missed {t!r}")
    assert len(CRISIS) == 50
    assert not missed


def test_the_net_leaves_hard_negatives_alone():
    flagged = _flagged(NOT_CRISIS)
    print(f"\nfresh non-crisis flagged {len(flagged)}/{len(NOT_CRISIS)}")
    for t in flagged:
        print(f"  false alarm {t!r}")
    assert len(NOT_CRISIS) == 50
    assert len(flagged) <= 1
