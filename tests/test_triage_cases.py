"""Hand-written replies, phrased unlike the shared corpus, grouped by section of the triage spec.

Each case asserts only the fields the spec settles for it: a crisis case asserts
``crisis`` and ``triage``, a red flag its reason code, a mood its number, and so on.
``CASES`` is also read by ``bench/bench_classifier.py``.
"""

from __future__ import annotations

import pytest

from checkins.triage import Classification, Reply, classify

FIELDS = ("triage", "crisis", "keyword", "mood", "side_effects", "adherence")


def case(text, asked="open", meds=(), lang=None, *, reason=None, no_reason=None, **expect):
    """One reply and what the spec says about it; ``reason`` must be among the reasons."""
    unknown = set(expect) - set(FIELDS)
    assert not unknown, unknown
    if "side_effects" in expect:
        expect["side_effects"] = sorted(expect["side_effects"])
    return {"text": text, "asked": asked, "medications": list(meds), "language": lang,
            "expect": expect, "reason": reason, "no_reason": no_reason}


def crisis(text, asked="open", meds=(), lang=None, **more):
    return case(text, asked, meds, lang, triage="urgent", crisis=True, reason="crisis", **more)


def not_crisis(text, asked="open", meds=(), lang=None, **more):
    return case(text, asked, meds, lang, crisis=False, no_reason="crisis", **more)


def flag(name, text, asked="side_effects", meds=(), lang=None, **more):
    return case(text, asked, meds, lang, triage="urgent", crisis=False, reason="red_flag:" + name, **more)

def reads(text, triage, *, asked="open", meds=(), lang=None, crisis=False, keyword=None, mood=None,
          side_effects=(), adherence=None, reason=None):
    """A reply read in full: every output field is asserted, unnamed ones as "nothing found"."""
    return case(text, asked, meds, lang, reason=reason, triage=triage, crisis=crisis,
                keyword=keyword, mood=mood, side_effects=list(side_effects), adherence=adherence)



# --- urgent: crisis, English -------------------------------------------------------------
CRISIS_EN = [
    crisis("i dont wanna wake up tomorrow"),
    crisis("kinda hoping i just dont wake up in the morning"),
    crisis("honestly i wish i could go to sleep and never wake up"),
    crisis("I don't want to be here anymore."),
    crisis("i dont want to exist"),
    crisis("wish i was never born"),
    crisis("i'd rather be dead than feel like this"),
    crisis("im better off dead"),
    crisis("i deserve to die"),
    crisis("i wanna die", asked="mood"),
    crisis("i want to die lol"),
    crisis("i just want to disappear forever"),
    crisis("i want it all to end"),
    crisis("i want to end my life"),
    crisis("I'm going to end it tonight"),
    crisis("been thinking about ending things"),
    crisis("cant stop thinking about killing myself"),
    crisis("I feel like dying every day"),
    crisis("im tired of being alive"),
    crisis("so tired of living like this"),
    crisis("i dont care if i live or die at this point"),
    crisis("if i got hit by a car tomorrow i wouldnt even mind"),
    crisis("sometimes i hope i just get in an accident and dont make it"),
    crisis("everyone would be better off if i wasnt around"),
    crisis("my kids would be happier without me"),
    crisis("it would be easier for everyone if i was gone"),
    crisis("i feel like a burden to everyone"),
    crisis("no one would miss me"),
    crisis("sometimes i think about not being here anymore"),
    crisis("no point in living anymore"),
    crisis("whats the point of going on"),
    crisis("whats even the point anymore", asked="mood"),
    crisis("life isnt worth living"),
    crisis("i cant go on"),
    crisis("i cant do this anymore, im done"),
    crisis("i cant keep living like this"),
    crisis("there's nothing left to live for"),
    crisis("i feel so hopeless about everything"),
    crisis("theres no hope for me"),
    crisis("ready to give up on life"),
    crisis("living feels pointless"),
    crisis("i dont see a reason to keep going"),
    crisis("i dont see a way out except dying"),
    crisis("i just want out. of everything"),
    crisis("I'm going to kill myself"),
    crisis("i want to hang myself"),
    crisis("i want to overdose on my pills"),
    crisis("thinking of taking my own life"),
    crisis("i have a plan and the pills are saved up"),
    crisis("been stockpiling my seroquel"),
    crisis("bought a rope today"),
    crisis("theres a gun in the house and i keep thinking about using it on myself"),
    crisis("thinking about driving my car into a tree on the highway"),
    crisis("looked up how many pills it takes to die"),
    crisis("planning to jump off the parking garage"),
    crisis("this is my last message. goodbye everyone"),
    crisis("i wrote a note for my family"),
    crisis("gave away my cat and all my stuff this week"),
    crisis("tried to kill myself last night"),
    crisis("i attempted suicide on sunday"),
    crisis("4. but im having suicidal thoughts again", asked="mood", mood=4),
    crisis("i have been feeling suicidal"),
    crisis("I want to die. Mood is 1", asked="mood", mood=1),
]

# Lay spellings and typos a held-out set is full of.
CRISIS_TYPOS = [
    crisis("i want to kil myslef"),
    crisis("wanna kill my self"),
    crisis("feeling suisidal"),
    crisis("feelin sucidal again"),
    crisis("having suicidle thoughts"),
    crisis("dont wanna wake up"),
    crisis("dont wanna live n e more"),
    crisis("i want 2 die"),
    crisis("i wanna dye"),
    crisis("im gonna killl myself"),
    crisis("i want to end my lyfe"),
    crisis("i wnat to die"),
    crisis("I DONT WANT TO BE ALIVE"),
    crisis("i dont want to live anymor"),
    crisis("i wish i was ded"),
    crisis("thinkin bout endin it all"),
    crisis("i overdosd on my pills"),
    crisis("took like 30 of my trazodone"),
    crisis("unalive myself"),
]

# Overdose, deliberate or not.
CRISIS_OVERDOSE = [
    crisis("i took all my pills at once"),
    crisis("swallowed a whole bottle of tylenol"),
    crisis("took way too much of my lithium by mistake", meds=("lithium",)),
    crisis("accidentally took a double dose of my seroquel and took extra again after"),
    crisis("took a handful of my xanax"),
    crisis("me tome como 20 pastillas", lang="es"),
    crisis("me tomé todo el frasco", lang="es"),
]

# Self-harm: cutting, burning, hitting oneself.
CRISIS_SELF_HARM = [
    crisis("i cut my arms last night"),
    crisis("been self harming again"),
    crisis("i burned myself with a cigarette on purpose"),
    crisis("punched the wall until my knuckles bled"),
    crisis("i keep scratching my skin until it bleeds"),
    crisis("relapsed and cut yesterday"),
    crisis("started cutting again"),
    crisis("i have been hurting myself"),
    crisis("i hit myself when im angry, did it again today"),
    crisis("i want to hurt myself"),
    crisis("urges to cut are really strong tonight"),
]

# Harm to someone else.
CRISIS_OTHERS = [
    crisis("i want to hurt someone"),
    crisis("i feel like i could kill my husband"),
    crisis("having thoughts of hurting my baby"),
    crisis("im scared im going to hurt my kids"),
    crisis("i keep thinking about strangling my roommate"),
    crisis("im going to kill him"),
    crisis("tengo ganas de matar a mi esposo", lang="es"),
    crisis("quiero lastimar a alguien", lang="es"),
    crisis("tengo miedo de hacerle daño a mis hijos", lang="es"),
]

CRISIS_ES = [
    crisis("quiero morirme", lang="es"),
    crisis("me quiero morir", lang="es"),
    crisis("me quiero matar", lang="es"),
    crisis("me kiero matar", lang="es"),
    crisis("kiero morirme", lang="es"),
    crisis("ya no quiero vivir", lang="es"),
    crisis("no vale la pena vivir", lang="es"),
    crisis("ya no vale la pena vivir asi", lang="es"),
    crisis("ya no aguanto", lang="es"),
    crisis("ya no aguanto más", lang="es"),
    crisis("ya no puedo más", lang="es"),
    crisis("ya no puedo mas con mi vida", lang="es"),
    crisis("pienso en suicidarme", lang="es"),
    crisis("he pensado en quitarme la vida", lang="es"),
    crisis("estoy pensando en matarme", lang="es"),
    crisis("tengo pensamientos suicidas", lang="es"),
    crisis("quisiera desaparecer", lang="es"),
    crisis("quiero dejar de existir", lang="es"),
    crisis("ojalá no despertar mañana", lang="es"),
    crisis("no quiero despertar mañana", lang="es"),
    crisis("mi familia estaria mejor sin mi", lang="es"),
    crisis("soy una carga para todos", lang="es"),
    crisis("me corté los brazos anoche", lang="es"),
    crisis("me estoy cortando otra vez", lang="es"),
    crisis("me tomé todas las pastillas", lang="es"),
    crisis("no tiene sentido vivir", lang="es"),
    crisis("ya no le encuentro sentido a la vida", lang="es"),
    crisis("estoy harta de vivir", lang="es"),
    crisis("prefiero estar muerta", lang="es"),
    crisis("quiero acabar con todo", lang="es"),
    crisis("me dan ganas de morirme", lang="es"),
    crisis("para que sigo viviendo", lang="es"),
    crisis("me voy a tirar del puente", lang="es"),
    crisis("estoy cansada de vivir", lang="es"),
    crisis("quiero hacerme daño", lang="es"),
    crisis("2, no quiero seguir viviendo", asked="mood", lang="es", mood=2),
]

# Mixed messages: a crisis inside something else.
CRISIS_MIXED = [
    crisis("4 today, taking my meds, but honestly i want to die", asked="mood", mood=4),
    crisis("no side effects but ive been thinking i'd be better off dead", asked="side_effects"),
    crisis("yes taking it every day. also i keep thinking about killing myself", asked="adherence",
           adherence="taking"),
    crisis("work is killing me and i want to die"),
    crisis("i said i was fine but actually i want to kill myself"),
    crisis("my brother tried to kill himself and honestly i think about it too"),
    crisis("STOP i want to die"),
    crisis("I'm not ok. I don't want to live"),
]

# --- not a crisis: idioms, negations, someone else's, past ----------------------------------
IDIOMS = [
    not_crisis("this traffic is killing me"),
    not_crisis("im dying to see my sister this weekend", asked="mood"),
    not_crisis("killed it at work today!! 5", asked="mood", mood=5, triage="none"),
    not_crisis("me muero de risa con mi nieto", lang="es"),
    not_crisis("dead tired after my shift", asked="side_effects", side_effects=["drowsiness"],
               triage="routine"),
    not_crisis("my feet are killing me after work", asked="side_effects", triage="routine"),
    not_crisis("I could just die of embarrassment lol"),
    not_crisis("i'd kill for a burger right now"),
    not_crisis("my boss is gonna kill me i was late again"),
    not_crisis("im dying laughing at this"),
    not_crisis("killing time before my appointment"),
    not_crisis("that cake was to die for"),
    not_crisis("bored to death at work"),
    not_crisis("my mom will kill me if i forget again"),
    not_crisis("this heat is killing me, 4", asked="mood", mood=4, triage="none"),
    not_crisis("dying for a nap"),
    not_crisis("me muero de hambre", lang="es"),
    not_crisis("estoy muerta de cansancio", lang="es", asked="side_effects",
               side_effects=["drowsiness"]),
    not_crisis("this headache is killing me", asked="side_effects", side_effects=["headache"]),
    not_crisis("the suspense is killing me, when do i get the results?"),
    not_crisis("i'm so done with this weather"),
    not_crisis("my phone died so i missed your text"),
    not_crisis("shoot me a text when the refill is ready", triage="routine"),
    not_crisis("i cut myself shaving lol"),
    not_crisis("burned my hand on the stove cooking"),
    not_crisis("hurt my back at the gym", triage="routine"),
    not_crisis("cut back on coffee like you said"),
    not_crisis("got a haircut and cut my bangs too short"),
    not_crisis("i'm going to end it with my boyfriend"),
    not_crisis("we're dead set on the new schedule"),
    not_crisis("my plants are dying lol"),
    not_crisis("mi jefe me va a matar si llego tarde", lang="es"),
    not_crisis("me mata el calor", lang="es"),
    not_crisis("killer headache today", asked="side_effects", side_effects=["headache"]),
    not_crisis("overdid it at the gym, sore all over"),
]

NEGATIONS = [
    not_crisis("no thoughts of hurting myself"),
    not_crisis("never felt suicidal"),
    not_crisis("I'm not suicidal"),
    not_crisis("no suicidal thoughts, just sad", asked="mood", triage="high"),
    not_crisis("sin ideas de hacerme daño", lang="es"),
    not_crisis("I'm not going to kill myself, just tired", side_effects=["drowsiness"],
               triage="routine"),
    not_crisis("I would never hurt myself"),
    not_crisis("not thinking about killing myself or anything, just stressed"),
    not_crisis("no self harm"),
    not_crisis("self harm? no", asked="open"),
    not_crisis("zero thoughts of self harm"),
    not_crisis("i have no intention of ending my life"),
    not_crisis("nunca he pensado en suicidarme", lang="es"),
    not_crisis("no tengo pensamientos de matarme", lang="es"),
    not_crisis("no quiero hacerme daño, solo estoy cansada", lang="es"),
    not_crisis("don't worry, not suicidal or anything. 4", asked="mood", mood=4, triage="none"),
    not_crisis("no thoughts of harming anyone"),
    not_crisis("not feeling hopeless anymore, 4", asked="mood", mood=4),
    not_crisis("no quiero morir, solo quiero sentirme mejor", lang="es"),
]

OTHER_PEOPLE = [
    not_crisis("my friend is suicidal, how do i help her", triage="routine"),
    not_crisis("my son said he wants to die, what do i do", triage="routine"),
    not_crisis("mi hija se corta los brazos, que hago", lang="es", triage="routine"),
    not_crisis("my sister overdosed last weekend, shes in the hospital", triage="routine"),
    not_crisis("my dad killed himself when i was 12", triage="routine"),
    not_crisis("mi hermano se quiere suicidar", lang="es", triage="routine"),
]

PAST = [
    not_crisis("i tried to kill myself in college but im doing much better now", triage="routine"),
    not_crisis("i used to cut years ago, no urges now", triage="routine"),
    not_crisis("had suicidal thoughts as a teenager, havent in a long time", triage="routine"),
    not_crisis("hace años intenté suicidarme pero ya estoy bien", lang="es", triage="routine"),
]

# --- urgent: red-flag side effects --------------------------------------------------------
RED_FLAGS = [
    flag("rash", "broke out in a rash all over my back", meds=("lamotrigine",), side_effects=["rash"]),
    flag("rash", "little red spots on my legs", meds=("lamotrigine",), side_effects=["rash"]),
    flag("rash", "my skin is blistering on my arms", meds=("carbamazepine",), side_effects=["rash"]),
    flag("rash", "skin peeling off my palms", meds=("lamotrigine",), side_effects=["rash"]),
    flag("rash", "got sores in my mouth and my eyes are red", meds=("lamotrigine",)),
    flag("rash", "itchy bumps on my chest since starting lamictal", asked="open"),
    flag("rash", "rashh on my neck", meds=("oxcarbazepine",)),
    flag("rash", "me salió un sarpullido en los brazos", meds=("lamotrigine",), lang="es"),
    flag("rash", "tengo ampollas en la boca", meds=("lamotrigine",), lang="es"),
    flag("rash", "se me esta pelando la piel", meds=("lamotrigine",), lang="es"),
    flag("rash", "weird purple blotches on my skin", meds=("sertraline",)),
    flag("rash", "feeling great but theres a new rash on my arm", asked="mood"),
    flag("allergic_reaction", "my tongue feels swollen and my throat is tight"),
    flag("allergic_reaction", "lips swelled up after taking it"),
    flag("allergic_reaction", "face got all swollen this morning"),
    flag("allergic_reaction", "hard to breathe since this morning"),
    flag("allergic_reaction", "trouble swallowing since the new pill"),
    flag("allergic_reaction", "throat feels like its closing up"),
    flag("allergic_reaction", "broke out in hives"),
    flag("allergic_reaction", "se me hinchó la cara", lang="es"),
    flag("allergic_reaction", "se me hincharon los labios", lang="es"),
    flag("allergic_reaction", "me cuesta respirar", lang="es"),
    flag("chest_pain", "chest feels tight"),
    flag("chest_pain", "sharp pain in my chest when i walk"),
    flag("chest_pain", "my chest hurts"),
    flag("chest_pain", "dolor en el pecho", lang="es"),
    flag("chest_pain", "siento presión en el pecho", lang="es"),
    flag("fainting", "i fainted at work"),
    flag("fainting", "blacked out in the shower"),
    flag("fainting", "i passed out for a few seconds"),
    flag("fainting", "fanted yesterday"),
    flag("fainting", "i collapsed in the kitchen"),
    flag("fainting", "me desmayé en el trabajo", lang="es"),
    flag("fainting", "perdí el conocimiento", lang="es"),
    flag("seizure", "had a fit last night"),
    flag("seizure", "i had convulsions this morning"),
    flag("seizure", "had a sezure"),
    flag("seizure", "tuve convulsiones", lang="es"),
    flag("seizure", "ataque epiléptico anoche", lang="es"),
    flag("heart_rhythm", "heart beating really fast and i feel like im going to pass out"),
    flag("heart_rhythm", "my heart is pounding and im lightheaded", side_effects=["palpitations",
                                                                                "dizziness"]),
    flag("heart_rhythm", "heart keeps skipping beats and i get short of breath"),
    flag("heart_rhythm", "irregular heartbeat and dizzy"),
    flag("heart_rhythm", "el corazón me late muy rápido y me mareo", lang="es"),
    flag("nms_serotonin", "high fever and my muscles are really stiff", meds=("haloperidol",)),
    flag("nms_serotonin", "fever and super confused", meds=("olanzapine",)),
    flag("nms_serotonin", "really agitated, sweating buckets, muscles twitching",
         meds=("sertraline",)),
    flag("nms_serotonin", "fiebre y rigidez en los músculos", lang="es"),
    flag("confusion", "seeing things that arent there"),
    flag("confusion", "hearing voices at night"),
    flag("confusion", "i keep hearing people talking when no one is there"),
    flag("confusion", "so confused i dont know where i am"),
    flag("confusion", "cant stay awake even at work"),
    flag("confusion", "escucho voces", lang="es"),
    flag("confusion", "veo cosas que no están", lang="es"),
    flag("lithium_toxicity", "throwing up and im really shaky", meds=("lithium",),
         side_effects=["vomiting", "tremor"]),
    flag("lithium_toxicity", "diarrhea all week and walking like im drunk", meds=("lithium",)),
    flag("lithium_toxicity", "vomiting and kind of confused", meds=("lithium",)),
    flag("lithium_toxicity", "puking and my speech is slurred", meds=("lithium",)),
    flag("lithium_toxicity", "tengo vómito y camino como borracho", meds=("lithium",), lang="es"),
    flag("infection_on_clozapine", "sore throat and chills", meds=("clozapine",)),
    flag("infection_on_clozapine", "feel like i have the flu", meds=("clozapine",)),
    flag("infection_on_clozapine", "tengo fiebre", meds=("clozapine",), lang="es"),
    flag("infection_on_clozapine", "my throat hurts", meds=("clozapine",)),
    flag("liver", "the whites of my eyes look yellow", meds=("valproate",)),
    flag("liver", "my skin looks yellowish"),
    flag("liver", "pee is dark brown and my stomach hurts", side_effects=["stomach_pain"]),
    flag("liver", "tengo los ojos amarillos", lang="es"),
    flag("priapism", "erection that wont go away for 5 hours", meds=("trazodone",)),
    flag("priapism", "painful erection that lasted all night", meds=("trazodone",)),
    flag("mania", "havent slept in 3 days but i feel amazing and full of energy", asked="mood"),
    flag("mania", "went on a huge shopping spree and spent all my savings"),
    flag("mania", "my thoughts are racing nonstop"),
    flag("mania", "i dont need sleep anymore, so many ideas"),
    flag("mania", "no he dormido en 3 dias y tengo mucha energia", lang="es"),
]

NOT_RED_FLAGS = [
    case("threw up once and my hands are a bit shaky", "side_effects", ("sertraline",),
         triage="routine", side_effects=["vomiting", "tremor"]),
    case("heart races a little after coffee", "side_effects", ("sertraline",),
         triage="routine", side_effects=["palpitations"]),
    case("i have a bit of a cold", "side_effects", ("sertraline",), triage="routine",
         no_reason="red_flag:infection_on_clozapine"),
    case("no rash", "side_effects", ("lamotrigine",), triage="none", side_effects=[]),
    case("no rash, no fever, nothing", "side_effects", ("clozapine",), triage="none",
         side_effects=[]),
    case("the rash cleared up", "side_effects", ("lamotrigine",), triage="none", side_effects=[]),
    case("sin sarpullido ni fiebre", "side_effects", ("lamotrigine",), "es", triage="none",
         side_effects=[]),
    case("no chest pain or anything like that", "side_effects", triage="none"),
    case("never fainted", "side_effects", triage="none"),
    case("confused about when to take the new dose", "open", triage="routine",
         no_reason="red_flag:confusion"),
]

# --- high ----------------------------------------------------------------------------------
HIGH = [
    case("ran out of pills on friday", "open", triage="high", adherence="stopped",
         reason="stopped_medication"),
    case("quit taking it last week", "adherence", triage="high", adherence="stopped"),
    case("stopped the lexapro on my own", "open", triage="high", adherence="stopped"),
    case("i'm off my meds", "open", triage="high", adherence="stopped"),
    case("thinking about stopping my meds", "open", triage="high", adherence="stopped"),
    case("I want to stop the zoloft", "open", triage="high", adherence="stopped", keyword=None),
    case("not taking it anymore", "adherence", triage="high", adherence="stopped"),
    case("havent taken my meds in 2 weeks", "open", triage="high", adherence="stopped"),
    case("se me acabaron las pastillas", "adherence", lang="es", triage="high", adherence="stopped"),
    case("dejé de tomarla", "adherence", lang="es", triage="high", adherence="stopped"),
    case("ya no la tomo", "adherence", lang="es", triage="high", adherence="stopped"),
    case("the nausea is so bad i cant go to work", "side_effects", triage="high",
         side_effects=["nausea"], reason="severe_side_effects"),
    case("dizziness is unbearable", "side_effects", triage="high", side_effects=["dizziness"]),
    case("too tired to take care of my kids", "side_effects", triage="high",
         side_effects=["drowsiness"]),
    case("headaches are horrible", "side_effects", triage="high", side_effects=["headache"]),
    case("el mareo es insoportable", "side_effects", lang="es", triage="high",
         side_effects=["dizziness"]),
    case("i cant sit still", "side_effects", triage="high", side_effects=["restlessness"],
         reason="restlessness"),
    case("feel like im going to crawl out of my skin", "side_effects", triage="high",
         side_effects=["restlessness"]),
    case("no puedo estar quieta", "side_effects", lang="es", triage="high",
         side_effects=["restlessness"]),
    case("way worse this week", "mood", triage="high", reason="worsening"),
    case("getting worse every day", "open", triage="high", reason="worsening"),
    case("me siento peor", "mood", lang="es", triage="high"),
    case("i'm pregnant", "open", triage="high", reason="pregnancy"),
    case("we're trying to get pregnant", "open", triage="high", reason="pregnancy"),
    case("estoy embarazada", "open", lang="es", triage="high", reason="pregnancy"),
    case("terrible", "mood", triage="high", mood=None, reason="low_mood"),
    case("really down this week", "mood", triage="high", mood=None),
    case("muy mal", "mood", lang="es", triage="high", mood=None),
    case("the worst", "mood", triage="high", mood=None),
]

# --- routine --------------------------------------------------------------------------------
ROUTINE = [
    case("missed a couple doses", "adherence", triage="routine", adherence="missed",
         reason="missed_doses"),
    case("forgot it twice this week", "open", triage="routine", adherence="missed"),
    case("se me olvidó tomarla", "adherence", lang="es", triage="routine", adherence="missed"),
    case("skipped yesterday", "adherence", triage="routine", adherence="missed"),
    case("me salté una dosis", "adherence", lang="es", triage="routine", adherence="missed"),
    case("most days", "adherence", triage="routine", adherence="missed"),
    case("nope", "adherence", triage="routine", adherence="missed"),
    case("can i take it with food?", "open", triage="routine", reason="question"),
    case("need a refill please", "open", triage="routine", reason="question"),
    case("is it ok to drink on this med", "open", triage="routine", reason="question"),
    case("a little nauseous in the mornings", "side_effects", triage="routine",
         side_effects=["nausea"]),
    case("mouth is super dry", "side_effects", triage="routine", side_effects=["dry_mouth"]),
    case("feel like a zombie", "side_effects", triage="routine",
         side_effects=["emotional_blunting"]),
    case("having nightmares", "side_effects", triage="routine", side_effects=["vivid_dreams"]),
    case("libido is gone", "side_effects", triage="routine", side_effects=["sexual"]),
    case("hair falling out", "side_effects", triage="routine", side_effects=["hair_loss"]),
    case("put on 10 pounds", "side_effects", triage="routine", side_effects=["weight_gain"]),
    case("my hands are a little shaky", "side_effects", triage="routine", side_effects=["tremor"]),
    case("headache and upset stomach", "side_effects", triage="routine",
         side_effects=["headache", "nausea"]),
    case("stomach cramps", "side_effects", triage="routine", side_effects=["stomach_pain"]),
    case("sweating a lot at night", "side_effects", triage="routine", side_effects=["sweating"]),
    case("really jittery", "side_effects", triage="routine", side_effects=["anxiety"]),
    case("blurry vision sometimes", "side_effects", triage="routine",
         side_effects=["blurred_vision"]),
    case("cant sleep", "side_effects", triage="routine", side_effects=["insomnia"]),
    case("constipated", "side_effects", triage="routine", side_effects=["constipation"]),
    case("tengo náuseas y dolor de cabeza", "side_effects", lang="es", triage="routine",
         side_effects=["nausea", "headache"]),
    case("mucho sueño", "side_effects", lang="es", triage="routine", side_effects=["drowsiness"]),
    case("the headaches won't stop", "side_effects", triage="routine", keyword=None,
         side_effects=["headache"]),
    case("no more headaches but still nauseous", "side_effects", triage="routine",
         side_effects=["nausea"]),
    case("asdfgh", "mood", triage="routine", reason="unparsed"),
]

# --- none -----------------------------------------------------------------------------------
NONE = [
    case("yes", "adherence", triage="none", adherence="taking"),
    case("yeah every day", "adherence", triage="none", adherence="taking"),
    case("sí", "adherence", lang="es", triage="none", adherence="taking"),
    case("never miss a dose", "adherence", triage="none", adherence="taking"),
    case("taking it every night like clockwork", "adherence", triage="none", adherence="taking"),
    case("thank you!", "open", triage="none"),
    case("gracias 🙏", "open", lang="es", triage="none"),
    case("ok sounds good", "open", triage="none"),
    case("no side effects at all", "side_effects", triage="none", side_effects=[]),
    case("nada", "side_effects", lang="es", triage="none", side_effects=[]),
    case("pretty good", "mood", triage="none", mood=None),
    case("fantastic!", "mood", triage="none", mood=None),
    case("bien", "mood", lang="es", triage="none", mood=None),
    case("much better", "mood", triage="none", mood=None),
    case("nausea is gone now", "side_effects", triage="none", side_effects=[]),
]

# --- mood numbers ----------------------------------------------------------------------------
MOOD = [
    case("4/5", "mood", mood=4, triage="none"),
    case("a 3", "mood", mood=3, triage="routine"),
    case("like 2 maybe", "mood", mood=2, triage="high"),
    case("tres", "mood", lang="es", mood=3, triage="routine"),
    case("cinco", "mood", lang="es", mood=5, triage="none"),
    case("Cinco!", "mood", lang="es", mood=5),
    case("uno", "mood", lang="es", mood=1, triage="high"),
    case("dos", "mood", lang="es", mood=2, triage="high"),
    case("10/10", "mood", mood=5, triage="none"),
    case("9/10", "mood", mood=5),
    case("8 out of 10", "mood", mood=4),
    case("5 out of 10", "mood", mood=3, triage="routine"),
    case("4/10", "mood", mood=2, triage="high"),
    case("0/10", "mood", mood=1, triage="high"),
    case("2 out of 5", "mood", mood=2),
    case("3-4", "mood", mood=3),
    case("4 or 5", "mood", mood=4),
    case("2.5", "mood", mood=2),
    case("6", "mood", mood=None, triage="routine", reason="unparsed"),
    case("0", "mood", mood=None, triage="routine"),
    case("feeling like a 3 today", "mood", mood=3),
    case("id say a 4", "mood", mood=4, triage="none"),
    case("probably a 3", "mood", mood=3),
    case("3 i guess", "mood", mood=3),
    case("mood 2 this week", "open", mood=2, triage="high"),
    case("my mood is a 5 today", "open", mood=5),
    case("five", "mood", mood=5),
    case("one", "mood", mood=1),
    case("a solid 4 👍", "mood", mood=4, triage="none"),
    case("2 😞", "mood", mood=2, triage="high"),
    case("meh", "mood", mood=None, triage="routine"),
    case("so-so", "mood", mood=None, triage="routine"),
    case("regular", "mood", lang="es", mood=None, triage="routine"),
    case("not great", "mood", mood=None, triage="routine"),
    case("took 2 pills today", "mood", mood=None),
    case("slept 6 hours", "mood", mood=None),
]

# --- keywords --------------------------------------------------------------------------------
KEYWORDS = [
    case("STOP", keyword="stop", triage="routine"),
    case("stop!", keyword="stop"),
    case("Stop.", keyword="stop"),
    case("  stop  ", keyword="stop"),
    case("Unsubscribe", keyword="stop"),
    case("CANCEL", keyword="stop"),
    case("end", keyword="stop"),
    case("Quit", keyword="stop"),
    case("STOPALL", keyword="stop"),
    case("optout", keyword="stop"),
    case("REVOKE", keyword="stop"),
    case("parar", keyword="stop"),
    case("Baja.", keyword="stop"),
    case("cancelar", keyword="stop"),
    case("DETENER", keyword="stop"),
    case("START", keyword="start", triage="none"),
    case("unstop", keyword="start", triage="none"),
    case("HELP", keyword="help", triage="none"),
    case("help!", keyword="help"),
    case("info", keyword="help"),
    case("Ayuda", keyword="help"),
    case("YES", keyword=None),
    case("stop texting me", keyword="stop", triage="routine"),
    case("please take me off this list", keyword="stop"),
    case("no más mensajes", lang="es", keyword="stop"),
    case("dejen de mandarme mensajes", lang="es", keyword="stop"),
    case("can you stop messaging me", keyword="stop"),
    case("I want to stop these texts", keyword="stop"),
    case("stop the sertraline?", keyword=None),
    case("i stopped my meds", keyword=None, adherence="stopped"),
    case("the diarrhea wont stop", "side_effects", keyword=None, side_effects=["diarrhea"]),
    case("I can't stop crying", "mood", keyword=None),
    case("help me i want to die", keyword=None, crisis=True, triage="urgent"),
]

# --- regression sets: every field the spec settles, defaults meaning "nothing found" ---------
# Passive, indirect and Spanish crisis language, goodbyes, means, harm to others.
PASSIVE_AND_INDIRECT = [
    reads('sometimes i think my family would be better off', 'urgent', crisis=True),
    reads('i just want to go to sleep and not wake up', 'urgent', crisis=True),
    reads("i'm so tired of fighting", 'urgent', crisis=True),
    reads('i cant take it anymore', 'urgent', crisis=True),
    reads("i'm done with everything", 'urgent', crisis=True),
    reads("i don't want to do this anymore", 'urgent', crisis=True),
    reads("there's no way out", 'urgent', crisis=True),
    reads('i feel like giving up', 'urgent', crisis=True),
    reads('whats the use', 'urgent', crisis=True),
    reads('nothing matters anymore', 'urgent', crisis=True),
    reads('i have no reason to live', 'urgent', crisis=True),
    reads("i'm thinking of ending it", 'urgent', crisis=True),
    reads('i keep picturing my funeral', 'urgent', crisis=True),
    reads("i've been thinking about death a lot", 'urgent', crisis=True),
    reads('i think about dying all the time', 'urgent', crisis=True),
    reads('i wonder what it would be like to not exist', 'urgent', crisis=True),
    reads("i'd be better off not existing", 'urgent', crisis=True),
    reads("i don't see myself being here next year", 'urgent', crisis=True),
    reads("i won't be a problem for much longer", 'urgent', crisis=True),
    reads("soon i won't be a burden anymore", 'urgent', crisis=True),
    reads("i'm saying goodbye", 'urgent', crisis=True),
    reads('i love you all, goodbye', 'urgent', crisis=True),
    reads("i'm sorry for everything, please forgive me", 'urgent', crisis=True),
    reads('i just want the pain to stop forever', 'urgent', crisis=True),
    reads('i want to go to sleep forever', 'urgent', crisis=True),
    reads('i want to be with my mom in heaven', 'urgent', crisis=True),
    reads('my life is over', 'urgent', crisis=True),
    reads('i feel empty and want to die', 'urgent', crisis=True),
    reads('tengo ganas de desaparecer', 'urgent', lang="es", crisis=True),
    reads('ya no quiero estar aquí', 'urgent', lang="es", crisis=True),
    reads('ya me cansé de todo', 'urgent', lang="es", crisis=True),
    # weary of everything, like "tired of being alive": not sleepiness
    reads('estoy cansado de todo', 'urgent', lang="es", crisis=True),
    reads('no le veo sentido a nada', 'urgent', crisis=True),
    reads('quiero que todo termine', 'urgent', lang="es", crisis=True),
    reads('me quiero ir para siempre', 'urgent', lang="es", crisis=True),
    reads('siento que sobro', 'urgent', lang="es", crisis=True),
    reads('todos estarían mejor sin mí', 'urgent', lang="es", crisis=True),
    reads('no sirvo para nada, mejor me muero', 'urgent', lang="es", crisis=True),
    reads('pienso en la muerte todo el tiempo', 'urgent', lang="es", crisis=True),
    reads('ojalá me muriera', 'urgent', lang="es", crisis=True),
    reads('quisiera no despertar nunca', 'urgent', lang="es", crisis=True),
    reads('he pensado en cortarme', 'urgent', lang="es", crisis=True),
    reads('tengo un plan para matarme', 'urgent', lang="es", crisis=True),
    reads('me corto para sentir algo', 'urgent', lang="es", crisis=True),
    reads('me lastimé a propósito', 'urgent', crisis=True),
    reads('quiero morir', 'urgent', lang="es", crisis=True),
    reads('me quiero suicidar', 'urgent', lang="es", crisis=True),
    reads('ya no quiero seguir', 'urgent', lang="es", crisis=True),
    reads('no aguanto mas esta vida', 'urgent', lang="es", crisis=True),
    reads('estoy pensando en tomarme todas las pastillas', 'urgent', lang="es", crisis=True),
    reads('me tomé un montón de pastillas', 'urgent', lang="es", crisis=True),
    reads('tomé más pastillas de las que debía', 'urgent', lang="es", crisis=True),
    reads('i feel like killing myself', 'urgent', crisis=True),
    reads('i want to kms', 'urgent', crisis=True),
    reads('thinking about suicide', 'urgent', crisis=True),
    reads("i'm suicidal", 'urgent', crisis=True),
    reads('suicidal thoughts are back', 'urgent', crisis=True),
    reads('i have thoughts of self harm', 'urgent', crisis=True),
    reads('been cutting myself', 'urgent', crisis=True),
    reads('i cut myself', 'urgent', crisis=True),
    reads('i burned my arm on purpose', 'urgent', crisis=True),
    reads('i slapped myself hard in the face again', 'urgent', crisis=True),
    reads('bashing my head against the wall', 'urgent', crisis=True),
    reads('i made myself bleed', 'urgent', crisis=True),
    reads('i want to hurt my boyfriend', 'urgent', crisis=True),
    # anger laughed off is an idiom, as every labelled set has it ("i could kill him lol"); meant, it is not
    reads('i could strangle my coworker lol', 'none'),
    reads('i could strangle my coworker and i mean it', 'urgent', crisis=True),
    reads('i feel like hurting someone', 'urgent', crisis=True),
    reads('im afraid i might hurt my daughter', 'urgent', crisis=True),
    reads('ill kill anyone who comes near me', 'urgent', crisis=True),
    reads('voy a matar a mi vecino', 'urgent', crisis=True),
    reads('i want him dead', 'urgent', crisis=True),
    reads('i want to kill my ex', 'urgent', crisis=True),
]

# Red flags in lay words: what a patient says rather than the textbook term.
LAY_RED_FLAGS = [
    reads('i have little red dots all over my stomach',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('my skin is coming off in sheets',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('blisters inside my mouth',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('my lips are cracked and bleeding and my eyes are burning',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('skin is red and burning like a sunburn everywhere',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('ive got a rash',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('got a rassh on my arms',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('broke out in spots',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('these bumps are spreading',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('ulcers in my mouth',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('my throat feels swollen',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('my face is puffed up',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('cant breathe good',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('feels like something is stuck in my throat and i cant swallow',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('itchy welts everywhere',
          'urgent', asked='side_effects', meds=('sertraline',), side_effects=['rash'], reason='red_flag:allergic_reaction'),
    reads('my chest is killing me',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('tightness in my chest',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('heavy feeling on my chest',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('i keep passing out',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:fainting'),
    reads('everything went black and i woke up on the floor',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:fainting'),
    reads('i almost fainted',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:fainting'),
    reads('i fell out',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:fainting'),
    reads('i had an episode where i shook all over and bit my tongue',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:seizure'),
    reads('i was shaking uncontrollably and couldnt respond',
          'urgent', asked='side_effects', meds=('quetiapine',), reason='red_flag:seizure'),
    reads('my heart feels like its going to beat out of my chest and im dizzy',
          'urgent', asked='side_effects', meds=('venlafaxine',), side_effects=['dizziness', 'palpitations'], reason='red_flag:heart_rhythm'),
    reads('heart is racing and i feel faint',
          'urgent', asked='side_effects', meds=('venlafaxine',), side_effects=['palpitations'], reason='red_flag:fainting'),
    reads('my heart flutters and i cant catch my breath',
          'urgent', asked='side_effects', meds=('venlafaxine',), side_effects=['palpitations'], reason='red_flag:heart_rhythm'),
    reads('pulse is 140 and i feel lightheaded',
          'urgent', asked='side_effects', meds=('venlafaxine',), side_effects=['dizziness', 'palpitations'], reason='red_flag:heart_rhythm'),
    reads('fever of 102 and my body is rigid',
          'urgent', asked='side_effects', meds=('haloperidol',), reason='red_flag:nms_serotonin'),
    reads('burning up and my muscles are so stiff i can barely move',
          'urgent', asked='side_effects', meds=('haloperidol',), reason='red_flag:nms_serotonin'),
    reads('im really hot, sweating, and my muscles keep jerking and im agitated',
          'urgent', asked='side_effects', meds=('haloperidol',), side_effects=['sweating'], reason='red_flag:nms_serotonin'),
    reads('temperature is high and im confused',
          'urgent', asked='side_effects', meds=('haloperidol',), reason='red_flag:confusion'),
    reads('seeing shadows that arent really there',
          'urgent', asked='side_effects', meds=('mirtazapine',), reason='red_flag:confusion'),
    reads("i hear someone calling my name but nobody's there",
          'urgent', asked='side_effects', meds=('mirtazapine',), reason='red_flag:confusion'),
    reads('i dont know where i am sometimes',
          'urgent', asked='side_effects', meds=('mirtazapine',), reason='red_flag:confusion'),
    reads('cant keep my eyes open all day even at work',
          'urgent', asked='side_effects', meds=('mirtazapine',), side_effects=['drowsiness'], reason='red_flag:confusion'),
    reads('throwing up all day and my hands wont stop shaking',
          'urgent', asked='side_effects', meds=('lithium',), side_effects=['tremor', 'vomiting'], reason='red_flag:lithium_toxicity'),
    reads('bad diarrhea and i feel wobbly on my feet',
          'urgent', asked='side_effects', meds=('lithium',), side_effects=['diarrhea'], reason='red_flag:lithium_toxicity'),
    reads('puking and my words are coming out funny',
          'urgent', asked='side_effects', meds=('lithium',), side_effects=['vomiting'], reason='red_flag:lithium_toxicity'),
    reads('diarrea y me tiemblan las manos',
          'urgent', asked='side_effects', meds=('lithium',), lang="es", side_effects=['diarrhea', 'tremor'], reason='red_flag:lithium_toxicity'),
    reads('vomito y estoy confundida',
          'urgent', asked='side_effects', meds=('lithium',), lang="es", side_effects=['vomiting'], reason='red_flag:confusion'),
    reads('i think i have the flu',
          'urgent', asked='side_effects', meds=('clozapine',), reason='red_flag:infection_on_clozapine'),
    reads('sore throat',
          'urgent', asked='side_effects', meds=('clozapine',), reason='red_flag:infection_on_clozapine'),
    reads('fever',
          'urgent', asked='side_effects', meds=('clozapine',), reason='red_flag:infection_on_clozapine'),
    reads('tengo dolor de garganta y fiebre',
          'urgent', asked='side_effects', meds=('clozapine',), lang="es", reason='red_flag:infection_on_clozapine'),
    reads('my eyes are yellowish',
          'urgent', asked='side_effects', meds=('valproate',), reason='red_flag:liver'),
    reads('skin looks kinda yellow',
          'urgent', asked='side_effects', meds=('valproate',), reason='red_flag:liver'),
    reads('dark pee and stomach ache',
          'urgent', asked='side_effects', meds=('valproate',), side_effects=['stomach_pain'], reason='red_flag:liver'),
    reads('orina oscura y dolor de barriga',
          'urgent', asked='side_effects', meds=('valproate',), lang="es", side_effects=['stomach_pain'], reason='red_flag:liver'),
    reads('boner wont go down its been like 4 hours',
          'urgent', asked='side_effects', meds=('trazodone',), side_effects=['sexual'], reason='red_flag:priapism'),
    reads('erection for hours and its painful',
          'urgent', asked='side_effects', meds=('trazodone',), side_effects=['sexual'], reason='red_flag:priapism'),
    reads("i haven't slept for days but i have so much energy",
          'urgent', meds=('aripiprazole',), side_effects=['insomnia'], reason='red_flag:mania'),
    reads('i bought a car on a whim and cant stop spending money',
          'urgent', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('my mind is going a mile a minute',
          'urgent', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('talking super fast and not sleeping',
          'urgent', meds=('aripiprazole',), side_effects=['insomnia'], reason='red_flag:mania'),
    # needing no sleep is a sign of mania, not insomnia (which is wanting sleep and not getting it)
    reads('i feel on top of the world and havent needed sleep in days',
          'urgent', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('gaste todos mis ahorros en un dia',
          'urgent', meds=('aripiprazole',), lang="es", reason='red_flag:mania'),
]

# Adherence phrasings and mood numbers or words in many formats.
ADHERENCE_AND_MOOD_VARIANTS = [
    reads('missed a couple doses',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('ran out of pills', 'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('se me olvidó tomarla',
          'routine', asked='adherence', meds=('sertraline',), lang="es", adherence='missed'),
    reads('quit taking it', 'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('stopped the lexapro on my own',
          'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('i skip it sometimes',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('only took it like 3 times this week',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('i take it when i remember',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('been forgetting it a lot',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('yes but i missed sunday',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('yes except for one day',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('no, i stopped', 'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('i threw them out', 'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads("haven't picked up my refill so i've been without for a week",
          'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('i ran out 2 days ago',
          'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads("i've been out since monday",
          'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('yup', 'none', asked='adherence', meds=('sertraline',), adherence='taking'),
    reads('si siempre',
          'none', asked='adherence', meds=('sertraline',), lang="es", adherence='taking'),
    reads('claro que sí',
          'none', asked='adherence', meds=('sertraline',), lang="es", adherence='taking'),
    reads('no se me olvida nunca',
          'none', asked='adherence', meds=('sertraline',), lang="es", adherence='taking'),
    reads('a veces se me olvida',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('no la he tomado en una semana',
          'high', asked='adherence', meds=('sertraline',), lang="es", adherence='stopped'),
    reads('la dejé de tomar',
          'high', asked='adherence', meds=('sertraline',), lang="es", adherence='stopped'),
    reads('ya no tomo nada',
          'high', asked='adherence', meds=('sertraline',), lang="es", adherence='stopped'),
    reads("i'm weaning myself off",
          'high', asked='adherence', meds=('sertraline',), adherence='stopped'),
    reads('i took it every day except tuesday',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('nope forgot all week',
          'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads("i'm taking it but only half the dose",
          'none', asked='adherence', meds=('sertraline',), adherence='taking'),
    reads('sometimes', 'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('not every day', 'routine', asked='adherence', meds=('sertraline',), adherence='missed'),
    reads('i want to stop the zoloft', 'high', meds=('sertraline',), adherence='stopped'),
    reads("i'm going off it", 'high', meds=('sertraline',), adherence='stopped'),
    reads("i don't want to take it anymore", 'high', meds=('sertraline',), adherence='stopped'),
    reads('done with these pills', 'high', meds=('sertraline',), adherence='stopped'),
    reads("i'm not going to take it anymore", 'high', meds=('sertraline',), adherence='stopped'),
    reads("pharmacy is out of stock so i haven't had it in 4 days",
          'high', meds=('sertraline',), adherence='stopped'),
    reads('4/5', 'none', asked='mood', mood=4),
    reads('a 3', 'routine', asked='mood', mood=3),
    reads('like 2 maybe', 'high', asked='mood', mood=2),
    reads('tres', 'routine', asked='mood', lang="es", mood=3),
    reads('cinco', 'none', asked='mood', lang="es", mood=5),
    reads('10/10', 'none', asked='mood', mood=5),
    reads('about a 4', 'none', asked='mood', mood=4),
    reads('id say 3', 'routine', asked='mood', mood=3),
    reads('mood 3/5 today', 'routine', asked='mood', mood=3),
    reads('2 or 3', 'high', asked='mood', mood=2),
    reads('three-ish', 'routine', asked='mood', mood=3),
    reads('4ish', 'none', asked='mood', mood=4),
    reads('a 2, rough week', 'high', asked='mood', mood=2),
    reads('5 lol', 'none', asked='mood', mood=5),
    reads('ehh 3', 'routine', asked='mood', mood=3),
    reads('probably 2', 'high', asked='mood', mood=2),
    reads("i'm ok", 'routine', asked='mood'),
    reads('good', 'none', asked='mood'),
    reads('not bad', 'routine', asked='mood'),
    reads('not good', 'high', asked='mood'),
    reads('not great not terrible', 'routine', asked='mood'),
    reads('kinda down', 'high', asked='mood'),
    reads('feeling low', 'high', asked='mood'),
    reads('im struggling', 'high', asked='mood'),
    reads('amazing!', 'none', asked='mood'),
    reads('muy bien gracias', 'none', asked='mood', lang="es"),
    reads('más o menos', 'routine', asked='mood', lang="es"),
    reads('triste', 'high', asked='mood'),
    reads('fatal', 'high', asked='mood'),
    reads('bastante bien', 'none', asked='mood'),
    reads('decent', 'routine', asked='mood'),
    reads('so so', 'routine', asked='mood'),
    reads('okay i guess', 'routine', asked='mood'),
]

# Denials (not a crisis, no side effect) and opt-outs in words.
DENIALS_AND_OPT_OUTS = [
    reads("i don't want to take it anymore", 'high', adherence='stopped'),
    reads('no thoughts of suicide', 'none'),
    reads('no suicidal ideation', 'none'),
    reads('not having any thoughts of ending my life', 'none'),
    reads("i'm not suicidal don't worry", 'none'),
    reads("i don't have thoughts of killing myself", 'none'),
    reads("i haven't had any thoughts of self harm", 'none'),
    reads("i'd never kill myself, i have my kids", 'none'),
    reads('not gonna hurt myself', 'none'),
    reads('no urges to cut', 'none'),
    reads("no, i'm not thinking about hurting myself", 'none'),
    reads("i don't want to die", 'none'),
    reads('no quiero morirme, solo estoy cansada',
          'routine', lang="es", side_effects=['drowsiness']),
    reads('no pienso en suicidarme', 'none', lang="es"),
    reads('no tengo ganas de morir', 'none', lang="es"),
    reads('nunca me haría daño', 'routine', lang="es"),
    reads('no he tenido pensamientos de hacerme daño', 'none', lang="es"),
    reads('ya no tengo ideas suicidas', 'none', lang="es"),
    reads('i used to want to die but not anymore', 'routine'),
    reads("i don't feel hopeless anymore", 'none'),
    reads('thoughts of dying are gone', 'routine'),
    reads("i'm not depressed just tired", 'routine', side_effects=['drowsiness']),
    reads('no rash but my mouth has sores',
          'urgent', side_effects=['rash'], reason='red_flag:rash'),
    reads('no fever but i have a sore throat', 'routine'),
    reads('no headaches, no nausea, just a bit tired', 'routine', side_effects=['drowsiness']),
    reads('the dizziness went away', 'none'),
    reads("i don't have a rash", 'none'),
    reads('no more nightmares', 'none'),
    reads('nausea stopped', 'none'),
    reads('sin mareos', 'none', lang="es"),
    reads('ya no tengo dolor de cabeza', 'none', lang="es"),
    reads('no tengo efectos secundarios', 'none', lang="es"),
    reads('4, no thoughts of self harm', 'none', asked='mood', mood=4),
    reads('5 and no suicidal thoughts!', 'none', asked='mood', mood=5),
    reads('3 not suicidal', 'routine', asked='mood', mood=3),
    reads('2 but not suicidal', 'high', asked='mood', mood=2),
    reads('feeling good, no thoughts of hurting myself or others', 'none', asked='mood'),
    reads('STOP texting me please', 'routine', keyword='stop'),
    reads('please stop sending me these messages', 'routine', keyword='stop'),
    reads('i want out of this program', 'routine', keyword='stop'),
    reads('remove me', 'routine', keyword='stop'),
    reads("don't text me anymore", 'routine', keyword='stop'),
    reads('no more texts please', 'routine', keyword='stop'),
    reads('dejen de escribirme', 'routine', lang="es", keyword='stop'),
    reads('ya no me manden mensajes', 'routine', lang="es", keyword='stop'),
    reads('no quiero recibir más mensajes', 'routine', lang="es", keyword='stop'),
    reads('Stop!!!', 'routine', keyword='stop'),
    reads('stop please', 'routine', keyword='stop'),
    reads('STOP.', 'routine', keyword='stop'),
    reads('stop 🛑', 'routine', keyword='stop'),
    reads('Unsubscribe me', 'routine', keyword='stop'),
    reads('cancel please', 'routine', keyword='stop'),
    reads('i want to quit the program', 'routine', keyword='stop'),
    reads('quit sending me stuff', 'routine', keyword='stop'),
]

# Ordinary side effects misspelt, and in Spanish.
MISSPELT_AND_SPANISH_SIDE_EFFECTS = [
    reads('nausious all the time', 'routine', asked='side_effects', side_effects=['nausea']),
    reads("headache's every day", 'routine', asked='side_effects', side_effects=['headache']),
    reads('head akes', 'routine', asked='side_effects', side_effects=['headache']),
    reads('diziness when i stand', 'routine', asked='side_effects', side_effects=['dizziness']),
    reads('really dizy', 'routine', asked='side_effects', side_effects=['dizziness']),
    reads('drowsey', 'routine', asked='side_effects', side_effects=['drowsiness']),
    reads('tierd all the time', 'routine', asked='side_effects', side_effects=['drowsiness']),
    reads('insomia', 'routine', asked='side_effects', side_effects=['insomnia']),
    reads('cant sleeep', 'routine', asked='side_effects', side_effects=['insomnia']),
    reads('constapated', 'routine', asked='side_effects', side_effects=['constipation']),
    reads('diarea', 'routine', asked='side_effects', side_effects=['diarrhea']),
    reads('diarhea', 'routine', asked='side_effects', side_effects=['diarrhea']),
    reads('vommiting', 'routine', asked='side_effects', side_effects=['vomiting']),
    reads('throwing upp', 'routine', asked='side_effects', side_effects=['vomiting']),
    reads('shakey hands', 'routine', asked='side_effects', side_effects=['tremor']),
    reads('tremmors', 'routine', asked='side_effects', side_effects=['tremor']),
    reads('restles', 'high', asked='side_effects', side_effects=['restlessness']),
    reads('anxios', 'routine', asked='side_effects', side_effects=['anxiety']),
    reads('axiety', 'routine', asked='side_effects', side_effects=['anxiety']),
    reads('blury vision', 'routine', asked='side_effects', side_effects=['blurred_vision']),
    reads('palpitaitons', 'routine', asked='side_effects', side_effects=['palpitations']),
    reads('heart racin', 'routine', asked='side_effects', side_effects=['palpitations']),
    reads('nightmears', 'routine', asked='side_effects', side_effects=['vivid_dreams']),
    reads('sweaty', 'routine', asked='side_effects', side_effects=['sweating']),
    reads('swetting a lot', 'routine', asked='side_effects', side_effects=['sweating']),
    reads('wieght gain', 'routine', asked='side_effects', side_effects=['weight_gain']),
    reads('hair falling out', 'routine', asked='side_effects', side_effects=['hair_loss']),
    reads('no sex drive', 'routine', asked='side_effects', side_effects=['sexual']),
    reads('cant get it up', 'routine', asked='side_effects', side_effects=['sexual']),
    reads('numb', 'routine', asked='side_effects', side_effects=['emotional_blunting']),
    reads('emotionally numb', 'routine', asked='side_effects', side_effects=['emotional_blunting']),
    reads('i feel nothing', 'routine', asked='side_effects', side_effects=['emotional_blunting']),
    reads('stomache ache', 'routine', asked='side_effects', side_effects=['stomach_pain']),
    reads('tummy hurts', 'routine', asked='side_effects', side_effects=['stomach_pain']),
    reads('belly pain', 'routine', asked='side_effects', side_effects=['stomach_pain']),
    reads('feeling sick to my stomach', 'routine', asked='side_effects', side_effects=['nausea']),
    reads('feel like throwing up', 'routine', asked='side_effects', side_effects=['nausea']),
    reads('heart burn', 'routine', asked='side_effects'),
    reads('me duele la panza',
          'routine', asked='side_effects', lang="es", side_effects=['stomach_pain']),
    reads('dolor de estómago',
          'routine', asked='side_effects', lang="es", side_effects=['stomach_pain']),
    reads('tengo mucho sueño',
          'routine', asked='side_effects', lang="es", side_effects=['drowsiness']),
    reads('no puedo dormir', 'routine', asked='side_effects', side_effects=['insomnia']),
    reads('insomnio', 'routine', asked='side_effects', lang="es", side_effects=['insomnia']),
    reads('me tiemblan las manos',
          'routine', asked='side_effects', lang="es", side_effects=['tremor']),
    reads('estoy mareada', 'routine', asked='side_effects', lang="es", side_effects=['dizziness']),
    reads('mareos', 'routine', asked='side_effects', lang="es", side_effects=['dizziness']),
    reads('me da vueltas todo',
          'routine', asked='side_effects', lang="es", side_effects=['dizziness']),
    reads('vómito', 'routine', asked='side_effects', lang="es", side_effects=['vomiting']),
    reads('diarrea', 'routine', asked='side_effects', lang="es", side_effects=['diarrhea']),
    reads('estreñimiento',
          'routine', asked='side_effects', lang="es", side_effects=['constipation']),
    reads('sudo mucho', 'routine', asked='side_effects', side_effects=['sweating']),
    reads('subí de peso', 'routine', asked='side_effects', lang="es", side_effects=['weight_gain']),
    reads('engordé', 'routine', asked='side_effects', lang="es", side_effects=['weight_gain']),
    reads('sin apetito',
          'routine', asked='side_effects', lang="es", side_effects=['appetite_change']),
    reads('se me cae el pelo',
          'routine', asked='side_effects', lang="es", side_effects=['hair_loss']),
    reads('boca seca', 'routine', asked='side_effects', lang="es", side_effects=['dry_mouth']),
    reads('pesadillas', 'routine', asked='side_effects', lang="es", side_effects=['vivid_dreams']),
    reads('ansiedad', 'routine', asked='side_effects', lang="es", side_effects=['anxiety']),
    reads('nervios', 'routine', asked='side_effects', lang="es", side_effects=['anxiety']),
    reads('me siento como un zombi',
          'routine', asked='side_effects', lang="es", side_effects=['emotional_blunting']),
    reads('no siento nada',
          'routine', asked='side_effects', lang="es", side_effects=['emotional_blunting']),
    reads('visión borrosa',
          'routine', asked='side_effects', lang="es", side_effects=['blurred_vision']),
    reads('me late rápido el corazón',
          'routine', asked='side_effects', lang="es", side_effects=['palpitations']),
    reads('tengo comezón', 'routine', asked='side_effects', lang="es"),
    reads('dolor de cabeza fuerte que no me deja trabajar',
          'high', asked='side_effects', lang="es", side_effects=['headache']),
]

# Mixed messages (the highest finding wins) and acknowledgements.
MIXED_AND_ACKNOWLEDGEMENTS = [
    reads('5! feeling great but got a rash on my arm',
          'urgent', asked='mood', mood=5, side_effects=['rash'], reason='red_flag:rash'),
    reads('4, but i ran out of meds yesterday', 'high', asked='mood', mood=4, adherence='stopped'),
    reads('good mood but i stopped taking my meds', 'high', asked='mood', adherence='stopped'),
    reads('3. missed 2 doses. headaches',
          'routine', asked='mood', mood=3, side_effects=['headache'], adherence='missed'),
    reads("great week, i'm pregnant!!", 'high', asked='mood'),
    reads("1 😭 i don't want to be here", 'urgent', asked='mood', crisis=True, mood=1),
    reads("2 and my heart is racing and i'm dizzy",
          'urgent', asked='mood', mood=2, side_effects=['dizziness', 'palpitations'], reason='red_flag:heart_rhythm'),
    reads("feeling amazing, haven't slept in 4 days, so much energy",
          'urgent', asked='mood', side_effects=['insomnia'], reason='red_flag:mania'),
    reads("4 but my brother is suicidal and i'm worried", 'routine', asked='mood', mood=4),
    reads('4/5 i want to stop the zoloft tho', 'high', asked='mood', mood=4, adherence='stopped'),
    reads('none, but can i take tylenol?', 'routine', asked='side_effects', meds=('lamotrigine',)),
    reads("just tired lol but i guess that's normal",
          'routine', asked='side_effects', meds=('lamotrigine',), side_effects=['drowsiness']),
    reads('nothing new, refill please', 'routine', asked='side_effects', meds=('lamotrigine',)),
    reads('rash on my face but its probably just acne',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('yes but the nausea is awful',
          'high', asked='adherence', side_effects=['nausea'], adherence='taking'),
    reads('yes, mood is a 2', 'high', asked='adherence', mood=2, adherence='taking'),
    reads('no i ran out and i feel terrible', 'high', asked='adherence', adherence='stopped'),
    reads('😊', 'none'),
    reads('🙏🏼', 'none'),
    reads('👍🏽 thanks', 'none'),
    reads('ok 👍', 'none'),
    reads('got it thanks doc', 'none'),
    reads('recibido gracias', 'none', lang="es"),
    reads('hi', 'none'),
]

# Look-alikes that are not a crisis: idioms, grief, topics, accidents, treatment fatigue.
LOOKALIKES = [
    not_crisis('my grandma died last month and im sad'),
    not_crisis("we had to put our dog down, i'm heartbroken"),
    not_crisis("i'm dying my hair tomorrow"),
    not_crisis("i'm drying my hair"),
    not_crisis('i want to stop taking this, it makes me feel dead inside'),
    not_crisis('the meds make me feel like a zombie'),
    not_crisis('i want to end the lexapro'),
    not_crisis("i'm going to end my subscription"),
    not_crisis('this is the end of my refill'),
    not_crisis('my husband would be better off with a bigger car lol'),
    not_crisis("it'll all be over soon, my exams end friday"),
    not_crisis('i gave up sugar and feel better'),
    not_crisis('i give up on this diet'),
    not_crisis("i'm giving up coffee"),
    not_crisis("i'm done with this medication, it's not working"),
    not_crisis("i'm tired of this medication"),
    not_crisis("i'm tired of feeling tired"),
    not_crisis('sick of these side effects'),
    not_crisis("can't go on vacation with these side effects"),
    not_crisis('i cant keep doing these early appointments'),
    not_crisis('killing it at the gym'),
    not_crisis("i'm going to kill my workout today"),
    not_crisis('watching a movie about suicide, made me sad'),
    not_crisis('i read an article on overdose prevention'),
    not_crisis("my friend's mom overdosed years ago"),
    not_crisis('i cut my finger cooking dinner'),
    not_crisis('i hit my head on the cabinet door'),
    not_crisis('i burned my tongue on coffee'),
    not_crisis('i bit my tongue'),
    not_crisis('im so over this weather'),
    not_crisis("i'm dead serious about stopping"),
    not_crisis('this med is killing my sex drive'),
    not_crisis('no hope this med will work'),
    not_crisis('i see no point in this medication'),
    not_crisis("what's the point of taking these pills"),
    not_crisis("what's the point of therapy"),
    not_crisis('my life is better now'),
    not_crisis("i'm saying goodbye to my old job"),
    not_crisis("i can't live without my coffee"),
    not_crisis('i could die for some pizza'),
    not_crisis('i would die without my sister'),
    not_crisis("i don't care if i gain weight"),
    not_crisis("i don't want to be on meds forever"),
    not_crisis("i don't want to live like this with the nausea"),
    not_crisis('i just want the headaches to stop forever'),
    not_crisis("i'm sorry for everything i said last appointment"),
    not_crisis('sorry for the late reply'),
    not_crisis('nothing matters more than my kids'),
    not_crisis("i don't want to wake up at 5am anymore for work"),
    not_crisis("i hope i don't wake up with a headache again"),
    not_crisis("i don't want to wake up groggy"),
    not_crisis('quiero dejar de tomar la sertralina', lang="es"),
    not_crisis('me muero de sueño', lang="es"),
    not_crisis('me mata la cabeza', lang="es"),
    not_crisis('estoy muerta del cansancio', lang="es"),
    not_crisis('mi perro se murió y estoy triste', lang="es"),
    not_crisis('ya no aguanto el dolor de cabeza', lang="es"),
    not_crisis('ya no puedo con este mareo', lang="es"),
    not_crisis('no aguanto las náuseas', lang="es"),
    not_crisis('me quiero ir de vacaciones', lang="es"),
    not_crisis('la pastilla me tiene harta', lang="es"),
    not_crisis('estoy cansada de tomar pastillas', lang="es"),
    not_crisis('mi hermana se cortó el pelo', lang="es"),
    not_crisis('me corté el dedo cocinando', lang="es"),
    not_crisis('me quemé con la estufa', lang="es"),
    not_crisis('me pegué en la cabeza con la puerta', lang="es"),
]


# More crisis phrasings: intent, means, command voices, Spanish with typos.
MORE_CRISIS = [
    reads("i'm thinking of killing my self tonight", 'urgent', crisis=True),
    reads('i wanna end it', 'urgent', crisis=True),
    reads('i want to end everything', 'urgent', crisis=True),
    reads('feel like ending it all', 'urgent', crisis=True),
    reads('i am going to take all my pills tonight', 'urgent', crisis=True),
    reads("i've got the pills ready", 'urgent', crisis=True),
    reads('i plan to overdose this weekend', 'urgent', crisis=True),
    reads("i'm gonna jump", 'urgent', crisis=True),
    reads('i just wanna go to sleep and never wake up again', 'urgent', crisis=True),
    reads("i don't think i can keep going", 'urgent', crisis=True),
    reads("i can't see any way forward", 'urgent', crisis=True),
    reads('i dont want to be alive anymore lol', 'urgent', crisis=True),
    reads('i hate my life and want to die', 'urgent', crisis=True),
    reads('i wish i were dead', 'urgent', crisis=True),
    reads('i wish i was gone', 'urgent', crisis=True),
    reads('i wish i could stop existing', 'urgent', crisis=True),
    reads('everyone hates me and i should just die', 'urgent', crisis=True),
    reads('i should just kill myself', 'urgent', crisis=True),
    reads('maybe i should just end it', 'urgent', crisis=True),
    reads('no one would care if i died', 'urgent', crisis=True),
    reads('nobody would notice if i disappeared', 'urgent', crisis=True),
    reads('my family would be better without me', 'urgent', crisis=True),
    reads("people would be happier if i wasn't here", 'urgent', crisis=True),
    reads("i'm a waste of space", 'urgent', crisis=True),
    reads("i'm worthless and want to disappear", 'urgent', crisis=True),
    reads('life is pointless', 'urgent', crisis=True),
    reads('i want to sleep and never wake up', 'urgent', crisis=True),
    reads('i keep having thoughts of death', 'urgent', crisis=True),
    reads('i have urges to hurt myself', 'urgent', crisis=True),
    reads("i've been cutting again", 'urgent', crisis=True),
    reads('i scratched my arms with a razor', 'urgent', crisis=True),
    reads('i hurt myself last night', 'urgent', crisis=True),
    reads('i keep hitting myself', 'urgent', crisis=True),
    reads('i took extra pills to make it all stop', 'urgent', crisis=True),
    reads('took a whole bunch of pills', 'urgent', crisis=True),
    reads('i overdosed', 'urgent', crisis=True),
    reads("i od'd last night", 'urgent', crisis=True),
    reads('i think i took too many pills', 'urgent', crisis=True),
    reads('i swallowed all my pills', 'urgent', crisis=True),
    reads('i drank bleach', 'urgent', crisis=True),
    reads("i've been thinking about suicide", 'urgent', crisis=True),
    reads('suicide has been on my mind', 'urgent', crisis=True),
    reads("i'm feeling very suicidal", 'urgent', crisis=True),
    reads('suicidal again', 'urgent', crisis=True),
    reads('i have a plan to kill myself', 'urgent', crisis=True),
    reads("i've decided to end my life", 'urgent', crisis=True),
    reads("i'm ready to die", 'urgent', crisis=True),
    reads("i'm not gonna be here much longer", 'urgent', crisis=True),
    reads("i won't be around much longer", 'urgent', crisis=True),
    reads("i'm going to hurt somebody", 'urgent', crisis=True),
    reads("i'm going to hurt my wife", 'urgent', crisis=True),
    reads("i'm afraid i'll hurt my baby", 'urgent', crisis=True),
    reads('sometimes i want to shake my baby', 'urgent', crisis=True),
    reads('i want to kill everyone', 'urgent', crisis=True),
    reads('voices tell me to hurt people', 'urgent', crisis=True, reason='red_flag:confusion'),
    reads('the voices are telling me to kill myself', 'urgent', crisis=True),
    reads('kiero morir', 'urgent', lang="es", crisis=True),
    reads('me kiero morir', 'urgent', lang="es", crisis=True),
    reads('no kiero vivir', 'urgent', crisis=True),
    reads('ya no kiero vivir', 'urgent', lang="es", crisis=True),
    reads('me quiero morir ya', 'urgent', lang="es", crisis=True),
    reads('quiero suicidarme', 'urgent', lang="es", crisis=True),
    reads('me voy a matar', 'urgent', crisis=True),
    reads('voy a suicidarme', 'urgent', crisis=True),
    reads('estoy pensando en suicidarme', 'urgent', lang="es", crisis=True),
    reads('he pensado en matarme', 'urgent', lang="es", crisis=True),
    reads('quiero quitarme la vida', 'urgent', lang="es", crisis=True),
    reads('me quiero quitar la vida', 'urgent', lang="es", crisis=True),
    reads('ya no quiero existir', 'urgent', lang="es", crisis=True),
    reads('mejor me mato', 'urgent', crisis=True),
    reads('quisiera estar muerta', 'urgent', lang="es", crisis=True),
    reads('deseo morir', 'urgent', lang="es", crisis=True),
    reads('no quiero seguir viviendo', 'urgent', lang="es", crisis=True),
    reads('la vida no tiene sentido', 'urgent', lang="es", crisis=True),
    reads('no tiene caso vivir', 'urgent', crisis=True),
    reads('nada tiene sentido', 'urgent', lang="es", crisis=True),
    reads('ya no puedo seguir', 'urgent', lang="es", crisis=True),
    reads('estoy desesperada, ya no puedo', 'urgent', lang="es", crisis=True),
    reads('me quiero cortar', 'urgent', lang="es", crisis=True),
    reads('me corté', 'urgent', crisis=True),
    reads('me estoy haciendo daño', 'urgent', lang="es", crisis=True),
    reads('me tomé el frasco entero', 'urgent', lang="es", crisis=True),
    reads('tomé muchas pastillas', 'urgent', crisis=True),
    reads('quiero tomarme todas las pastillas', 'urgent', lang="es", crisis=True),
    reads('tengo ganas de hacerle daño a alguien', 'urgent', lang="es", crisis=True),
    reads('quiero matar a mi esposo', 'urgent', lang="es", crisis=True),
    reads('tengo pensamientos de lastimar a mi bebé', 'urgent', lang="es", crisis=True),
    reads('las voces me dicen que me mate',
          'urgent', lang="es", crisis=True, reason='red_flag:confusion'),
]

# Hyperbole, denials with a "but", others' crises and past ones.
HYPERBOLE_DENIALS_AND_OTHERS = [
    reads('i could kill my husband for eating my leftovers lol', 'none'),
    reads('my sister is going to kill me when she finds out', 'none'),
    reads('ugh i want to die of embarrassment', 'none'),
    reads('i almost died laughing', 'none'),
    reads("lol i'm dead", 'routine'),
    reads('this med is killing me with the nausea', 'routine', side_effects=['nausea']),
    reads('dying of thirst on this med', 'routine'),
    reads('the side effects are killing me', 'routine'),
    reads("i'd rather die than go back to that job lol", 'routine'),
    reads('my back is killing me', 'routine'),
    reads("i'm dying here with this heat", 'routine'),
    reads('i could murder a pizza', 'routine'),
    reads('killing two birds with one stone, refill and question', 'routine'),
    reads('me muero de sed', 'routine', lang="es"),
    reads('me quiero morir de la vergüenza jaja', 'none', lang="es"),
    reads('me mata el dolor de cabeza', 'routine', lang="es", side_effects=['headache']),
    reads('ya me quiero morir de tanto calor jaja', 'none', lang="es"),
    reads('este calor me está matando', 'routine'),
    reads('mi jefe me mata', 'none', lang="es"),
    reads('no plans to hurt myself but the thoughts are there', 'urgent', crisis=True),
    reads("i wouldn't act on it but i think about dying a lot", 'urgent', crisis=True),
    reads("i'd never do it but sometimes i wish i wouldn't wake up", 'urgent', crisis=True),
    reads("i don't have a plan but i want to die", 'urgent', crisis=True),
    reads('no intent, just passive thoughts of not wanting to be here', 'urgent', crisis=True),
    reads("i'm safe but i've been having thoughts of suicide", 'urgent', crisis=True),
    reads("i promise i'm safe. just thinking about death a lot", 'urgent', crisis=True),
    reads('no quiero hacerme daño pero pienso en morirme', 'urgent', lang="es", crisis=True),
    reads('nunca lo haría pero a veces quisiera no despertar', 'urgent', lang="es", crisis=True),
    reads("i don't want to kill myself but i don't want to live either", 'urgent', crisis=True),
    reads("i'm not going to do anything but i want to disappear", 'urgent', crisis=True),
    reads("my mom tried to overdose last week and i've been a mess", 'routine'),
    reads("my friend killed herself last year and it's hitting me hard", 'routine'),
    reads('my son cuts himself, what should i do', 'routine'),
    reads('my brother wants to die and honestly so do i', 'urgent', crisis=True),
    reads("my husband is suicidal. i'm exhausted", 'routine', side_effects=['drowsiness']),
    reads('5 years ago i attempted suicide. doing well now', 'routine'),
    reads("i used to self harm but i've been clean for 3 years", 'routine'),
    reads("last week i thought about killing myself but i'm ok now", 'urgent', crisis=True),
    reads('yesterday i wanted to die, today im ok', 'urgent', crisis=True),
    reads('i tried to kill myself on saturday', 'urgent', crisis=True),
    reads('hace 2 semanas intenté matarme', 'urgent', crisis=True),
]

# Red flags again, typed quickly: misspellings, Spanish, half sentences.
RED_FLAGS_TYPED = [
    reads('got a rash after starting the lamictal',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('i have a rsah',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('breaking out in hives',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:allergic_reaction'),
    reads('sum red spots on my chest',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('my mouth is full of sores',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('skin is peeling on my feet',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('i have blisters',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('my eyes are red and crusty',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('me salieron ronchas',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:allergic_reaction'),
    reads('tengo granitos rojos en el pecho',
          'urgent', asked='side_effects', meds=('lamotrigine',), lang="es", side_effects=['rash'], reason='red_flag:rash'),
    reads('me están saliendo manchas rojas',
          'urgent', asked='side_effects', meds=('lamotrigine',), side_effects=['rash'], reason='red_flag:rash'),
    reads('tengo llagas en la boca',
          'urgent', asked='side_effects', meds=('lamotrigine',), lang="es", side_effects=['rash'], reason='red_flag:rash'),
    reads('se me está cayendo la piel',
          'urgent', asked='side_effects', meds=('lamotrigine',), lang="es", side_effects=['rash'], reason='red_flag:rash'),
    reads('my tounge is swollen',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('throat is closing',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('i cant breath',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('face swelled up',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('se me cerró la garganta',
          'urgent', asked='side_effects', meds=('sertraline',), lang="es", reason='red_flag:allergic_reaction'),
    reads('no puedo respirar bien',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:allergic_reaction'),
    reads('tengo la cara hinchada',
          'urgent', asked='side_effects', meds=('sertraline',), lang="es", reason='red_flag:allergic_reaction'),
    reads('chest pains',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('my chest feels heavy',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('chest is tight and it hurts',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:chest_pain'),
    reads('me aprieta el pecho',
          'urgent', asked='side_effects', meds=('sertraline',), lang="es", reason='red_flag:chest_pain'),
    reads('i fainted',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:fainting'),
    reads('i blacked out',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:fainting'),
    reads('i passed out twice',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:fainting'),
    reads('i had a seizure',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:seizure'),
    reads('had a siezure',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:seizure'),
    reads('seisure last night',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:seizure'),
    reads('convulsiones',
          'urgent', asked='side_effects', meds=('sertraline',), reason='red_flag:seizure'),
    reads("my heart is racing and i feel like i'm going to faint",
          'urgent', asked='side_effects', meds=('sertraline',), side_effects=['palpitations'], reason='red_flag:fainting'),
    reads('heart pounding and short of breath',
          'urgent', asked='side_effects', meds=('sertraline',), side_effects=['palpitations'], reason='red_flag:heart_rhythm'),
    reads('tengo taquicardia y me mareo',
          'urgent', asked='side_effects', meds=('sertraline',), lang="es", side_effects=['dizziness', 'palpitations'], reason='red_flag:heart_rhythm'),
    reads('el corazón me late rapidísimo y me falta el aire',
          'urgent', asked='side_effects', meds=('sertraline',), lang="es", side_effects=['palpitations'],
          reason='red_flag:heart_rhythm'),
    reads('high fever and stiff',
          'urgent', asked='side_effects', meds=('haloperidol',), reason='red_flag:nms_serotonin'),
    reads('tengo fiebre y los músculos tiesos',
          'urgent', asked='side_effects', meds=('haloperidol',), lang="es", reason='red_flag:nms_serotonin'),
    reads('fiebre alta y confusión',
          'urgent', asked='side_effects', meds=('haloperidol',), lang="es", reason='red_flag:confusion'),
    reads('vomiting and shaky',
          'urgent', asked='side_effects', meds=('lithium',), side_effects=['tremor', 'vomiting'], reason='red_flag:lithium_toxicity'),
    reads('diarrhea and confused',
          'urgent', asked='side_effects', meds=('lithium',), side_effects=['diarrhea'], reason='red_flag:confusion'),
    reads('diarrea y camino chueco',
          'urgent', asked='side_effects', meds=('lithium',), lang="es", side_effects=['diarrhea'], reason='red_flag:lithium_toxicity'),
    reads('vómito y tiemblo mucho',
          'urgent', asked='side_effects', meds=('lithium',), lang="es", side_effects=['tremor', 'vomiting'], reason='red_flag:lithium_toxicity'),
    reads('my speech is slurred',
          'urgent', asked='side_effects', meds=('lithium',), reason='red_flag:lithium_toxicity'),
    reads('i have a fever',
          'urgent', asked='side_effects', meds=('clozapine',), reason='red_flag:infection_on_clozapine'),
    reads('sore throat and feeling flu-ish',
          'urgent', asked='side_effects', meds=('clozapine',), reason='red_flag:infection_on_clozapine'),
    reads('tengo gripa',
          'urgent', asked='side_effects', meds=('clozapine',), lang="es", reason='red_flag:infection_on_clozapine'),
    reads('me duele la garganta',
          'urgent', asked='side_effects', meds=('clozapine',), lang="es", reason='red_flag:infection_on_clozapine'),
    reads('yellow eyes',
          'urgent', asked='side_effects', meds=('valproate',), reason='red_flag:liver'),
    reads('my skin is yellow',
          'urgent', asked='side_effects', meds=('valproate',), reason='red_flag:liver'),
    reads('jaundice', 'urgent', asked='side_effects', meds=('valproate',), reason='red_flag:liver'),
    reads('tengo la piel amarilla',
          'urgent', asked='side_effects', meds=('valproate',), lang="es", reason='red_flag:liver'),
    reads("erection won't go away",
          'urgent', asked='side_effects', meds=('trazodone',), side_effects=['sexual'], reason='red_flag:priapism'),
    reads('my erection has lasted 6 hours',
          'urgent', asked='side_effects', meds=('trazodone',), side_effects=['sexual'], reason='red_flag:priapism'),
    reads('tengo una erección que no se quita',
          'urgent', asked='side_effects', meds=('trazodone',), lang="es", side_effects=['sexual'], reason='red_flag:priapism'),
    reads("i haven't slept in 3 days and i'm full of energy",
          'urgent', asked='side_effects', meds=('aripiprazole',), side_effects=['insomnia'], reason='red_flag:mania'),
    reads('spending money like crazy',
          'urgent', asked='side_effects', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('racing thoughts',
          'urgent', asked='side_effects', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('my thoughts are going really fast',
          'urgent', asked='side_effects', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('no he dormido en días y me siento con mucha energía',
          'urgent', asked='side_effects', meds=('aripiprazole',), lang="es", side_effects=['insomnia'], reason='red_flag:mania'),
    reads('pensamientos acelerados',
          'urgent', asked='side_effects', meds=('aripiprazole',), reason='red_flag:mania'),
    reads('gasté todo mi dinero',
          'urgent', asked='side_effects', meds=('aripiprazole',), lang="es", reason='red_flag:mania'),
]

# Wishes for one's own death next to everyday hopes and goodbyes.
WISHES_AND_GOODBYES = [
    reads('sometimes i hope i just get in an accident and dont make it', 'urgent', crisis=True),
    reads('i hope i get hit by a bus', 'urgent', crisis=True),
    reads("i wouldn't mind if i died in my sleep", 'urgent', crisis=True),
    reads('i hope i dont die from this flu lol', 'routine'),
    reads('hope my phone doesnt die', 'routine'),
    reads('thanks doc love you all, bye!', 'none'),
    reads('saying goodbye to my mom at the airport', 'routine'),
    reads("i'm saying goodbye", 'urgent', crisis=True),
]

# Means set up in lay words, and the Spanish perfect tense ("he escrito", "me he cortado") as first person.
MEANS_AND_SPANISH_PERFECT = [
    reads('sat in the car in the garage with the engine running', 'urgent', crisis=True),
    reads('locked myself in the car, engine on, garage door closed', 'urgent', crisis=True),
    reads('me senté en el carro con el motor prendido y la cochera cerrada', 'urgent', lang="es", crisis=True),
    reads('sitting in the car with the engine running waiting for my son outside school', 'none'),  # read as an errand, nothing to act on
    reads('me he cortado otra vez los brazos', 'urgent', lang="es", crisis=True),
    reads('me he vuelto a autolesionar con una navaja', 'urgent', lang="es", crisis=True),
    reads('he escrito cartas de despedida para mi familia', 'urgent', lang="es", crisis=True),
    reads('les dejé una carta para que la lean cuando ya no esté', 'urgent', lang="es", crisis=True),
    reads('he tomado todas las pastillas', 'urgent', lang="es", crisis=True),
    reads('sí, he tomado todas mis pastillas esta semana', 'none', asked='adherence', lang="es",
          adherence='taking'),
    reads('he also tried to kill himself last year', 'routine', reason='third_party_crisis'),
    reads('my brother said he wants to die, what do i do', 'routine', reason='question'),
]

# Past crises over and done, said with a good present; a past crisis that is back stays a crisis.
PAST_AND_RESOLVED = [
    reads('hace tres años intenté matarme, hoy estoy muy bien', 'routine', lang="es",
          reason='past_crisis'),
    reads('last summer i tried to overdose, now i actually enjoy life again', 'routine',
          reason='past_crisis'),
    reads('3. last winter i wanted to die, now i feel like myself again', 'routine', asked='mood',
          mood=3, reason='past_crisis'),
    reads('antes me cortaba, pero hace dos años que no lo hago', 'routine', lang="es",
          reason='past_crisis'),
    reads('el año pasado tuve una sobredosis, ya lo superé', 'routine', lang="es",
          reason='past_crisis'),
    reads('i used to cut but havent done it in years', 'routine', reason='past_crisis'),
    reads('hace dos años me quería morir, hoy también', 'urgent', lang="es", crisis=True),
    reads('last winter i wanted to die, and honestly i still do', 'urgent', crisis=True),
    reads('el año pasado tuve una sobredosis y esta semana otra vez', 'urgent', lang="es", crisis=True),
    reads('antes me cortaba y anoche volví a hacerlo', 'urgent', lang="es", crisis=True),
    reads('last winter i wanted to die, now i want to die again', 'urgent', crisis=True),
    reads('before the meds i wanted to die, now im doing great', 'routine', reason='past_crisis'),
    reads('before bed i think about dying, otherwise im ok', 'urgent', crisis=True),
    reads('estoy bien, pero antes de dormir pienso en matarme', 'urgent', lang="es", crisis=True),
    reads('antes quería morirme y ahora también, aunque estoy bien con la pastilla', 'urgent', lang="es",
          crisis=True),
]

# Red flags in lay words, each beside a look-alike that is not one.
LAY_RED_FLAGS_2 = [
    reads('my lips blew up after the new pill', 'urgent', asked='side_effects',
          reason='red_flag:allergic_reaction'),
    reads('se me infló la cara después de la pastilla', 'urgent', asked='side_effects', lang="es",
          reason='red_flag:allergic_reaction'),
    reads('tengo la cara como un globo', 'urgent', asked='side_effects', lang="es",
          reason='red_flag:allergic_reaction'),
    reads('my phone blew up with texts lol. 4', 'none', asked='mood', mood=4),
    reads('got in his face and blew up at him lol. 3', 'routine', asked='mood', mood=3),
    reads('hit the floor at work, came to with paramedics around me', 'urgent', reason='red_flag:fainting'),
    reads('next thing i knew i was on the kitchen floor', 'urgent', reason='red_flag:fainting'),
    reads('quedé inconsciente en el baño', 'urgent', lang="es", reason='red_flag:fainting'),
    reads('hit the ground running this week. 5', 'none', asked='mood', mood=5),
    reads('my phone hit the floor and cracked. 4', 'none', asked='mood', mood=4),
    reads('woke up on the couch with my cat on me. 4', 'none', asked='mood', mood=4),
    reads('tuve como un ataque, todo el cuerpo me temblaba y no recuerdo nada', 'urgent', lang="es",
          reason='red_flag:seizure'),
    reads('my whole body was jerking and i cant remember any of it', 'urgent', reason='red_flag:seizure'),
    reads('me dio como un ataque de risa. 5', 'none', asked='mood', lang="es", mood=5),
    reads('el corazón me está brincando y me falta el aire', 'urgent', lang="es",
          side_effects=['palpitations'], reason='red_flag:heart_rhythm'),
    reads('tengo arritmia y me mareo', 'urgent', asked='side_effects', lang="es",
          side_effects=['dizziness', 'palpitations'], reason='red_flag:heart_rhythm'),
    reads('el corazón me da brincos a veces', 'routine', asked='side_effects', lang="es",
          side_effects=['palpitations']),
    reads('mi corazón brinca de alegría cuando veo a mi nieta. 5', 'none', asked='mood', lang="es", mood=5),
    reads('my mom says the whites of my eyes look yellow', 'urgent', reason='red_flag:liver'),
    reads('my husband says the whites of his eyes are yellow', 'routine'),
    reads('tengo una erección que no se me baja y me duele', 'urgent', lang="es",
          side_effects=['sexual'], reason='red_flag:priapism'),
    reads('i see people in my room that nobody else can see', 'urgent', reason='red_flag:confusion'),
    reads('oigo voces que nadie más oye', 'urgent', lang="es", reason='red_flag:confusion'),
    reads('veo sombras de personas en la noche', 'urgent', lang="es", reason='red_flag:confusion'),
    reads('vi a mi ex en la fiesta pero nadie más lo vio', 'routine', lang="es"),
    reads('veo sombras por la ventana por los carros', 'routine', lang="es"),
]

# Side effects, mood, adherence and questions in lay wording.
LAY_ANSWERS = [
    reads('ando con la boca bien seca', 'routine', asked='side_effects', lang="es",
          side_effects=['dry_mouth']),
    reads('sueño y hambre', 'routine', asked='side_effects', lang="es",
          side_effects=['appetite_change', 'drowsiness']),
    reads('sueño todo el día', 'routine', asked='side_effects', lang="es", side_effects=['drowsiness']),
    reads('tuve un sueño raro', 'routine', asked='side_effects', lang="es", side_effects=['vivid_dreams']),
    reads('mi sueño es viajar. 5', 'none', asked='mood', lang="es", mood=5),
    reads('three. long week but ok', 'routine', asked='mood', mood=3),
    reads('cuatro. todo tranquilo', 'none', asked='mood', lang="es", mood=4),
    reads('one thing tho, my head hurts', 'routine', asked='mood', side_effects=['headache']),
    reads('yes. quit smoking too!', 'none', asked='adherence', adherence='taking'),
    reads('sí, y dejé el alcohol', 'none', asked='adherence', lang="es", adherence='taking'),
    reads('i quit the lexapro', 'high', asked='adherence', adherence='stopped'),
    reads('ya no, me caía mal', 'high', asked='adherence', lang="es", adherence='stopped'),
    reads('sí, todos los días. ya no me duele la cabeza', 'none', asked='adherence', lang="es",
          adherence='taking'),
    reads('im done with it, not taking it anymore', 'high', adherence='stopped'),
    reads('sometimes i want to drive into a wall and be done with it', 'urgent', crisis=True),
    reads('quería saber si puedo tomarla con café', 'routine', lang="es", reason='question'),
    reads('just wanted to ask if i can take it at night', 'routine', reason='question'),
    reads('no le veo caso a esta pastilla', 'routine', lang="es"),
    reads('no me ha dado nada', 'none', asked='side_effects', lang="es"),
]

# Timelines, places, observers and look-alikes: each family beside a negative.
TIMELINES_AND_OBSERVERS = [
    # going over an edge told as a plan
    crisis('im going off the roof of my building tonight, nothing matters'),
    crisis('forgot my pill. whatever, gonna step off the bridge on 5th street later'),
    reads('going off the roof deck to grab the laundry', 'routine'),
    reads('we are going over the bridge to visit my mom. 4', 'none', asked='mood', mood=4),
    # a past crisis on its anniversary, or followed by a good present
    reads('today is two years since my overdose and im so proud of myself', 'routine',
          reason='past_crisis'),
    reads('it has been a year since i tried to kill myself, feeling strong', 'routine',
          reason='past_crisis'),
    reads('today marks a year since my overdose and i want to do it again', 'urgent', crisis=True),
    reads('hace un año quise matarme y hoy me gradué de la universidad', 'routine', lang="es",
          reason='past_crisis'),
    reads('hace años me corté las venas y ahora tengo un trabajo nuevo', 'routine', lang="es",
          reason='past_crisis'),
    reads('hace mucho me lastimaba, ya no. estoy muy bien', 'routine', lang="es",
          reason='past_crisis'),
    reads('hace un año quise matarme y hoy lo volví a intentar', 'urgent', lang="es", crisis=True),
    reads('hace años que quiero morirme', 'urgent', lang="es", crisis=True),
    reads('hace mucho que pienso en matarme', 'urgent', lang="es", crisis=True),
    reads('years ago i tried to kill myself and now im proud but i also want to die', 'urgent',
          crisis=True),
    # someone in the writer's care, or a teenage child
    reads('my teenage daughter has been burning herself, who do we call?', 'routine',
          reason='third_party_crisis'),
    reads('one of my clients overdosed last night, rough day. 4', 'routine', asked='mood', mood=4,
          reason='third_party_crisis'),
    reads('my teenage son has been cutting and honestly i want to do it too', 'urgent', crisis=True),
    reads('tell dr lee her patient doesnt plan on being around much longer', 'urgent', crisis=True),
    reads('mi vecino se ahorcó, todo el barrio anda triste. yo estoy bien', 'routine', lang="es",
          reason='third_party_crisis'),
    reads('se colgó el teléfono y ya', 'routine', lang="es"),
    # red flags told in lay words
    reads('erection since 4am and its still there now', 'urgent', asked='side_effects',
          side_effects=['sexual'], reason='red_flag:priapism'),
    reads('my boss found me on the office floor, i went down out of nowhere', 'urgent',
          reason='red_flag:fainting'),
    reads('prices went down this week at the store. 4', 'none', asked='mood', mood=4),
    reads('my wife says i was jerking all over and wasnt answering her', 'urgent',
          reason='red_flag:seizure'),
    reads('woke up on the couch with my tongue bitten and sore all over', 'urgent',
          reason='red_flag:seizure'),
    reads('bit my tongue eating lunch lol. 4', 'none', asked='mood', mood=4),
    reads('i hear a voice whispering in the kitchen. no one is there', 'urgent',
          reason='red_flag:confusion'),
    reads('i hear my neighbors arguing, nobody is hurt tho. 4', 'none', asked='mood', mood=4),
    reads('escucho que alguien me llama. no hay nadie', 'urgent', lang="es",
          reason='red_flag:confusion'),
    reads('my head wont stop, the ideas keep coming faster than i can write', 'urgent',
          reason='red_flag:mania'),
    reads('blew all my savings on crypto in one night', 'urgent', reason='red_flag:mania'),
    reads('we put all our savings into the new house. 4', 'none', asked='mood', mood=4),
    reads('la cabeza no me para y gasté todos mis ahorros', 'urgent', lang="es",
          reason='red_flag:mania'),
    reads('my sister noticed red spots spreading on my arms', 'urgent', asked='side_effects',
          side_effects=['rash'], reason='red_flag:rash'),
    reads('my sister noticed red spots on her arms', 'routine', asked='side_effects'),
    reads('my sister says she has a rash', 'routine'),
    reads('swallowing feels tight since the new pill', 'urgent', asked='side_effects',
          reason='red_flag:allergic_reaction'),
    reads('la orina me sale oscura y me duele la panza', 'urgent', asked='side_effects', lang="es",
          side_effects=['stomach_pain'], reason='red_flag:liver'),
    # stops, misses and mentions
    reads('i want to end the lexapro, can we taper?', 'high', adherence='stopped',
          reason='stopped_medication'),
    reads('me salteé unas noches', 'routine', asked='adherence', lang="es", adherence='missed'),
    reads("missed monday's, otherwise fine", 'routine', asked='adherence', adherence='missed'),
    reads('see you at the appointment next month! 4', 'none', asked='mood', mood=4),
    reads('nos vemos en la cita del martes. un 5', 'none', asked='mood', lang="es", mood=5),
    reads('necesito una cita pronto', 'routine', lang="es", reason='question'),
    reads('the new dose is working great. 4', 'none', asked='mood', mood=4),
    reads('is the new dose ok to take at night?', 'routine', reason='question'),
    reads('binge watched a whole series this weekend. 4', 'none', asked='mood', mood=4),
    reads('been bingeing on chips at night', 'routine', asked='side_effects',
          side_effects=['appetite_change']),
    reads('se me revuelve la panza con la pastilla', 'routine', asked='side_effects', lang="es",
          side_effects=['nausea']),
    reads('a bit bunged up this week', 'routine', asked='side_effects', side_effects=['constipation']),
]

# Letters, places, spells of time and numbers: each family beside a look-alike.
LETTERS_PLACES_AND_NUMBERS = [
    # letters as a farewell, or as ordinary correspondence
    crisis('wrote letters to my kids and my wife last night, its all in order'),
    crisis('wrote letters to my kids for every birthday ill miss'),
    reads('been writing letters to my pen pal in japan, he always writes back. 4', 'none', asked='mood',
          mood=4),
    reads('wrote a letter to my landlord about the heater. 4', 'none', asked='mood', mood=4),
    reads('wrote a letter to my grandma for her birthday. 5', 'none', asked='mood', mood=5),
    # a habit given up, counted in time gone by
    reads('antes me cortaba con navajas pero ya llevo dos años sin hacerlo y me siento bien', 'routine',
          lang="es", reason='past_crisis'),
    reads('last year i was cutting myself but ive gone months without doing it', 'routine',
          reason='past_crisis'),
    reads('antes me cortaba pero hace dos años que no lo hago, hasta anoche', 'urgent', lang="es",
          crisis=True),
    reads('last year i was cutting myself but ive been clean for months, at least until last night',
          'urgent', crisis=True),
    reads('antes me cortaba y sigo haciéndolo', 'urgent', lang="es", crisis=True),
    # "tampoco": not either
    reads('sí, diario. tampoco he tenido ideas de quitarme la vida', 'none', asked='adherence', lang="es",
          adherence='taking'),
    reads('sí, todos los días. tampoco tengo náuseas', 'none', asked='adherence', lang="es",
          adherence='taking'),
    crisis('no tengo hambre y tampoco quiero vivir', lang="es"),
    # the place named before the jump
    reads('drove past the bridge i almost jumped from back in 2019. im in a much better place now',
          'routine', reason='past_crisis'),
    crisis('i walk past the bridge i almost jumped from every day and i still want to'),
    reads('pasé por el puente del que casi me aventé hace años, hoy estoy muy bien', 'routine', lang="es",
          reason='past_crisis'),
    reads('the cliff i jumped off into the lake at camp is still there lol. 5', 'none', asked='mood',
          mood=5),
    reads('we jumped off the cliff into the lake at camp, so fun. 5', 'none', asked='mood', mood=5),
    # someone else's jump, told with "se"
    reads('a mi vecino lo sacaron del río anoche, se quiso aventar desde el puente. yo estoy tranquila',
          'routine', lang="es", reason='third_party_crisis'),
    reads('mi primo se tiró del edificio de su trabajo, estamos muy tristes', 'routine', lang="es",
          reason='third_party_crisis'),
    reads('mi primo se aventó del puente en bungee, qué valiente. 5', 'none', asked='mood', lang="es",
          mood=5),
    reads('mi hijo se tiró a la alberca desde el trampolín. 5', 'none', asked='mood', lang="es", mood=5),
    # things left somewhere or no longer needed are not the medication
    reads('ya escribí las cartas para mis papás y las dejé en el buró. esta noche me voy para siempre',
          'urgent', lang="es", crisis=True),
    reads('sí, todos los días. ya regalé mi ropa a mis primos, ya no las voy a necesitar', 'urgent',
          asked='adherence', lang="es", crisis=True, adherence='taking'),
    reads('las dejé en el buró y se me olvidó tomarlas', 'routine', asked='adherence', lang="es",
          adherence='missed'),
    reads('las dejé hace un mes', 'high', asked='adherence', lang="es", adherence='stopped'),
    reads('ya no, las dejé', 'high', asked='adherence', lang="es", adherence='stopped'),
    # chest pressure told as a simile
    flag('chest_pain', 'siento como si me apretaran el pecho desde la tarde', lang="es"),
    flag('chest_pain', 'it feels like someone is squeezing my chest'),
    reads('me aprietan los zapatos nuevos', 'routine', asked='side_effects', lang="es"),
    # a fever told only by its number
    flag('nms_serotonin', 'running 103 and my neck and arms are so stiff i can barely move them', asked='open'),
    flag('nms_serotonin', 'tengo 39 grados y el cuello bien tieso', lang="es"),
    reads('hace 39 grados y tengo el cuello tieso', 'routine', asked='side_effects', lang="es"),
    reads('running 100 miles a week now, legs are stiff lol. 4', 'routine', asked='mood', mood=4),
    reads('tengo 39 años y el cuello tieso', 'routine', asked='side_effects', lang="es"),
]

# Death left to chance, overdoses by count or mistake, tools and relapses, and the guards
# that keep their look-alikes harmless (a faint, an itch, an alarm, a novel, a "what if").
CHANCE_COUNTS_AND_GUARDS = [
    crisis("crossed the street without looking, shame the bus missed me"),
    crisis("kinda wish the flu had finished me off honestly"),
    crisis("praying something happens to me in my sleep"),
    crisis("some nights i hope my heart just gives out"),
    crisis("if the cancer comes back im not treating it. ill let it take me"),
    crisis("i want to lie down in the snow and not get up"),
    crisis("not sure ill still be around by christmas"),
    crisis("took my lamictal like 5 times today, lost count", meds=["lamotrigine"]),
    crisis("doubled my dose then tripled it to knock the anxiety out"),
    crisis("been doubling up on my lithium all week cause i kept forgetting i took it", meds=["lithium"]),
    crisis("took maybe 8 of the trazodone to get some sleep"),
    crisis("poured the whole pill organizer into my mouth"),
    crisis("mixed my sleeping pills with vodka to knock myself out"),
    crisis("looked up how many it would take"),
    crisis("sat in the bathtub with a blade for most of the night"),
    crisis("cant stop burning myself"),
    crisis("relapsed on sh yesterday"),
    crisis("i'm standing on the bridge right now"),
    crisis("keep imagining driving off the road into the river"),
    crisis("wrote a note for my family, just in case"),
    crisis("iwanttodie"),
    crisis("si mañana no amanezco me da igual", lang="es"),
    crisis("ojalá me duerma y no despierte nunca", lang="es"),
    crisis("pa q sigo aqui", lang="es"),
    crisis("me pasé con las pastillas de dormir, me tomé un puño", lang="es"),
    crisis("me tomé medio frasco de clonazepam", lang="es"),
    crisis("me tomé el doble y luego el triple", lang="es"),
    crisis("se me fue la mano con las pastillas", lang="es"),
    crisis("me volví a cortar anoche", lang="es"),
    crisis("llevaba meses sin cortarme y hoy recaí", lang="es"),
    crisis("estoy sentada en la azotea y no sé si bajar", lang="es"),
    crisis("escucho voces que me dicen que me mate", lang="es"),
    crisis("a veces me dan ganas de matar al vecino", lang="es"),
    crisis("se me cruza taparle la boca al bebé hasta que se calle", lang="es"),
    crisis("keep getting pictures of pushing my toddler down the stairs"),
    crisis("my kids would be better off if i was gone"),
    crisis("kiero matarme ya no aguanto", lang="es"),
    not_crisis("i fainted in the kitchen and bumped my head", triage="urgent"),
    not_crisis("me desmayé en la cocina y me pegué en la cabeza", lang="es", triage="urgent"),
    not_crisis("scratching my arms raw, this rash itches so bad", triage="urgent"),
    not_crisis("the alarm rang at 6 and i did not want to wake up lol. 4", asked="mood", mood=4),
    not_crisis("watching a show where the main guy wants to disappear forever. 4", asked="mood", mood=4),
    not_crisis("my therapist said to call 988 if i ever feel suicidal. i dont"),
    not_crisis("chest tightness all morning, felt like i was dying", triage="urgent"),
    not_crisis("se me quemó la sopa otra vez jaja", lang="es"),
    not_crisis("me quemé con el sol en la playa", lang="es"),
    not_crisis("overdosed on christmas cookies lol"),
    not_crisis("sobredosis de café hoy jaja", lang="es"),
    not_crisis("thinking about ending things with my girlfriend"),
    not_crisis("¿para qué seguir con la pastilla si no me sirve?", lang="es"),
    not_crisis("sitting on the edge of the bed all morning, so tired"),
    not_crisis("a los 15 me cortaba, hace años que no lo hago", lang="es"),
    not_crisis("cuando tenía 17 me quemaba, ya no", lang="es"),
    # carers writing for the patient, double negatives, jokes taken back, streaks kept and broken
    crisis("This is his wife. He keeps saying he wants to end it all"),
    crisis("Soy la hija de la paciente. Mi mamá dice que ya se quiere morir", lang="es"),
    not_crisis("This is Ann's husband. Our grandson overdosed last weekend, he's recovering", triage="routine"),
    not_crisis("my brother wants to kill himself, i'm scared for him", triage="routine"),
    crisis("can't say i haven't thought about ending it lately"),
    not_crisis("ni de broma me haría daño, estoy bien", lang="es"),
    not_crisis("gonna off myself if this meeting runs late lol, obviously not"),
    crisis("been practicing the knot on youtube"),
    crisis("just waiting for my heart to give out at this point"),
    crisis("que Dios me recoja ya, no aguanto", lang="es"),
    crisis("goodbye texts are written and saved in my drafts"),
    not_crisis("two years clean from cutting, feeling strong", triage="routine"),
    crisis("two years clean from cutting and i relapsed last night"),
    not_crisis("hace dos años que no me lastimo, solo para que lo sepa", lang="es", triage="routine"),
    not_crisis("tonight"),
    # close calls, means at hand, methods looked up, counts instead of the dose, the medicine as subject
    crisis("5 today but on sunday i came so close to doing it"),
    crisis("scared of what i'll do to my son if he cries again tonight"),
    crisis("ando juntando pastillas por si un día me decido", lang="es"),
    crisis("me tomé mi dosis dos veces hoy, me confundí", lang="es"),
    crisis("how do i cover the cuts on my arms for work"),
    crisis("ya sé cómo hacerlo, solo me falta escoger la fecha", lang="es"),
    crisis("the only reason i'm still here is my cat"),
    crisis("been looking up painless ways to die"),
    crisis("took 3 of the seroquel instead of 1 last night"),
    crisis("my chest hurts and i hope it's a heart attack"),
    crisis("the only thing keeping me here is my kids. without them id have ended it, honestly nothing matters"),
    not_crisis("¿el litio le puede hacer daño al bebé si quedo embarazada?", lang="es"),
    not_crisis("feeling hopeless about this med, can we try another?"),
    not_crisis("no es que quiera morirme, es que estoy cansada de todo", lang="es"),
    not_crisis("should i take the whole pill or half?"),
    not_crisis("me dio un susto de muerte la factura", lang="es"),
    not_crisis("humming 'i don't want to live forever' all day lol"),
]


# Carers texting for the patient, lay side effects and their look-alikes, plain reports of a dose
# taken, religious thanks, and a score beside an emoji.
CARERS_LAY_WORDS_AND_THANKS = [
    flag("seizure", "my husband had a convulsion in the kitchen, shaking all over for a minute", asked="open"),
    flag("fainting", "mi papá se desmayó ayer en la tienda y tardó en volver en sí", asked="open", lang="es"),
    flag("confusion", "mi abuelo oye voces que no existen, empezó con la pastilla nueva", asked="open", lang="es"),
    flag("infection_on_clozapine", "mi hija que toma clozapina tiene fiebre y le duele la garganta", asked="open",
         meds=["clozapine"], lang="es"),
    reads("my dad passed out drunk at the wedding lol", "routine"),
    reads("my husband has a rash from poison ivy", "routine"),
    reads("my mom had a fit about the dishes", "routine"),
    reads("my son had a seizure as a kid, hes fine now. 4", "none", asked="mood", mood=4),
    reads("my son has a fever and a sore throat, i am on clozapine", "routine", meds=("clozapine",)),
    reads("zero libido lately", "routine", asked="side_effects", side_effects=["sexual"]),
    reads("sin libido desde que empecé", "routine", asked="side_effects", lang="es", side_effects=["sexual"]),
    reads("no libido issues, all good", "none", asked="side_effects"),
    flag("priapism", "im hard and it wont go down, been like 3 hrs", asked="open", side_effects=["sexual"]),
    flag("priapism", "la tengo parada desde hace 4 horas y me duele", asked="open", lang="es", side_effects=["sexual"]),
    reads("5 - out like a light, passed out as soon as my head hit the pillow", "none", asked="mood", mood=5),
    reads("i must be seeing things, my son just did the dishes. 4", "none", asked="mood", mood=4),
    reads("work has been a nightmare this week. 3", "routine", asked="mood", mood=3),
    reads("fue una pesadilla el tráfico hoy, 4", "none", asked="mood", lang="es", mood=4),
    reads("i havent been able to go to work because of the nausea", "high", asked="side_effects",
          side_effects=["nausea"]),
    reads("no he podido ir a la chamba por los mareos", "high", asked="side_effects", lang="es",
          side_effects=["dizziness"]),
    reads("have to get up every few minutes to pee at night", "routine", asked="side_effects"),
    reads("my heart goes like a jackhammer after the pill", "routine", asked="side_effects",
          side_effects=["palpitations"]),
    reads("the room keeps tilting when i stand up", "routine", asked="side_effects", side_effects=["dizziness"]),
    reads("weight keeps going up, putting on some every week", "routine", asked="side_effects",
          side_effects=["weight_gain"]),
    reads("no pego el ojo en toda la noche", "routine", asked="side_effects", lang="es", side_effects=["insomnia"]),
    reads("se me cae mucho el pelo y ando atontada", "routine", asked="side_effects", lang="es",
          side_effects=["hair_loss", "drowsiness"]),
    reads("boca reseca y sin ganas de comer", "routine", asked="side_effects", lang="es",
          side_effects=["dry_mouth", "appetite_change"]),
    reads("the rash hasnt come back", "none", asked="side_effects"),
    reads("stopped the prozac because of the nausea and now im fine", "high", asked="side_effects",
          adherence="stopped"),
    reads("la prueba de embarazo salió positiva", "high", lang="es"),
    reads("salió positiva la prueba de covid", "routine", lang="es"),
    reads("2 pink lines on the test, can i stay on lamictal?", "high"),
    reads("not pregnant yet but we have been trying for months", "high"),
    reads("i took my meds this morning", "none", asked="adherence", adherence="taking"),
    reads("already took it today", "none", asked="adherence", adherence="taking"),
    reads("ya me la tomé", "none", asked="adherence", lang="es", adherence="taking"),
    reads("i havent taken it today", "routine", asked="adherence", adherence="missed"),
    reads("she refuses her meds since friday", "high", adherence="stopped"),
    reads("mi papá se niega a tomar sus pastillas", "high", lang="es", adherence="stopped"),
    reads("the insurance refused my prescription again", "routine"),
    reads("God bless you all 🙏", "none"),
    reads("Dios los bendiga, gracias", "none", lang="es"),
    reads("favor de no mandarme mas mensajes", "routine", lang="es", keyword="stop"),
    reads("lousy", "high", asked="mood"),
    reads("3 😭 my team lost", "routine", asked="mood", mood=3),
    reads("what a relief, the new dose is working. 4", "none", asked="mood", mood=4),
]


# Lay words, second pass: each family of the fifth round of blind sets beside a look-alike; dozing off
# that is a red flag and drowsiness at once; a score that governs a passing sad word; a dose missed
# only in a question; a Spanish count of days without the medication.
LAY_WORDS_SECOND_PASS = [
    flag("confusion", "i literally cant stay awake, nodded off mid convo", side_effects=["drowsiness"]),
    flag("confusion", "no me puedo mantener despierto ni en el trabajo", lang="es", side_effects=["drowsiness"]),
    flag("confusion", "hearing whispers when nobody else is home", asked="open"),
    flag("confusion", "¿es normal escuchar voces que me llaman?", asked="open", lang="es"),
    reads("seeing things a lot more clearly since i started. 5", "none", asked="mood", mood=5),
    reads("hearing voices? no none of that. just cant fall asleep", "routine", asked="side_effects",
          side_effects=["insomnia"]),
    flag("chest_pain", "sharp pain in the centre of my chest when i breathe", asked="open"),
    flag("chest_pain", "siento un peso en el pecho desde anoche", asked="open", lang="es"),
    flag("chest_pain", "me está doliendo el pecho", asked="open", lang="es"),
    flag("rash", "some weird reddish spots popped up on my ankles", meds=["lamotrigine"], side_effects=["rash"]),
    flag("rash", "tengo la boca llena de aftas", lang="es", side_effects=["rash"]),
    flag("rash", "la piel de las manos se me está pelando", lang="es", side_effects=["rash"]),
    reads("weird spots on my phone screen lol", "routine"),
    reads("the red spots on my legs faded away, nothing new since", "none", asked="side_effects"),
    flag("liver", "pee looks like dark tea and my belly aches on the right", side_effects=["stomach_pain"]),
    reads("my eyes arent yellow or anything, just tired", "routine", asked="side_effects",
          side_effects=["drowsiness"]),
    flag("infection_on_clozapine", "running a bit of a temp today", asked="open", meds=["clozapine"]),
    flag("infection_on_clozapine", "me siento agripada y me duele mucho la garganta", meds=["clozapine"], lang="es"),
    reads("started a temp job this week, 4", "none", asked="mood", meds=("clozapine",), mood=4),
    flag("priapism", "how long can an erection last?? been like 4 hrs now", asked="open", side_effects=["sexual"]),
    flag("priapism", "its stuck hard since 6am, 5 hrs now and sore", asked="open", side_effects=["sexual"]),
    flag("heart_rhythm", "el corazón se me quiere salir del pecho y me mareo", asked="open", lang="es",
         side_effects=["palpitations", "dizziness"]),
    flag("mania", "thoughts flying all night, bought a truck at 4am, never felt better", asked="open"),
    reads("the power went out, we had a blackout and i missed my night dose", "routine", adherence="missed"),
    reads("nodded off behind the wheel at a stop sign", "high", asked="side_effects", side_effects=["drowsiness"]),
    reads("so sedated i slept through my toddler crying", "high", asked="side_effects", side_effects=["drowsiness"]),
    reads("me da tanto sueño que ni puedo cuidar a mis hijos", "high", asked="side_effects", lang="es",
          side_effects=["drowsiness"]),
    reads("me desvela mucho la pastilla", "routine", asked="side_effects", lang="es", side_effects=["insomnia"]),
    reads("still wide awake til 3am most nights", "routine", asked="side_effects", side_effects=["insomnia"]),
    reads("id kill for a full nights sleep lol", "routine", asked="side_effects", side_effects=["insomnia"]),
    reads("me cuesta muchísimo dormirme, doy vueltas en la cama", "routine", asked="side_effects", lang="es",
          side_effects=["insomnia"]),
    reads("my dreams r insane, like horror movies", "routine", asked="side_effects", side_effects=["vivid_dreams"]),
    reads("sueños re locos todas las noches", "routine", asked="side_effects", lang="es", side_effects=["vivid_dreams"]),
    reads("antes tenía pesadillas pero ya no", "none", asked="side_effects", lang="es"),
    reads("i used to get nightmares but not anymore", "none", asked="side_effects"),
    reads("my pants dont fit, up like 8 lbs", "routine", asked="side_effects", side_effects=["weight_gain"]),
    reads("ya no me quedan los pantalones", "routine", asked="side_effects", lang="es", side_effects=["weight_gain"]),
    reads("tengo un hambre tremenda desde la olanzapina", "routine", asked="side_effects", lang="es",
          side_effects=["appetite_change"]),
    reads("me muero de hambre y de sueño con la mirtazapina", "routine", asked="side_effects", lang="es",
          side_effects=["appetite_change", "drowsiness"]),
    reads("4, me muero de hambre jaja", "none", asked="mood", lang="es", mood=4),
    reads("no puedo quedarme quieta, camino de un lado a otro", "high", asked="side_effects", lang="es",
          side_effects=["restlessness"]),
    reads("sudo a mares en las noches", "routine", asked="side_effects", lang="es", side_effects=["sweating"]),
    reads("my ponytail is half the size it used to be", "routine", asked="side_effects", side_effects=["hair_loss"]),
    reads("my knees are killing me after the run. 4", "none", asked="mood", mood=4),
    reads("can i take it at night so im not so dizzy at work?", "routine", side_effects=["dizziness"]),
    reads("las pastillas para los nervios me ayudan, 4", "none", asked="mood", lang="es", mood=4),
    reads("the pharmacy was out of it so ive been without it since tuesday", "high", adherence="stopped"),
    reads("hace una semana que no me la tomo", "high", asked="adherence", lang="es", adherence="stopped"),
    reads("hace un día que no me la tomo", "routine", asked="adherence", lang="es", adherence="missed"),
    reads("ya paré la sertralina", "high", lang="es", adherence="stopped"),
    reads("what if i forget one, do i just skip it?", "routine"),
    reads("mi mamá dice que me regaña si no me las tomo. sí, diario", "none", asked="adherence", lang="es",
          adherence="taking"),
    reads("every single night with dinner", "none", asked="adherence", adherence="taking"),
    reads("could murder a burger rn. 4", "none", asked="mood", mood=4),
    reads("will do, thanks!", "none"),
    reads("dying to know if i can split the pill", "routine"),
    reads("4, just answering your question", "none", asked="mood", mood=4),
    reads("4, had a meltdown at the pharmacy lol but good", "none", asked="mood", mood=4),
    reads("0. total wreck", "high", asked="mood"),
    reads("3. sad about my cat but coping", "routine", asked="mood", mood=3),
    reads("3, but honestly really depressed", "high", asked="mood", mood=3),
    reads("meh 3.", "routine", asked="mood", mood=3),
    reads("feeling hopeless about this med, nothing has worked", "routine"),
    reads("gracias, todo en orden 👌", "none", lang="es"),
]


# Sets 24-28: words spelt as heard (low literacy, voice dictation), Spanish by region, lay words
# for red flags, severity and adherence, and symptoms over or given as a past reason to stop.
SPELT_AS_HEARD_AND_THIRD_PASS = [
    flag("seizure", "my wife says i had a grand mal in the kitchen last night"),
    flag("rash", "me salieron llaguitas dentro de la boca", lang="es", side_effects=["rash"]),
    flag("rash", "se me esta despegando la piel de las manos", lang="es", side_effects=["rash"]),
    flag("priapism", "tres horas con el miembro duro, que hago", lang="es", side_effects=["sexual"]),
    flag("priapism", "been stuck hard since midnight and it hurts", side_effects=["sexual"]),
    flag("mania", "ando a mil, ideas y mas ideas, me compre una moto a credito", asked="open", lang="es"),
    flag("fainting", "i past out in the shower this morning"),
    flag("chest_pain", "chest pane all day, feels heavy"),
    flag("heart_rhythm", "heart goes thump thump then i get dizzy", side_effects=["dizziness", "palpitations"]),
    flag("heart_rhythm", "el corason me late rapidicimo y me mareo", lang="es", side_effects=["dizziness", "palpitations"]),
    flag("allergic_reaction", "tung swoled up and i cant hardly swalow"),
    flag("liver", "mis ojos estan amariyos", lang="es"),
    flag("confusion", "theres a man in the corner that isnt really there"),
    flag("confusion", "oigo voces y beo gente q no esta", lang="es"),
    flag("lithium_toxicity", "cant keep anything down and im tripping over my own feet, hands shaky", meds=["lithium"]),
    reads("runs all day since the new dose", "routine", asked="side_effects", side_effects=["diarrhea"]),
    reads("havent been able to go number two since monday", "routine", asked="side_effects", side_effects=["constipation"]),
    reads("weird asf dreams lately", "routine", asked="side_effects", side_effects=["vivid_dreams"]),
    reads("tengo pesadiyas cada noche", "routine", asked="side_effects", lang="es", side_effects=["vivid_dreams"]),
    reads("yawning all day at my desk", "routine", asked="side_effects", side_effects=["drowsiness"]),
    reads("lay awake most of the night again", "routine", asked="side_effects", side_effects=["insomnia"]),
    reads("woke up drenched again last night", "routine", asked="side_effects", side_effects=["sweating"]),
    reads("it really kills my appetite", "routine", asked="side_effects", side_effects=["appetite_change"]),
    reads("no interest in sex since i started", "routine", asked="side_effects", side_effects=["sexual"]),
    reads("id give anything for one day where im not dizzy", "routine", side_effects=["dizziness"]),
    reads("the nausea wore off after a week", "none", asked="side_effects"),
    reads("my headaches are so much better now", "none", asked="side_effects"),
    reads("la deje porque me daba mucho mareo, ahora nada", "high", lang="es", adherence="stopped"),
    reads("stopped it, it made me so sleepy", "high", adherence="stopped"),
    case("i pace the kitchen all evening, its like a motor that wont turn off", asked="side_effects",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("no me puedo estar kieta, camino y camino", asked="side_effects", lang="es",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("too dizzy on this stuff to drive to work", asked="side_effects", triage="high", reason="severe_side_effects"),
    case("me da tanto sueno que ya me mandaron a mi casa del trabajo", asked="side_effects", lang="es",
         triage="high", reason="severe_side_effects"),
    case("tiemblo tanto que no puedo ni firmar en la oficina", asked="side_effects", lang="es",
         triage="high", reason="severe_side_effects"),
    case("sudo tanto que me cambio la ropa dos veses", asked="side_effects", lang="es", side_effects=["sweating"]),
    case("think im pregant, is my zoloft ok?", triage="high", reason="pregnancy"),
    case("mi esposo y yo queremos encargar un bebe", lang="es", triage="high", reason="pregnancy"),
    case("this is the worst my anxiety has ever been", triage="high", reason="worsening"),
    case("3 de animo hoy", lang="es", mood=3, triage="routine"),
    case("me quede sin la medicina desde el lunes", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("pharmacy messed up my refill, been out 3 days", asked="adherence", adherence="stopped", triage="high"),
    case("um most nights", asked="adherence", adherence="missed"),
    case("nope, i quit it last month", asked="adherence", adherence="stopped"),
    case("took it. also took the kids to school", asked="adherence", adherence="taking", triage="none"),
    case("keep forgetting to eat breakfast lately", adherence=None),
    case("missed my midterm because of the nausea", asked="side_effects", adherence=None, side_effects=["nausea"]),
    case("forgot i took it and took another one", adherence=None),
    reads("thank you so much doctor 🌷", "none"),
    reads("id kill for a night out with the girls, mood 4", "none", mood=4),
]


# Sets 29-33: lay red flags (a room that won't stop spinning, voices a spouse swears aren't there, wee
# like tea, Spanglish red spots, chest pressure with a word between), severity by driving or childcare
# handed to others, restlessness told as a chair one cannot stay in, "most days" put first, a stop
# told as no longer bothering, and each family beside a look-alike.
FOURTH_PASS = [
    flag("heart_rhythm", "my heart is hammering and the kitchen wont stop spinning",
         side_effects=["dizziness", "palpitations"]),
    flag("confusion", "i hear kids laughing in the attic but my wife insists nobody is there", asked="open"),
    flag("liver", "my wee has turned really dark and my eyes look a bit yellow"),
    flag("rash", "tengo unas manchitas rojas en los brazos desde ayer", lang="es", side_effects=["rash"]),
    flag("chest_pain", "senti un dolor fuerte en el pecho subiendo la loma", lang="es"),
    flag("mania", "llevo 3 noches sin dormir y tengo energia de sobra", asked="open", lang="es",
         side_effects=["insomnia"]),
    case("the sick feeling in my tummy is so bad i had to leave work early", asked="side_effects",
         triage="high", side_effects=["nausea"], reason="severe_side_effects"),
    case("falling asleep at stop lights, my husband does the driving now", asked="side_effects",
         triage="high", side_effects=["drowsiness"], reason="severe_side_effects"),
    case("too sedated to safely care for my baby", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("ya no aguanto mas con los mareos", asked="side_effects", lang="es", triage="high",
         side_effects=["dizziness"], reason="severe_side_effects", crisis=False),
    case("cant stay in my seat at all, walking laps round the kitchen", asked="side_effects",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("i keep jiggling my feet and cant sit for even ten minutes", asked="side_effects",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("most days yeah, sometimes i forget", asked="adherence", adherence="missed", triage="routine"),
    case("pues a veces se me pasa tomarla", asked="adherence", lang="es", adherence="missed"),
    case("im fine, once i calm down se me pasa el enojo", asked="adherence", lang="es", adherence=None, crisis=False),
    case("i stopped bothering with the lexapro a while ago", adherence="stopped", triage="high"),
    case("took them every day this week", asked="adherence", adherence="taking", triage="none"),
    case("my stomachs been aching since monday", asked="side_effects", side_effects=["stomach_pain"]),
    case("the headaches finally let up and the dizziness is gone", asked="side_effects",
         side_effects=[], triage="none"),
    case("mood 3, hopeless at cooking but otherwise fine", asked="mood", mood=3, triage="routine"),
    case("not bad not good, just tired of the rain", asked="mood", triage="routine", no_reason="low_mood"),
    case("its been hard to climax since the new dose", asked="side_effects", side_effects=["sexual"],
         triage="routine", no_reason="low_mood"),
    case("heart pounding and dizzy at the wedding, people thought i was just nervous",
         side_effects=["dizziness", "palpitations"]),
    reads("cya, thx!", "none"),
    case("the queue at the farmacia was long today", no_reason="question"),
]


# Sets 53-57: red flags in lay words (a room that "kinda spins" beside a pounding heart, an "apretón en el pecho",
# an erection since 3am that won't go down, "hablo como trabada" and walking "toda chueca" on lithium, days awake
# "y ni cansada", buying what one cannot pay for, "looking yellow"), stops told as a break, "w/o it since thurs",
# "tossed em", "ya no tengo pastillas", "i want off"; a late period counted in weeks; children's mornings and
# driving given up; a feeling that "won't let me sit"; scores opened by "ugh" or "entre"; past attempts and
# wishes "como antes"; see-you closings; and each family beside a look-alike.
FIFTH_PASS = [
    flag("heart_rhythm", "heart pounding out of my chest and the room kinda spins when i stand",
         side_effects=["dizziness", "palpitations"]),
    flag("heart_rhythm", "heartbeat feels all irregular, flip flopping, and i got super dizzy at the store", asked="open",
         side_effects=["dizziness", "palpitations"]),
    flag("heart_rhythm", "heart rate is all over the place and im short of breath"),
    case("heart beats kinda fast for an hour after my dose. not dizzy, breathing fine", asked="side_effects",
         triage="routine", side_effects=["palpitations"]),
    reads("4, only thing is a fluttery heartbeat now n then, nothing else", "routine", asked="mood", mood=4,
          side_effects=["palpitations"]),
    flag("chest_pain", "siento como un apreton en el pecho desde la mañana", asked="open", lang="es"),
    flag("chest_pain", "theres this squeeze in my chest on and off"),
    case("le di un apreton de manos al doctor, todo bien", lang="es", triage="none", no_reason="red_flag:chest_pain"),
    flag("priapism", "uh ive had an erection since like 3am and it wont go down, really sore", asked="open",
         side_effects=["sexual"]),
    flag("priapism", "um embarrassing but it wont go down, been hard since 3am and its painful", asked="open",
         side_effects=["sexual"]),
    flag("priapism", "se me paro desde las 3 y no se me baja, me duele", asked="open", lang="es"),
    case("my erection problems wont go away on this med", triage="routine", side_effects=["sexual"]),
    case("things have been hard since last night with my wife", no_reason="red_flag:priapism"),
    flag("lithium_toxicity", "si la tomo, pero tengo vomito y diarrea y hablo como trabada", asked="adherence",
         meds=["lithium"], lang="es"),
    flag("lithium_toxicity", "ando con el estomago suelto desde ayer, puro chorro, y camino toda chueca como borracha",
         asked="open", meds=["lithium"], lang="es", side_effects=["diarrhea"]),
    flag("lithium_toxicity", "2, been throwing up since yesterday and my hands wont hold still", asked="mood",
         meds=["lithium"], side_effects=["tremor", "vomiting"]),
    case("threw up once from bad sushi, otherwise fine", meds=["lithium"], no_reason="red_flag:lithium_toxicity"),
    flag("mania", "5!! no he dormido en dias y ni cansada estoy, tengo un monton de ideas y me compre un carro nuevo",
         asked="mood", lang="es"),
    flag("mania", "havent slept in 3 days and not even tired, got like a million ideas", asked="mood"),
    flag("mania", "5!! me siento increible, no paro, ya compre un carro y una moto esta semana sin tener con q pagar",
         asked="mood", meds=["lithium"], lang="es"),
    reads("bought a car this week, feeling great", "none", asked="mood"),
    case("slept 8 hrs and not tired at all today, 5", asked="mood", mood=5, triage="none"),
    flag("liver", "my wife says im looking yellow, even the whites of my eyes", meds=["valproate"]),
    flag("liver", "me estoy poniendo amarilla", lang="es"),
    case("i painted my room yellow this weekend", asked="side_effects", no_reason="red_flag:liver"),
    case("the leaves are looking yellow lol", asked="side_effects", no_reason="red_flag:liver"),
    case("been taking a break from them since my bday 🎂", asked="adherence", adherence="stopped", triage="high"),
    case("me estoy tomando un descanso de las pastillas", lang="es", adherence="stopped", triage="high"),
    case("pharmacy was out so ive been w/o it since thurs", asked="adherence", adherence="stopped", triage="high"),
    case("nah i tossed em, didnt like how i felt on them", asked="adherence", adherence="stopped", triage="high"),
    case("nada fuerte, un poco de sueño. ah y ya no tengo pastillas desde el viernes", asked="side_effects", lang="es",
         adherence="stopped", triage="high", side_effects=["drowsiness"]),
    case("dont have any meds left since tuesday", adherence="stopped", triage="high"),
    case("i want off the paroxetine, i feel numb to everything on it", adherence="stopped", triage="high",
         side_effects=["emotional_blunting"]),
    case("ya me harte de esta pastilla, la quiero dejar, me tiene bien mareada", lang="es", adherence="stopped",
         triage="high", side_effects=["dizziness"]),
    case("no lo he tomado desde hace como 8 dias", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("desde hace como 10 dias no la tomo", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("no la he tomado desde hace como 2 dias", asked="adherence", lang="es", adherence="missed", triage="routine"),
    reads("taking a break from work this week, feeling good", "none"),
    case("found my old cigarettes and threw them out", adherence=None),
    case("i want off the waitlist for therapy", adherence=None),
    case("la quiero dejar en la mesa", lang="es", adherence=None),
    case("no tengo la pastilla aqui conmigo, me la tomo al llegar", lang="es", adherence="taking"),
    case("so... my period is 2 wks late and the test was positive. still on the depakote", meds=["valproate"],
         triage="high", reason="pregnancy"),
    case("no me ha bajado la regla y tomo depakote", lang="es", triage="high", reason="pregnancy"),
    case("tengo una semana de retraso con la regla", lang="es", triage="high", reason="pregnancy"),
    case("my flight is 2 hours late", no_reason="pregnancy"),
    case("no me ha bajado la fiebre", lang="es", no_reason="pregnancy"),
    case("covid test came back positive", no_reason="pregnancy"),
    case("too groggy in the mornings to get my kids ready for school", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("mareos tan fuertes q ya no manejo", asked="side_effects", lang="es", triage="high",
         side_effects=["dizziness"], reason="severe_side_effects"),
    case("so sleepy i cant get my son to school on time", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("i dont drive anymore because of the dizziness", asked="side_effects", triage="high",
         side_effects=["dizziness"], reason="severe_side_effects"),
    reads("i dont drive anymore, sold my car last year. no side effects", "none", asked="side_effects"),
    case("too excited to watch the kids play lol", asked="side_effects", no_reason="severe_side_effects"),
    case("3 but this crawling feeling in my legs wont let me sit down", asked="mood", mood=3, triage="high",
         side_effects=["restlessness"], reason="restlessness"),
    case("la inquietud no me deja estar sentada", asked="side_effects", lang="es", triage="high",
         side_effects=["restlessness"], reason="restlessness"),
    case("my kids wont let me sit down for a second lol", asked="side_effects", no_reason="restlessness"),
    case("a bit restless in the evenings but i can still sit and watch tv no problem", asked="side_effects",
         triage="routine", side_effects=["restlessness"]),
    case("restless and pacing, i can sit for maybe a second", asked="side_effects", triage="high",
         reason="restlessness"),
    case("ugh 2 today, couldnt get outta bed til the afternoon", asked="mood", mood=2, triage="high"),
    case("entre 2 y 3, ando muy decaida", asked="mood", lang="es", mood=2, triage="high"),
    case("estoy muerta de risa con mi nieto, perdon q no conteste antes. cinco", asked="mood", lang="es", mood=5,
         triage="none"),
    reads("good energy this week, got a lot done, sleeping normal", "none", asked="mood"),
    case("yeah 2 kids at home sick so its crazy", asked="mood", mood=None),
    case("had a rough patch in college where i hurt myself but thats been over for like ten years", triage="routine",
         crisis=False),
    case("hace 10 años tuve un intento pero gracias a dios ya estoy muy bien", lang="es", triage="routine",
         crisis=False, reason="past_crisis"),
    case("con esta pastilla ya no pienso en morirme como antes, ya tiene meses q estoy tranquila. 4", asked="mood",
         lang="es", mood=4, triage="routine", crisis=False, reason="past_crisis"),
    case("8 de 10. lo de querer desaparecer ya paso hace rato, estoy tranquila", asked="mood", lang="es", mood=4,
         triage="routine"),
    case("i was depressed years ago and it feels the same now", asked="mood", triage="high"),
    case("tuve un intento de hablar con mi jefe hace años", lang="es", no_reason="past_crisis"),
    case("veo medio borroso cuando leo el cel", asked="side_effects", lang="es", side_effects=["blurred_vision"]),
    case("mouths dry as a desert and im sweaty at night", asked="side_effects", side_effects=["dry_mouth", "sweating"]),
    case("libidos gone and i sweat more at night, not a huge deal", asked="side_effects",
         side_effects=["sexual", "sweating"]),
    case("my appetite completely disappeared, barely eating", asked="side_effects", side_effects=["appetite_change"],
         crisis=False),
    case("se me quito el hambre por completo, ni ganas de comer", asked="side_effects", lang="es",
         side_effects=["appetite_change"]),
    case("la panza me duele un poco despues de tomarla", asked="side_effects", lang="es", side_effects=["stomach_pain"]),
    case("head's been pounding most afternoons", asked="side_effects", side_effects=["headache"]),
    case("anoche no dormi bien, pero fue una noche nada mas", asked="side_effects", lang="es",
         side_effects=["insomnia"]),
    case("me pica un poquito la piel pero no tengo ronchas ni manchas ni nada", asked="side_effects", lang="es",
         triage="routine", side_effects=[]),
    case("not suicidal, not hurting myself, just flat and kind of numb on the paroxetine", asked="side_effects",
         triage="routine", side_effects=["emotional_blunting"]),
    case("estoy hecha polvo, la sertralina me deja sin energia todo el dia", asked="side_effects", lang="es",
         triage="routine", side_effects=["drowsiness"]),
    case("hecha polvo, me siento fatal", asked="mood", lang="es", triage="high", side_effects=[]),
    case("ready to disappear into my pillow by dinnertime every night, the trazodone hits hard", asked="side_effects",
         side_effects=["drowsiness"]),
    case("the news hit hard this week", side_effects=[]),
    reads("nausea vanished after the first week 🙌 nothing else going on", "none", asked="side_effects"),
    case("me deja bien noqueada, es normal?", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("mi jefe me tiene frita jaja, todo bien", lang="es", side_effects=[]),
    case("quiero cancelar mi cita del jueves, se puede cambiar?", lang="es", keyword=None, triage="routine",
         reason="question"),
    case("quiero salir a caminar mas seguido", lang="es", keyword=None),
    case("quiero cancelar los mensajes", lang="es", keyword="stop"),
    case("i want off this list", keyword="stop", adherence=None),
    case("get me off this list pls", keyword="stop"),
    case("get me off the couch lol", keyword=None),
    reads("ok sounds good, see u tuesday", "none"),
    reads("ok gracias, ahi nos vemos el martes", "none", lang="es"),
    reads("skin is all cleared up now, no other problems", "none", asked="side_effects"),
    reads("thank the lord my skin cleared up completely. nothing new to report", "none", asked="side_effects"),
    case("see you tuesday, my rash is worse", triage="urgent", reason="red_flag:rash"),
    case("some days i forget", asked="adherence", adherence="missed"),
    case("yep. havent slept in days, thoughts racing nonstop, dropped 4k on crypto yesterday", asked="adherence",
         adherence="taking", triage="urgent", reason="red_flag:mania"),
    case("nomas la mitad de la semana", asked="adherence", lang="es", adherence="missed"),
    case("skipped the rest of the week", asked="adherence", adherence="missed"),
    reads("did leg day lol, 5/5 otherwise", "none", asked="mood", mood=5),
    case("did u get my message about the refill", reason="question"),
]


# Sixth pass: lay red flags (a rash in "-ish" colours, a chest weight told with dropped g's, priapism in Spanish across a
# comma, mania in lay words), work, driving and children given up, Spanish SMS shorthand, supplies run out or not bought,
# nerves over an event, someone else's attempt, and the harmless look-alike of each.
SIXTH_PASS = [
    flag("rash", "little red-ish bumps showin up all over my chest", meds=["lamotrigine"], side_effects=["rash"]),
    flag("rash", "pinkish spots comin up on my legs since the new dose", side_effects=["rash"]),
    case("lil dark spots on my phone screen lol", asked="side_effects", no_reason="red_flag:rash", side_effects=[]),
    flag("chest_pain", "feels like someone standin on my chest"),
    flag("chest_pain", "like a brick pressin on my chest all morning"),
    flag("chest_pain", "feels like an elephent sitting on my chest"),
    flag("chest_pain", "feels like my dog is sitting on my chest"),
    case("my cat was sittin on my chest this morning lol", no_reason="red_flag:chest_pain"),
    case("my baby fell asleep on my chest, so cute", asked="side_effects", no_reason="red_flag:chest_pain"),
    flag("priapism", "tengo una erección desde anoche y no se me baja", asked="open", meds=["trazodone"], lang="es",
         side_effects=["sexual"]),
    flag("priapism", "llevo una ereccion de 4 horas, me duele", asked="open", lang="es", side_effects=["sexual"]),
    case("tengo problemas de ereccion desde hace meses", lang="es", triage="routine", side_effects=["sexual"]),
    flag("mania", "mind going like a thousand miles a minute, cant sleep", asked="open"),
    flag("mania", "gambled away the rent last night and feel amazing", asked="open"),
    flag("mania", "las ideas no me paran, no he dormido en 3 dias", asked="open", lang="es"),
    flag("mania", "ando con una energia q no me la acabo y le preste dinero a todo el mundo", asked="open", lang="es"),
    flag("mania", "quit my job on the spot and i feel like a genius", asked="open"),
    case("medical bills drained my savings, so stressed", no_reason="red_flag:mania"),
    case("quit my job to start a business, nervous but excited", no_reason="red_flag:mania"),
    case("renuncie al trabajo porque me cambie de ciudad", lang="es", no_reason="red_flag:mania"),
    case("el trafico no me para de estresar", lang="es", no_reason="red_flag:mania"),
    # work, driving and children given up
    case("so dizzy i crashed my car into a pole", asked="side_effects", triage="high", side_effects=["dizziness"],
         reason="severe_side_effects"),
    case("too sleepy, shouldnt be driving like this", asked="side_effects", triage="high", side_effects=["drowsiness"],
         reason="severe_side_effects"),
    case("so drowsy my mom had to come watch the kids", asked="side_effects", triage="high", side_effects=["drowsiness"],
         reason="severe_side_effects"),
    case("tan mareada que mi mama tuvo que venir a cuidar a los niños", asked="side_effects", lang="es", triage="high",
         side_effects=["dizziness"], reason="severe_side_effects"),
    case("so groggy i slept through my shift and almost got fired", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("puking every morning, missed 3 days of skool", asked="side_effects", triage="high", side_effects=["vomiting"],
         adherence=None, reason="severe_side_effects"),
    case("got rear ended on the way to work, neck hurts a bit", asked="side_effects", no_reason="severe_side_effects"),
    reads("my mom had to come watch the kids while i went to the dentist, no side effects", "none", asked="side_effects"),
    # sleepiness in lay words
    case("sleep right through my alarms since the new dose", asked="side_effects", side_effects=["drowsiness"]),
    case("no me levanto ni con el despertador desde que me subieron la dosis", asked="side_effects", lang="es",
         side_effects=["drowsiness"]),
    case("ando bien dormida todo el dia con la quetiapina", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("half asleep til noon every day on this stuff", asked="side_effects", side_effects=["drowsiness"]),
    case("no escuche el despertador y llegue tarde", lang="es", side_effects=[], crisis=False),
    case("dormi bien anoche", asked="side_effects", lang="es", side_effects=[]),
    case("appetite is shot since the new pill", asked="side_effects", side_effects=["appetite_change"]),
    case("appetite is back to normal", asked="side_effects", side_effects=[]),
    case("me puso bien gordita la pastilla", asked="side_effects", lang="es", side_effects=["weight_gain"]),
    case("these pills made me so fat", asked="side_effects", side_effects=["weight_gain"]),
    case("mi gorda me hizo la cena", lang="es", side_effects=[]),
    # Spanish SMS shorthand: a lone "m" is "me", "sta" is "está", "qdar" is "quedar"
    case("m duele la cabeza dsps d tomarla", asked="side_effects", lang="es", side_effects=["headache"]),
    case("se m sta cayendo mucho el cabello", asked="side_effects", lang="es", side_effects=["hair_loss"]),
    case("no me puedo qdar sentada, camino x toda la casa", asked="side_effects", lang="es", triage="high",
         side_effects=["restlessness"], reason="restlessness"),
    reads("me la paso caminando por toda la casa limpiando jaja, todo bien", "none", asked="side_effects", lang="es"),
    case("i m so tired lately", asked="side_effects", side_effects=["drowsiness"]),
    # supplies run out, not bought, or a stop planned
    case("been without it 4 days now, pharmacy hasnt filled it", asked="adherence", adherence="stopped", triage="high"),
    case("4 days without my pills bc the pharmacy messed up", asked="adherence", adherence="stopped", triage="high"),
    case("its been 3 days since my last pill", asked="adherence", adherence="stopped", triage="high"),
    case("ya van 5 dias sin ella, no me la han surtido", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("sin tomarla desde el viernes, se me perdio", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("hace 4 dias que no la tengo", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("desde ayer sin tomarla", asked="adherence", lang="es", adherence="missed", triage="routine"),
    case("2 days without it", asked="adherence", adherence="missed"),
    case("my bottle ran dry on friday", asked="adherence", adherence="stopped", triage="high"),
    case("the pill bottle is empty and the refill isnt ready", adherence="stopped", triage="high"),
    case("el frasco ya esta vacio", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("the wine bottle is empty lol", adherence=None),
    case("nope, bottle's been empty since the weekend", asked="adherence", adherence="stopped", triage="high", mood=None,
         no_reason="low_mood"),
    case("the pill box has been empty since friday", adherence="stopped", triage="high", no_reason="low_mood"),
    case("feeling empty", asked="mood", triage="high", reason="low_mood"),
    case("been without my phone 3 days lol", adherence=None),
    case("couldnt afford my meds this month", adherence="stopped", triage="high"),
    case("no me alcanzo para la medicina este mes", lang="es", adherence="stopped", triage="high"),
    case("no la he comprado, esta muy cara", asked="adherence", lang="es", adherence="stopped", triage="high"),
    case("couldnt afford the concert tickets lol", adherence=None),
    case("no la compre la leche", lang="es", adherence=None),
    case("mañana dejo la sertralina, ya me siento bien", lang="es", adherence="stopped", triage="high"),
    case("no dejo de tomarla nunca", lang="es", adherence="taking"),
    case("dejo la pastilla en el buro para no olvidarla", lang="es", adherence=None),
    case("te dejo la receta en la mesa", lang="es", adherence=None),
    # forgetting and skipping that are no dose
    case("si me la tomo pero se me olvidan las cosas", asked="adherence", lang="es", adherence="taking"),
    case("se me olvido tomarla ayer", lang="es", adherence="missed"),
    reads("skipped the gym today, feeling great", "none", asked="mood"),
    case("took every dose this week", asked="adherence", adherence="taking", triage="none"),
    case("took every dose for the week at once", adherence=None),
    # past, resolved, or an event's nerves
    reads("had the flu a couple weeks ago, all good now", "none"),
    reads("nausea last week, everything fine now", "none", asked="side_effects"),
    case("headaches last month and theyre still there", asked="side_effects", side_effects=["headache"]),
    case("rash last week, all fine now", asked="side_effects", triage="urgent", reason="red_flag:rash"),
    reads("la entrevista me tenia muerta de nervios pero me fue super bien", "none", asked="mood", lang="es"),
    case("nervous about my interview tomorrow lol", side_effects=[]),
    case("ando muy nerviosa desde que empece la pastilla", asked="side_effects", lang="es", side_effects=["anxiety"]),
    case("anxious about my exam and shaky since the dose went up", asked="side_effects",
         side_effects=["anxiety", "tremor"]),
    # a late period and a positive test; a negative one
    case("the test came back positive and im like a week late", triage="high", reason="pregnancy"),
    case("tengo un retraso y la prueba salio positiva", lang="es", triage="high", reason="pregnancy"),
    case("im late for work and my covid test came back positive", no_reason="pregnancy"),
    case("im late, the covid test was positive", no_reason="pregnancy"),
    reads("not pregnant, test was negative", "none"),
    reads("no estoy embarazada, gracias", "none", lang="es"),
    case("not pregnant but my period is 2 weeks late", triage="high", reason="pregnancy"),
    # someone else's attempt, and the patient's own long past
    case("my cousin took his own life last year, still thinking about him", triage="routine", crisis=False,
         reason="third_party_crisis"),
    case("mi primo se quito la vida el mes pasado", lang="es", triage="routine", crisis=False, reason="third_party_crisis"),
    case("my brother is in the hospital after an attempt, im ok", triage="routine", crisis=False,
         reason="third_party_crisis"),
    case("mi hijo esta en el hospital despues de una sobredosis", lang="es", triage="routine", crisis=False,
         reason="third_party_crisis"),
    case("i attempted back in 2015, stable for years now", triage="routine", crisis=False, reason="past_crisis"),
    case("my last attempt was years ago, im ok now", triage="routine", crisis=False, reason="past_crisis"),
    case("i attempted to bake bread lol", no_reason="past_crisis"),
    case("my sister is in the hospital after an attempt at the marathon record lol", no_reason="third_party_crisis"),
    case("my attempt at cooking was a disaster", no_reason="past_crisis"),
]


# Seventh pass: mania and confusion in lay words, a fit, "quedarse privada", eye and cheek sores, legs that must keep
# moving, kept from work or the school run, a medication not touched, wanting out of it, past and others' overdoses.
SEVENTH_PASS = [
    flag("mania", "so much energy, thoughts r flying, put 8k on the credit card for a boat i dont need lol", asked="mood"),
    flag("mania", "5/5!!! ideas pouring out faster than i can type, booked a trip to vegas n put 6k on my card today",
         asked="mood", mood=5),
    flag("mania", "full of energy, charged 5 grand on my credit card for a jet ski lol"),
    reads("4, put 2k on my credit card for the car repair", "none", asked="mood", mood=4),
    flag("confusion", "so mixed up today, didnt know what year it was when my daughter asked. this is new for me", asked="open"),
    flag("confusion", "couldnt tell what month it was this morning", asked="open"),
    flag("confusion", "no sabia en que año estaba, me asuste", asked="open", lang="es"),
    case("i mixed up the dates for my appt, can we move it?", no_reason="red_flag:confusion"),
    flag("seizure", "roommate says i had some kind of fit on the couch last nite, eyes rolled back and i bit my tongue", asked="open"),
    flag("seizure", "my wife says i had some sort of fit in my sleep", asked="open"),
    case("my mom had some kind of fit about my tattoo", no_reason="red_flag:seizure"),
    flag("fainting", "me quede privada en la cocina, cuando desperte estaba en el suelo", asked="open", lang="es"),
    flag("fainting", "me prive en el baño un ratito", asked="open", lang="es"),
    case("me quede privado de risa con el video jaja", lang="es", no_reason="red_flag:fainting"),
    flag("rash", "4 overall but my eyes r red n crusty and i got sores inside my cheeks", asked="mood", meds=["carbamazepine"],
         mood=4, side_effects=["rash"]),
    flag("rash", "sores inside of my cheeks since the new dose", side_effects=["rash"]),
    case("4, my eyes are red and itchy from allergies", asked="mood", no_reason="red_flag:rash", mood=4),
    case("my legs need to keep moving, cant sit thru a single tv show w/o getting up to pace", asked="side_effects",
         triage="high", reason="restlessness", side_effects=["restlessness"]),
    case("my body needs to keep moving all the time", asked="side_effects", triage="high", reason="restlessness"),
    case("cant sit through a single movie without falling asleep", asked="side_effects", no_reason="restlessness"),
    case("havent touched my effexor in like 10 days", triage="high", adherence="stopped", reason="stopped_medication"),
    case("no la he tocado en una semana", asked="adherence", lang="es", triage="high", adherence="stopped"),
    case("havent touched my guitar in 10 days", adherence=None, no_reason="stopped_medication"),
    case("me quiero salir de la quetiapina, ya no la aguanto", lang="es", triage="high", adherence="stopped"),
    case("quiero salirme de estas pastillas", lang="es", triage="high", adherence="stopped"),
    case("el mareo esta tan feo q tuve q faltar al trabajo dos dias", asked="side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["dizziness"]),
    case("con las nauseas he faltado a la escuela", asked="side_effects", lang="es", triage="high", reason="severe_side_effects"),
    case("so groggy every am that my mom has been taking my kid to daycare, im not safe behind the wheel",
         asked="side_effects", triage="high", reason="severe_side_effects", side_effects=["drowsiness"]),
    case("bit groggy but fine, my husband takes my kid to daycare anyway", asked="side_effects", triage="routine",
         side_effects=["drowsiness"]),
    case("me hice la prueba y sali positiva 🤰 q hago con la lamotrigina?", lang="es", triage="high", reason="pregnancy"),
    case("sali positiva en la prueba de covid", lang="es", no_reason="pregnancy"),
    case("worse than ive ever been since starting this", asked="mood", triage="high", reason="worsening"),
    case("honestly rock bottom this week. but im safe, i promise", asked="mood", triage="high", reason="low_mood", crisis=False),
    case("estoy tocando fondo", asked="mood", lang="es", triage="high", reason="low_mood"),
    reads("rock bottom prices at walmart lol, 4", "none", asked="mood", mood=4),
    case("mi prima se tomo un frasco de pastillas el fin, esta en el hospital. yo estoy bien, solo les aviso", lang="es",
         triage="routine", crisis=False, reason="third_party_crisis"),
    case("my brother swallowed a bottle of pills last night, hes in the er. im ok", triage="routine", crisis=False,
         reason="third_party_crisis"),
    case("my mom took her pills this morning", no_reason="third_party_crisis"),
    case("for my chart: had an od in 2017, 2 days in the icu. been stable for years, no thoughts like that anymore",
         triage="routine", crisis=False, reason="past_crisis"),
    reads("ningun efecto, todo tranqui", "none", asked="side_effects", lang="es"),
    reads("ok thank u, u guys are lifesavers 🙏", "none"),
    reads("gracias son unos angeles", "none", lang="es"),
    reads("lol my phone died mid convo sorry. anyway yes i took it", "none", asked="adherence", adherence="taking"),
    case("nel", asked="adherence", lang="es", adherence="missed"),
    reads("dr bumped me up to 100 last visit so im taking two of the 50s every morning now, all good", "none",
          adherence="taking"),
    case("tengo chorro desde hace dos dias y se me traba la lengua al hablar", meds=["lithium"], lang="es",
         reason="red_flag:lithium_toxicity", side_effects=["diarrhea"]),
    reads("4. stayed up way too late killing zombies w my nephew on the xbox", "none", asked="mood", mood=4),
    case("been a zombie all week on this stuff", asked="side_effects", side_effects=["emotional_blunting"]),
    case("jeans getting tight, up maybe 4 lbs", asked="side_effects", side_effects=["weight_gain"]),
    case("pants are getting tight", asked="side_effects", side_effects=["weight_gain"]),
    case("yes. also quit smoking monday and the cravings are killing me", asked="adherence", meds=["bupropion"],
         triage="none", adherence="taking", side_effects=[]),
    case("crazy cravings for sweets lately", asked="side_effects", side_effects=["appetite_change"]),
    case("so i skipped tonights dose", meds=["lithium"], triage="routine", adherence="missed"),
    case("missed this mornings, took it at lunch", adherence="missed"),
    case("skipped tonights class to rest", adherence=None, no_reason="missed_doses"),
]


# Tenth round: asked of god, weary of breathing, hidden self-harm, burdens lifted, "no more" said twice.
CRISIS_TENTH_ROUND = [
    crisis("i beg god every night to let me die"),
    crisis("praying the lord takes me soon"),
    not_crisis("i asked god to take me through this rough patch"),
    crisis("honestly sick of breathing"),
    crisis("estoy cansada de respirar", lang="es"),
    not_crisis("tired of breathing through my mouth with this cold"),
    crisis("time to check out for good"),
    not_crisis("gonna log off for good from twitter"),
    crisis("id sooner be six feet under than go back to that job"),
    crisis("wearing a hoodie in july to hide my arms"),
    crisis("used the razor on my thighs last night"),
    crisis("held the knife to my wrist for an hour"),
    crisis("anoche tenia la navaja en la muñeca", lang="es"),
    crisis("burned my arm with a cigarette on purpose"),
    crisis("me hice unos rayones en el brazo con la navaja", lang="es"),
    crisis("ya no te voy a dar mas problemas, mama", lang="es"),
    crisis("who will take care of my cats when im gone"),
    not_crisis("who will take care of my dogs while im on vacation"),
    crisis("hoping my number is up soon"),
    crisis("tengo ganas de ya no despertar", lang="es"),
    crisis("prefiero ya no estar aqui", lang="es"),
    not_crisis("prefiero ya no estar en ese trabajo", lang="es"),
    crisis("ya no me importa seguir vivo", lang="es"),
    crisis("i dont wanna live no more"),
    crisis("ya no quiero vivir ya no", lang="es"),
    crisis("mi mama me regaño y siento que ya no quiero vivir", lang="es"),
    crisis("i wish i could vanish off the face of the earth"),
    crisis("wanna disappear for a while, maybe forever"),
    not_crisis("wanna disappear off social media for good"),
    not_crisis("quisiera desaparecer estas ojeras jaja", lang="es"),
    not_crisis("4, and no, no dark thoughts about ending things", asked="mood"),
    not_crisis("did leg day, my legs want to die lol"),
    not_crisis("would literally fake my own death to get out of that baby shower lol"),
    not_crisis("me siento muerta x dentro con este medicamento, no siento nada", lang="es"),
    crisis("me siento muerta por dentro, quiero morirme", lang="es"),
    not_crisis("ready to disappear into my pillow by dinnertime, the trazodone hits hard"),
    not_crisis("ya no tengo esperanza con esta medicina, hay algo mas q pueda probar?", lang="es"),
    crisis("figured out the cure for my depression: not being alive. kidding. kind of"),
    crisis("me siento como una vela que ya se quiere apagar", lang="es"),
    crisis("ayer tuve un intento", lang="es"),
    not_crisis("tuve un intento de dejar el cigarro", lang="es"),
    crisis("i hate waking up alive"),
    case("back in college i hated waking up alive, now im good", triage="routine", crisis=False),
    not_crisis("quiero darme de baja", lang="es", keyword="stop"),
]


# Eleventh round: hitting oneself, welcoming death, envy of the dead, bargains with god, sung words, illness similes.
CRISIS_ELEVENTH_ROUND = [
    crisis("2. been punching my own legs when my head gets too loud", asked="mood"),
    not_crisis("punched my own legs to wake them up, they fell asleep"),
    crisis("me pego en las piernas hasta que me salen moretones", lang="es"),
    not_crisis("me pegue en la cabeza con la puerta", lang="es"),
    crisis("ojala un dia de estos ya no abra los ojos", lang="es"),
    crisis("no me voy a hacer nada, pero si la muerte me llegara hoy la recibiria con gusto", lang="es"),
    crisis("if nothing changes by christmas god can go ahead and take me"),
    crisis("diosito si me escuchas ya llevame contigo", lang="es"),
    not_crisis("le pido a diosito q me de salud y vida pa ver crecer a mis nietos, un 5", asked="mood", lang="es"),
    crisis("mostly praying i dont have many years left"),
    crisis("would gladly trade places with anyone in the cemetery"),
    not_crisis("would trade places with anyone at the beach rn"),
    crisis("not gonna do anything dumb but if i went to sleep and never woke up id be ok with that"),
    crisis("lol death sounds kind of relaxing lately ngl"),
    not_crisis("death sounds scary to me"),
    crisis("si me la tomo pero q caso tiene, no pienso durar mucho", lang="es"),
    not_crisis("no creo durar mucho en este trabajo", lang="es"),
    crisis("only side effect is that i still wake up every morning, which is kind of the problem"),
    not_crisis("i still wake up every morning at 5, which is the problem"),
    crisis("dios se llevo a mi hermano y me dejo a mi? yo si me quiero ir", lang="es"),
    crisis("kinda hoping this chest cold turns into pneumonia and takes me out tbh"),
    not_crisis("hoping this cold doesnt take me out for the whole week"),
    crisis("some days i think my parents shouldve never had me"),
    not_crisis("my mom should have never had kids lol she hates noise"),
    crisis("every nite i pray i dont see the mornin"),
    crisis("i think i took my pills like 4 times today, kept forgetting if i already had"),
    not_crisis("only took it like 3 times this week", asked="adherence"),
    not_crisis("me and the kids screamed 'i sometimes wish id never been born' in the car, that song hits"),
    crisis("i sometimes wish id never been born"),
    not_crisis("pense q me moria, me desmaye en el baño", lang="es"),
    not_crisis("me siento morir, fiebre y dolor de garganta desde ayer", lang="es"),
    crisis("me siento morir, ya no quiero vivir", lang="es"),
    not_crisis("i feel like a burden making my sister drive me to every appt, could we do video visits?"),
    crisis("i feel like a burden to everyone"),
    not_crisis("2. everything feels heavy but i do want to be here, im just struggling", asked="mood"),
    case("not sure i still want to be here", triage="urgent", crisis=True),
    not_crisis("quiero dejar el litio. no es q me quiera morir ni nada, solo no quiero mas pastillas", lang="es"),
    not_crisis("4, y no e tenido pensamientos de hacerme daño", asked="mood", lang="es"),
    not_crisis("god can take me to church on sunday"),
    crisis("took all my doses for the week last night"),
    crisis("me tome todas las de la semana anoche", lang="es"),
    crisis("my brother attempted last week, honestly me too"),
    crisis("my friend is in the hospital after an attempt and i wish i had done it too"),
]


# Twelfth round: goodbyes without the word, marks one makes, doses repeated, weapons and schedules, denials doubted.
CRISIS_TWELFTH_ROUND = [
    crisis("not suicidal. i just wouldnt mind if a bus hit me tbh"),
    not_crisis("wouldnt mind if a bus hit me with some free money lol"),
    crisis("jaja no te preocupes no me voy a matar... creo", lang="es"),
    crisis("no thoughts of hurting anyone else. just myself"),
    case("ya no tengo esos pensamientos de morirme como antes, ahora ando en un 4", lang="es", crisis=False),
    not_crisis("en la novela la protagonista grito 'prefiero morir!' y llore como loca jaja", lang="es"),
    crisis("ya le deje a mi mama una carta de despedida en su buro", lang="es"),
    crisis("ya les dije adios a todos, no me busquen", lang="es"),
    not_crisis("no me busquen, estoy en el cine", lang="es"),
    not_crisis("me despedi de todos en el trabajo", lang="es"),
    crisis("tengo marcas nuevas en las piernas, me las hago yo pero nadie sabe", lang="es"),
    crisis("took my lithium then forgot and took it again. and again. so like 4 doses"),
    crisis("snapping a hair tie on my wrist so hard its bleeding"),
    not_crisis("snapped a rubber band on my wrist to stop smoking"),
    crisis("accidentally took a whole week out of the pill organizer at once"),
    not_crisis("took a whole week off work"),
    crisis("estoy en el baño con las tijeras y no dejo de pensar en usarlas en mi", lang="es"),
    not_crisis("voy a usarlas en mi cabello", lang="es"),
    crisis("me estoy tomando 4 o 5 seroquel cada noche pa dormir todo el dia y no pensar en nada", lang="es"),
    crisis("downed a bunch of my gabapentin w wine last night, dont remember how many"),
    not_crisis("took a bunch of vitamins with breakfast"),
    crisis("kept taking trazodone last night til i finally conked out"),
    crisis("ya compre un cuchillo y se a q hora sale mi ex del trabajo", lang="es"),
    crisis("carved his name into my forearm w a safety pin last night"),
    not_crisis("scratched a word into my desk"),
    crisis("had an od last week"),
    case("had an od in 2017, clean since", triage="routine", crisis=False),
    not_crisis("me quiero salir del grupo de whatsapp", lang="es"),
    crisis("yes took it. the hook in the basement ceiling is strong enough for me", asked="adherence"),
    not_crisis("the hook is strong enough for the plant"),
]


# Eighth pass (round 13): the heart with the legs, a fit's shaking, hair in the drain, the scale, Spanish sleep and desire,
# symptoms over or with an everyday cause, taking told bare or split, doses over the top, no supply, questions and wishes.
EIGHTH_PASS = [
    # the heart and the legs together: a racing heart with nearly falling over is heart_rhythm
    flag("heart_rhythm", "heart's going crazy fast and I almost fell over when I stood up", side_effects=["dizziness", "palpitations"]),
    flag("heart_rhythm", "my hearts racing and i feel like i might fall over", side_effects=["dizziness", "palpitations"]),
    flag("heart_rhythm", "mi corazón late como loco y siento que me voy a caer", lang="es", side_effects=["dizziness", "palpitations"]),
    case("the song about broken hearts going crazy", side_effects=[]),
    # a fit's shaking is the fit, not a tremor
    flag("seizure", "had a seizure this morning, first ever. husband said I was shaking for about a minute", asked="open",
         side_effects=[]),
    flag("seizure", "tuve una convulsión anoche, mi esposo dice que estuve temblando como un minuto", asked="open", lang="es",
         side_effects=[]),
    case("my hands have been shaking since the lithium went up", side_effects=["tremor"]),
    # hair in the drain, hair falling more
    case("more hair in the shower drain than usual", side_effects=["hair_loss"], triage="routine"),
    case("way more hair on my pillow than normal", side_effects=["hair_loss"]),
    case("se me esta cayendo mas el pelo", lang="es", side_effects=["hair_loss"]),
    case("más pelo en el cepillo de lo normal", lang="es", side_effects=["hair_loss"]),
    case("more hair products in the shower than i need lol", side_effects=[]),
    # weight told by the scale or creeping up
    case("sweating a lot and my weights creeping up, about 8 lbs", side_effects=["sweating", "weight_gain"]),
    case("stopped taking it last week because of the weight. scale says 18 lbs since march", asked="adherence",
         adherence="stopped", side_effects=["weight_gain"]),
    case("la báscula marca 5 kilos más desde que empecé", lang="es", side_effects=["weight_gain"]),
    case("scale says 140, same as last month", side_effects=[]),
    # sleep, Spanish
    case("con el aumento de dosis no puedo dormir nada", lang="es", triage="routine", side_effects=["insomnia"]),
    case("no pude dormir casi nada anoche", lang="es", side_effects=["insomnia"]),
    case("Tengo un sueño que me muero, duermo todo el día con la quetiapina", lang="es", side_effects=["drowsiness"]),
    case("traigo mucho sueño desde la dosis nueva", lang="es", side_effects=["drowsiness"]),
    case("tengo un sueño: terminar la escuela", lang="es", side_effects=[]),
    # desire named by the partner
    case("la dejé hace 3 días porque sigo sin ganas con mi esposo", asked="adherence", lang="es", adherence="stopped",
         side_effects=["sexual"]),
    case("no desire for my wife since the paxil", side_effects=["sexual"]),
    case("no interest in my husband's hobbies", side_effects=[]),
    # over and done: died down, prayed away
    case("havent missed any. the nausea finally died down too", asked="adherence", triage="none", adherence="taking",
         side_effects=[]),
    case("the headaches calmed down after the first week", side_effects=[]),
    case("I prayed for the shaking to stop and it finally did 🙏 feeling good", triage="none", side_effects=[]),
    case("I pray for the shaking to stop every night", side_effects=["tremor"]),
    # everyday causes: a double shift, the kids, sport, a run
    case("dead on my feet after a double shift. mood 3", asked="mood", mood=3, side_effects=[]),
    case("3. estoy muerta de cansancio con el trabajo, pero bien", asked="mood", lang="es", mood=3, side_effects=[]),
    case("quisiera dormir un año entero, ando agotada con los niños. un 3", asked="mood", lang="es", mood=3, side_effects=[]),
    case("exhausted from work since the new dose, mood 3", asked="mood", mood=3, side_effects=["drowsiness"]),
    case("dead tired after my shift", asked="side_effects", side_effects=["drowsiness"]),
    case("football practice left me w a busted lip and bruises everywhere. feelin great tho, 5", asked="mood", mood=5,
         triage="none", side_effects=[]),
    case("knuckles are bruised from boxing class lol. 5/5 tho", asked="mood", mood=5, triage="none"),
    case("4. went for a long run this morning, heart was pounding on the hills but felt great after", asked="mood", mood=4,
         triage="none", side_effects=[]),
    case("heart pounding even when im just sitting, not like after a run", side_effects=["palpitations"]),
    case("bruises all over my arms and i havent bumped into anything", side_effects=[], triage="routine"),
    # a place owned by someone else is not their body
    case("stomach bug going around my kids school, threw up last night but otherwise ok", side_effects=["vomiting"]),
    case("my daughter threw up last night, poor thing", side_effects=[]),
    # taking it: bare, after a near mix-up, split as told
    case("taking it. side effect is mostly dry mouth", asked="side_effects", adherence="taking", side_effects=["dry_mouth"]),
    case("parti las de 50 en mitades como dijo el doctor y me van bien", asked="adherence", lang="es", triage="none",
         adherence="taking"),
    case("1/2 tab like u said, splitting w a pill cutter. headaches are gone now", asked="adherence", adherence="taking",
         side_effects=[]),
    case("cutting them in half as prescribed", asked="adherence", adherence="taking"),
    case("i cut my hair like you said", asked="adherence", adherence=None),
    case("nearly took my husbands blood pressure pill by mistake, caught it in time lol. took mine tho", asked="adherence",
         triage="none", adherence="taking"),
    case("casi me tomo la de mi mamá, pero me tomé la mía", asked="adherence", lang="es", adherence="taking"),
    # doses over the top are no adherence ("but" keeps a habit told apart)
    case("didnt miss any, i took tomorrows and the next 20 days too", asked="adherence", adherence=None),
    case("accidentally took my lithium this morning, then again at 10, then again at lunch. is that bad??", meds=["lithium"],
         adherence=None),
    case("se me pasaron las pastillas, me tome como 15 de trazodona sin querer y me siento rarisima", lang="es", adherence=None),
    case("si me las tomo... hoy en la mañana me tome 3 dias juntos a ver si asi ya no siento nada", asked="adherence",
         lang="es", adherence=None, side_effects=[]),
    case("yea takin it every day,but i took like 15 extra last nite on purpose", asked="adherence", adherence="taking"),
    case("took 20 mg this morning like always", asked="adherence", adherence=None, no_reason="missed_doses"),
    # skipping a part of life is no dose
    case("skip the boring parts of the day and go straight to bed lol", adherence=None, no_reason="missed_doses"),
    case("skipped my dose yesterday", adherence="missed"),
    # no supply is a stop
    case("pharmacy said insurance won't cover it anymore so I haven't had any since sunday", asked="adherence",
         triage="high", adherence="stopped"),
    case("el seguro ya no la cubre, no la he tomado desde el lunes", asked="adherence", lang="es", adherence="stopped"),
    case("haven't had any since sunday, forgot to refill", asked="adherence", adherence="missed"),
    # a question about taking it is not taking it
    case("a q hora me la tomo, en la mañana o en la noche?", lang="es", adherence=None, reason="question"),
    case("me la tomo en la mañana, a que hora es mejor?", asked="adherence", lang="es", adherence="taking"),
    # "unsubscribe from life" is not a request about the texts
    case("honestly i'd like to unsubscribe from life", asked="mood", keyword=None, no_reason="opt_out"),
    case("please unsubscribe me from these texts", keyword="stop"),
    # someone else's low mood, a wish about the weather, a refill asked plainly
    case("My son's friend killed himself last month and he's been struggling. Can I get him seen here?", triage="routine",
         reason="question"),
    case("my husband has been struggling, and so am i", triage="high", reason="low_mood"),
    case("Que se acabe ya este invierno, por favor 🥶 estoy un 4", asked="mood", lang="es", mood=4, triage="none"),
    case("que llegue ya el viernes jaja. un 5", asked="mood", lang="es", mood=5, triage="none"),
    case("the 30 pills from last month are all gone, took them as directed, need more pls", triage="routine",
         adherence="taking", reason="question"),
    case("se me acabaron, necesito más pastillas", lang="es", reason="question"),
    case("need more sleep lol", no_reason="question"),
    # a crisis long past, time clean since
    case("a year ago i had the bottle in my hand. today i went hiking w my daughter. 5", asked="mood", mood=5,
         triage="routine", reason="past_crisis"),
    case("no cutting in 8 months now!! therapist is proud of me. 4", asked="mood", mood=4, triage="routine",
         reason="past_crisis"),
    case("llevo 6 meses sin cortarme, 4", asked="mood", lang="es", mood=4, triage="routine", reason="past_crisis"),
    case("no cutting my hair for months lol. 4", asked="mood", mood=4, triage="none"),
]


CRISIS_THIRTEENTH_ROUND = [
    crisis("I don't want to die exactly. I just want to stop existing for a while"),
    crisis("quisiera dejar de existir un rato", lang="es"),
    not_crisis("i want to disappear for a while, go to the beach"),
    crisis("been pressing a hot spoon on my thigh at night"),
    crisis("me pongo una cuchara caliente en el brazo cuando nadie me ve", lang="es"),
    not_crisis("pressed a hot spoon on the butter to soften it"),
    crisis("the money's all in my sister's name now, passwords in an envelope. she'll know what to do after"),
    not_crisis("she'll know what to do after school"),
    crisis("I'm the only broken part and I'd like to be removed from the machine."),
    crisis("ya quisiera quitarme de en medio", lang="es"),
    not_crisis("i'd like to be removed from the mailing list"),
    crisis("2/5. every time i drive over the bay bridge i look at the railing too long", asked="mood"),
    not_crisis("looked at the tracks to see if the train was coming"),
    crisis("sigo tomándola. con náuseas. y pensando que Dios se olvidó de llevarme", lang="es"),
    not_crisis("dios se olvidó de mandarme paciencia hoy jaja", lang="es"),
    crisis("Mis gatos son lo único que me detiene, y ya le pregunté a la vecina si se los queda", lang="es"),
    crisis("my dogs are the only thing keeping me here"),
    not_crisis("mi perro es lo unico que me hace salir a caminar", lang="es"),
    crisis("sorry for all the trouble ive caused. this is the last time youll hear from me"),
    not_crisis("this is the last time you'll hear from me about the refill, promise"),
    crisis("animo 4 jaja pero ya tengo todo planeado pa el viernes, ya no voy a sufrir", asked="mood", lang="es"),
    not_crisis("todo planeado pa el viernes, la fiesta va a estar buena", lang="es"),
    crisis("been chewing up the pills and taking double every few hrs so it all just stops"),
    not_crisis("took ibuprofen so the ringing stops hurting"),
    crisis("washed down the rest of the ambien w a bottle of wine. just wanted u to know"),
    not_crisis("washed down my pill with a sip of water"),
    crisis("ando con manga larga aunq hace un calorón, pa q no vean las marcas nuevas", lang="es"),
    not_crisis("ando con manga larga pa que no me piquen los moscos", lang="es"),
    crisis("me encerre en el baño con la navaja de mi papa. no se q hacer", lang="es"),
    not_crisis("locked myself in the bathroom with my phone to get some peace"),
    crisis("the bottle that was full on sunday is empty and its only tuesday lol"),
    crisis("had to throw out the bathroom towels, too much blood from last nite. went too deep"),
    not_crisis("went too deep into the lake and got scared lol, we swam back"),
    crisis("ya compre el paracetamol en la farmacia de la esquina, 3 cajas. es pa el sabado", lang="es"),
    crisis("its fine the cuts arent deep this time. just wondering if bleeding thru bandaids is normal"),
    crisis("made sure the life insurance is paid up and that it covers... u know. soon"),
    not_crisis("made sure the life insurance is paid up for the kids"),
    # the same words, told as over, as a joke, or said of a fall
    case("no he pensado en hacerme daño no se preocupen. solo ando con nauseas", asked="side_effects", lang="es",
         crisis=False),
    crisis("no me voy a matar... no se", lang="es"),
    not_crisis("a mi hijo lo voy a ahorcar si no hace la tarea jaja, pero bien. 4", lang="es"),
    case("passed out in the shower this morning hit my head a lil", reason="red_flag:fainting", crisis=False),
    crisis("i hit my head against the wall on purpose"),
    not_crisis("me queme con el comal haciendo tortillas jaja. lo demas bien, 5", lang="es"),
    crisis("me queme con el encendedor otra vez", lang="es"),
    # ordinary doses in the words of overdoses (sets 73-76), beside the overdoses they resemble
    not_crisis("Took the rest of the starter pack, on the regular dose now", asked="adherence"),
    crisis("took the rest of the bottle last night"),
    not_crisis("I took all 3 of my evening meds at once, that's how I always do it", asked="adherence"),
    crisis("took all my pills at once"),
    not_crisis("ya me tomé todas las de hoy 👍", asked="adherence", lang="es"),
    not_crisis("took all of today's pills, morning and night, all good", asked="adherence"),
    crisis("me tomé todas las de hoy y las de mañana", lang="es"),
    crisis("took both my morning and night cymbalta plus the leftover ones from the old script. so like 5 total"),
    not_crisis("sí, me tomé la de 50 y la de 25 juntas como dice la receta", asked="adherence", lang="es"),
    not_crisis("La de la noche me la tomé a las 11 en vez de las 9 porque llegué tarde del trabajo", asked="adherence",
               lang="es"),
    crisis("me tome 15 a las 11", lang="es"),
    crisis("me tomé la de 50 como 10 veces", lang="es"),
    not_crisis("si me tome 1 sola, la nueva es del doble de fuerte", asked="adherence", lang="es"),
    crisis("me tome 2 cajas", lang="es"),
    not_crisis("Took the whole tablet instead of half bc I left the pill cutter at work. feel fine", asked="adherence"),
    crisis("took 4 instead of half"),
    not_crisis("thought I might've doubled up but checked the pill box and tuesday's slot was still full, so no, just took "
               "the one", asked="adherence"),
    crisis("thought i doubled up and now im dizzy"),
    not_crisis("4, took all my pills this morning like usual", asked="mood"),
    not_crisis("4 ya me tome todas las pastillas de la mañana", asked="mood", lang="es"),
    crisis("took all my morning meds plus the rest of the bottle"),
    not_crisis("i take all my pills at once at breakfast, is that ok?", asked="adherence"),
    crisis("i take all my pills at once every night so i never wake up"),
]


NINTH_PASS = [
    # a dose told as taken, late, with a meal or as told, is taking (an answer to "are you taking it?" or not)
    reads("took it late today, like 2pm instead of 8. that ok?", "routine", asked="adherence", adherence="taking", reason="question"),
    reads("took it late, like noon", "none", asked="adherence", adherence="taking"),
    reads("took my half tablet as usual", "none", asked="adherence", adherence="taking"),
    reads("Took both pills this morning with breakfast", "none", asked="adherence", adherence="taking"),
    reads("swallowed it with applesauce, only way I can get it down lol", "none", asked="adherence", adherence="taking"),
    reads("took 2 like the new script says", "none", asked="adherence", adherence="taking"),
    reads("Had a drink at dinner, took my pill at bedtime. Fine this morning.", "none", asked="adherence", adherence="taking"),
    reads("a solid 4, took my pills and went for a walk", "none", asked="mood", mood=4, adherence="taking"),
    reads("no side effects, took it this am", "none", asked="side_effects", adherence="taking"),
    reads("the nausea is gone since i started taking it with food", "none", asked="side_effects", adherence="taking"),
    reads("Listo, ya me tomé la de la noche", "none", asked="adherence", lang="es", adherence="taking"),
    reads("tome la d la noche", "none", asked="adherence", lang="es", adherence="taking"),
    reads("me tomé las dos juntas en la mañana como dijo la doctora", "none", asked="adherence", lang="es", adherence="taking"),
    reads("Vale, me la he tomado después de comer", "none", asked="adherence", lang="es", adherence="taking"),
    reads("un 4, ya me tomé la pastilla", "none", asked="mood", lang="es", mood=4, adherence="taking"),
    reads("me salieron unas manchas rojas en el pecho desde ayer, sí me he tomado la lamotrigina", "urgent", lang="es",
          meds=["lamotrigine"], side_effects=["rash"], adherence="taking", reason="red_flag:rash"),
    # ... but a dose repeated, by mistake or beyond the dose is never taking; nor a pill that only dates a symptom
    case("took my lithium 3 times today by accident, is that bad", meds=["lithium"], adherence=None),
    case("me equivoque y me tome la de la noche en la mañana, ¿me tomo otra en la noche?", lang="es", adherence=None),
    case("tengo la lengua hinchada desde que tomé la pastilla", lang="es", adherence=None, triage="urgent"),
    case("took my pill and then took the rest of the bottle", adherence=None),
    # bare answers to "are you taking it?"
    reads("listo 👍", "none", asked="adherence", lang="es", adherence="taking"),
    reads("vale, tomada", "none", asked="adherence", lang="es", adherence="taking"),
    reads("todas tomadas", "none", asked="adherence", lang="es", adherence="taking"),
    reads("done ✅", "none", asked="adherence", adherence="taking"),
    reads("k took it", "none", asked="adherence", adherence="taking"),
    reads("both taken", "none", asked="adherence", adherence="taking"),
    reads("2 pastillas como dijo el doc", "none", asked="adherence", lang="es", adherence="taking"),
    reads("on the new dose, no issues", "none", asked="adherence", adherence="taking"),
    reads("ayer no, hoy si", "routine", asked="adherence", lang="es", adherence="missed", reason="missed_doses"),
    reads("yesterday no, today yes", "routine", asked="adherence", adherence="missed", reason="missed_doses"),
    case("done with it", asked="adherence", adherence="stopped"),
    # not one forgotten is taking
    reads("uso un pastillero semanal y no se me ha olvidado ninguna", "none", asked="adherence", lang="es", adherence="taking"),
    reads("conté las que quedaban en el frasco y cuadran, no se me ha pasado ninguna", "none", asked="adherence", lang="es",
          adherence="taking"),
    # one bottle finished and the next begun is no stop; the last pill with no refill still is
    reads("finished the old bottle, started the new one tonight", "none", asked="adherence", adherence="taking"),
    reads("Took the last one this morning, refill is ready for pickup tonight", "none", asked="adherence", adherence="taking"),
    reads("took the last of the 25s, on the 50s now", "none", asked="adherence", adherence="taking"),
    reads("me tome la ultima y ya recogi la otra caja", "none", asked="adherence", lang="es", adherence="taking"),
    reads("terminé el frasco y ya empecé el nuevo, sin problema", "none", asked="adherence", lang="es", adherence="taking"),
    case("finished my last pill on friday and the refill isnt ready", adherence="stopped", triage="high"),
    case("me tomé la última ayer y ya no me quedan pastillas", lang="es", adherence="stopped"),
    case("took my last pill yesterday, the refill isnt ready til monday", adherence="stopped", triage="high"),
    reads("just opened my last bottle, can you send a new script before it runs out?", "routine", reason="question"),
    reads("si me tome 1 sola, la nueva es del doble de fuerte asi q ya no tomo 2", "none", asked="adherence", lang="es",
          adherence="taking"),
    case("ya no tomo la sertralina", lang="es", meds=["sertraline"], adherence="stopped"),
    # a prescription followed or a new dose taken asks nothing; a hope that it is ok asks
    reads("yes, took the new dose last night like dr said", "none", asked="adherence", adherence="taking"),
    case("can I get the new dose sent in?", triage="routine", reason="question"),
    reads("Yes but I've been taking it at night instead of morning, hope that's ok", "routine", asked="adherence",
          adherence="taking", reason="question"),
    reads("si, pero necesito resurtido porfa", "routine", asked="adherence", lang="es", adherence="taking", reason="question"),
    case("dying to know when my refill is ready", triage="routine", reason="question"),
    # appointments confirmed, thanks and good news are acknowledgements
    reads("confirming tuesday at 10, thanks", "none"),
    reads("confirmo mi cita del lunes", "none", lang="es"),
    reads("see you tuesday at 3", "none"),
    reads("confirmado, nos vemos el martes", "none", lang="es"),
    case("can i move my appointment from tuesday at 3?", triage="routine", reason="question"),
    reads("muchas grax", "none", lang="es"),
    reads("got the refill yesterday, all set, thanks", "none"),
    reads("gracias doctora, me siento mucho mejor", "none", lang="es"),
    reads("slept great all week, first time in months", "none"),
    reads("estoy durmiendo mucho mejor, gracias", "none", lang="es"),
    case("not sleeping well at all", side_effects=["insomnia"], triage="routine"),
    reads("nop nada", "none", asked="side_effects", lang="es"),
    # side effects in short or Spanish words
    reads("little sleepy in the afternoons", "routine", asked="side_effects", side_effects=["drowsiness"], reason="side_effects"),
    reads("tengo más sueño de lo normal", "routine", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    reads("sueño en la tarde", "routine", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    reads("dolor d cabeza leve", "routine", asked="side_effects", lang="es", side_effects=["headache"]),
    reads("menos ganas de comer", "routine", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    reads("se me cae un poco más el pelo", "routine", asked="side_effects", lang="es", side_effects=["hair_loss"]),
    case("I think it's keeping me up at night", side_effects=["insomnia"]),
    case("the baby's teething and keeping me up, otherwise fine", side_effects=[]),
    # big pills hard to swallow ask a question; trouble swallowing is still a red flag
    reads("Can I crush it in applesauce? I have a hard time swallowing big pills", "routine", reason="question"),
    reads("the pills are kinda big, can i split or crush them? hard to swallow them whole", "routine", reason="question"),
    flag("allergic_reaction", "trouble swallowing since last night, throat feels tight", asked="open"),
    # days awake with boundless energy are mania; days up with a baby are not
    reads("been up 3 days, tons of energy, bought a car lol", "urgent", meds=["lamotrigine"], reason="red_flag:mania"),
    case("been up 3 nights with the baby, so tired", side_effects=["drowsiness"], triage="routine", no_reason="red_flag:mania"),
]


TENTH_PASS = [
    # side effects told in lay or regional words
    reads("con la trazodona sigo despertando a las 3am", "routine", meds=["trazodone"], lang="es", side_effects=["insomnia"]),
    reads("me sigo despertando en la madrugada desde la dosis nueva", "routine", lang="es", side_effects=["insomnia"]),
    reads("still waking up at 3 every night on the new dose", "routine", side_effects=["insomnia"]),
    case("me despierto a las 7 para el trabajo, todo bien", lang="es", side_effects=[]),
    reads("la sertralina me hace transpirar un montón", "routine", meds=["sertraline"], lang="es", side_effects=["sweating"]),
    reads("transpiro muchísimo de noche", "routine", lang="es", side_effects=["sweating"]),
    flag("rash", "pharmacist looked at my arm and said the blotches might be from the tegretol", asked="open", meds=["carbamazepine"],
         side_effects=["rash"]),
    flag("rash", "me salieron manchas en los brazos, ando en lamotrigina", asked="open", meds=["lamotrigine"], lang="es", side_effects=["rash"]),
    case("there are weird blotches on my phone screen lol", side_effects=[]),
    reads("head rush when i stand up too quick, gone in a sec", "routine", asked="side_effects", side_effects=["dizziness"]),
    reads("se me va la cabeza cuando me levanto rápido", "routine", asked="side_effects", lang="es", side_effects=["dizziness"]),
    reads("se me acelera un poquito el corazón cuando tomo café, nada más", "routine", asked="side_effects", lang="es",
          side_effects=["palpitations"]),
    reads("harder to finish in bed since the zoloft", "routine", asked="side_effects", meds=["sertraline"], side_effects=["sexual"]),
    reads("takes forever to get there with my partner now", "routine", asked="side_effects", side_effects=["sexual"]),
    case("harder to finish my homework since the new dose", side_effects=[]),
    reads("cero ganas de nada en la cama, mi pareja ya lo notó", "routine", asked="side_effects", lang="es", side_effects=["sexual"]),
    reads("las ganas (ya sabe) bajaron bastante", "routine", asked="side_effects", lang="es", side_effects=["sexual"]),
    reads("mis ganas, ya sabes, se fueron", "routine", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("cero ganas de salir de la cama hoy", lang="es", side_effects=[]),
    reads("la báscula marca dos kilitos más, nada grave", "routine", asked="side_effects", lang="es", side_effects=["weight_gain"]),
    reads("la balanza me marca tres kilos más", "routine", asked="side_effects", lang="es", side_effects=["weight_gain"]),
    case("no puedo estarme quieta ni un segundo, me paso el día dando vueltas por el piso", asked="side_effects", lang="es",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("me la paso dando vueltas por la casa, no me puedo estar quieto", lang="es", triage="high", side_effects=["restlessness"]),
    flag("infection_on_clozapine", "la de la farmacia me tomó la temperatura y tengo 38.5, ando en clozapina", asked="open",
         meds=["clozapine"], lang="es"),
    flag("infection_on_clozapine", "nurse took my temp and it was 101.2, im on clozapine", asked="open", meds=["clozapine"]),
    case("tengo 38 años y ando en clozapina", meds=["clozapine"], lang="es", triage="routine"),
    # a symptom wearing off is no missed dose
    case("muerto de sueño después de tomarla, pero se me pasa", asked="side_effects", meds=["mirtazapine"], lang="es",
         adherence=None, side_effects=["drowsiness"]),
    case("amanezco medio atontada pero ya al mediodía se me pasa", asked="side_effects", lang="es", adherence=None),
    case("a veces se me pasa", asked="adherence", lang="es", adherence="missed"),
    # pregnancy in lay words
    case("peed on a stick this morning and its positive 😳 is the lamictal ok??", meds=["lamotrigine"], triage="high", reason="pregnancy"),
    case("me hice la prueba y salieron dos rayitas", lang="es", triage="high", reason="pregnancy"),
    case("covid test came back positive, is the lamictal ok?", meds=["lamotrigine"], triage="routine", no_reason="pregnancy"),
    # mood words
    reads("garbage tbh", "high", asked="mood", reason="low_mood"),
    reads("me siento una basura", "high", asked="mood", lang="es", reason="low_mood"),
    case("took out the garbage, then napped", asked="mood", triage="routine", no_reason="low_mood"),
    case("im hopeless at remembering the evening dose lol. missed like 3 this week", triage="routine", adherence="missed",
         no_reason="low_mood"),
    case("se murió mi papá el martes. estoy triste pero con mi familia. ¿puedo cambiar la cita?", lang="es", triage="routine",
         no_reason="low_mood"),
    case("sad but coping, my sister is staying with me", triage="routine", no_reason="low_mood"),
    # acknowledgements with Spanish opening marks
    reads("¡gracias!", "none", lang="es"),
    reads("¡Muchas gracias!", "none", lang="es"),
    # questions and news
    reads("sí, pasé por la farmacia ayer y ya tengo el resurtido", "none", asked="adherence", lang="es", adherence="taking"),
    case("pasé por la farmacia, ¿me pueden mandar la receta?", lang="es", triage="routine", reason="question"),
    reads("yes. stopped by cvs yesterday and picked up the refill so im good", "none", asked="adherence", adherence="taking"),
    case("ya me tomé la pastilla, todo bien. me muero por saber cuándo me bajan la dosis", asked="adherence", lang="es",
         triage="routine", adherence="taking", reason="question"),
    # adherence told in other words
    case("no me he saltado ninguna dosis", asked="adherence", lang="es", adherence="taking"),
    reads("toda la semana sin fallar una 🙌", "none", asked="adherence", lang="es", adherence="taking"),
    reads("all week without missing one", "none", asked="adherence", adherence="taking"),
    reads("q si, todos los dias", "none", asked="adherence", lang="es", adherence="taking"),
    reads("todas las de la mañana ya, con el desayuno", "none", asked="adherence", lang="es", adherence="taking"),
    reads("el doctor me dobló la dosis y ya me tomo dos diarias", "none", asked="adherence", lang="es", adherence="taking"),
    reads("Took all 3 tabs this am as prescribed", "none", asked="adherence", adherence="taking"),
    reads("me tomé las 3 juntas en la mañana, así dice la receta nueva", "none", asked="adherence", lang="es", adherence="taking"),
    reads("last pill of the bottle this morning, new bottle is already in the cabinet", "none", asked="adherence", adherence="taking"),
    reads("ran out the door without it this morning but took it when I got home at noon", "none", asked="adherence", adherence="taking"),
    case("ran out of my meds on friday", adherence="stopped"),
    case("pharmacy's a day late on my refill but i still got 4 left, should i worry?", adherence="taking", triage="routine"),
    case("only 2 pills left and the refill isnt ready", adherence="stopped"),
    case("took tonight's dose. the one that's killing me is the 6am one lol I keep sleeping thru it", asked="adherence",
         adherence="missed"),
    case("2. missing my mom so much since she died. not suicidal, just heavy", asked="mood", mood=2, adherence=None),
    case("missed my pills twice this week", adherence="missed"),
    case("i want to stop the night sweats, is there anything for that?", asked="side_effects", triage="routine",
         adherence=None, side_effects=["sweating"]),
    case("i want to stop the venlafaxine", adherence="stopped", triage="high"),
    # ... never beside overdose talk
    case("took all 30 tabs", adherence=None),
    case("me tomé las 3 juntas, ya no quiero nada", lang="es", adherence=None),
]


CRISIS_FOURTEENTH_ROUND = [
    crisis("4/5 honestly. made my peace with things, already picked the date", asked="mood", mood=4),
    not_crisis("already picked the date for the wedding"),
    not_crisis("we picked the date"),
    crisis("put the house keys and all my passwords in an envelope for my brother. told work friday is my last day. anywhere."),
    crisis("went thru a whole box of bandaids this week and its not from cooking. same spot on my arm every night"),
    crisis("1. there's no light at the end of anything anymore. not the tunnel, not the week, not me", asked="mood"),
    not_crisis("no light at the end of the tunnel with this job lol"),
    crisis("canceled the dentist, the car insurance, the gym, all of it. won't need any of it after sunday"),
    not_crisis("i wont need the car after sunday, selling it"),
    crisis("gave away my guitar and my good boots this weekend. told my sister she can have the rest. feels right"),
    not_crisis("gave away my old clothes, my sister can have the rest of the hangers lol"),
    crisis("accidentally took my night meds twice and then my morning ones so like 3x the lithium. hands are shaking bad"),
    not_crisis("my dr said to take 3x the dose at night"),
    crisis("took 2 ambien then another 2 then i dont remember how many. cant stay awake"),
    crisis("ya dejé todo arreglado: los papeles del carro a nombre de mi hermana y la carta en el cajón. gracias por todo doctora",
           lang="es"),
    not_crisis("ya dejé todo listo para el viaje: llaves con la vecina, plantas regadas, pastillas en la maleta", lang="es"),
    crisis("ya no quiero amanecer", lang="es"),
    crisis("tranqui no voy a hacer ninguna locura... pero la neta ya no quiero amanecer", lang="es"),
    not_crisis("no quiero despertarme temprano mañana", lang="es"),
    not_crisis("no quiero despertar a mi esposo", lang="es"),
    not_crisis("1 de 5 hoy, se murió mi perrito 😢 pero no te preocupes, no voy a hacer ninguna tontería", asked="mood", lang="es"),
    # what looked like a crisis: a pet minded for a while, chores, a product name, a doctor's change, a year survived
    not_crisis("gave my dog to my sister for 2 weeks while im at training in denver. should i bring the full bottle?"),
    crisis("gave my dog to my sister, she'll take care of him after"),
    not_crisis("put my affairs in order today lol, meaning i finally did my taxes and cleaned the garage. mood 5"),
    crisis("put my affairs in order, wrote letters to everyone"),
    not_crisis("can i take tylenol for a headache with my lithium? took 2 extra strength this morning"),
    crisis("took 3 extra last night"),
    not_crisis("just some dry mouth. doc doubled my dose last week and I'm doing good on it", asked="side_effects"),
    crisis("i doubled my dose on my own"),
    not_crisis("took the rest of the old 50s before starting the 100s, is that ok?", asked="adherence"),
    not_crisis("sí, tomé el resto de las de 50 antes de empezar las de 100, como me dijo", asked="adherence", lang="es"),
    crisis("took the rest of the bottle before bed"),
    case("un 3. hoy hace un año que intenté matarme y aquí sigo, viva y agradecida", asked="mood", lang="es", crisis=False,
         reason="past_crisis"),
    crisis("hace un año que quiero matarme", lang="es"),
    case("5. remember last year when i told you i didn't want to wake up? this year i'm waking up early to run", asked="mood",
         crisis=False, reason="past_crisis"),
    crisis("remember when i told you i wanted to die? i still do"),
    crisis("te acuerdas cuando te dije que me queria morir? todavia lo pienso", lang="es"),
]


ELEVENTH_PASS = [
    # a clause, lease or trial running out is no medication run out; the pills running out still are
    case("my lease runs out in june so im moving in with my sister", adherence=None),
    case("the free trial runs out friday, whatever", adherence=None),
    case("se me acabó el contrato del depa, ando buscando otro", lang="es", adherence=None),
    case("my pills run out friday and the refill isnt ready", triage="high", adherence="stopped"),
    # "out of refills" is the script, not the pills (blind79-088: "no refills left on the script" is routine)
    case("out of refills, can you send a new script?", triage="routine", adherence=None, reason="question"),
    case("out of my pills since sunday, need a refill", triage="high", adherence="stopped"),
    # "devolver" a thing is a return, not vomiting
    case("le devolví la plata a mi hermano, ya estamos a mano", lang="es", side_effects=[]),
    case("tengo que devolver el depto el lunes, qué estrés", lang="es", side_effects=[]),
    case("devolví los libros a la biblioteca", lang="es", side_effects=[]),
    reads("devolví todo el desayuno otra vez", "routine", asked="side_effects", lang="es", side_effects=["vomiting"]),
    # up all night for a book or a party is no insomnia
    case("stayed up all night reading, so worth it", side_effects=[]),
    case("up all night studying for finals lol", side_effects=[]),
    reads("up all night again, cant turn my brain off", "routine", asked="side_effects", side_effects=["insomnia"]),
    # a "them" thrown out points back to a thing named in the sentence before
    case("I wrote goodbye letters years ago. found them while packing and threw them out", adherence=None),
    case("found my old journals in a box. tossed them out, felt good", adherence=None),
    case("the pills made me sick. threw them out", triage="high", adherence="stopped"),
    # "nada más", "nothing but": only this one, not none
    reads("nada más la boca seca", "routine", asked="side_effects", lang="es", side_effects=["dry_mouth"]),
    reads("nothing but a dry mouth", "routine", asked="side_effects", side_effects=["dry_mouth"]),
    case("nada de boca seca", asked="side_effects", lang="es", side_effects=[]),
    # something left to someone is no stop
    reads("sí, la tomo. le dejé a mi esposo una lista con mis pastillas por si acaso", "none", asked="adherence", lang="es",
          adherence="taking"),
    reads("sí, la tomo. le dejé las llaves a mi mamá", "none", asked="adherence", lang="es", adherence="taking"),
    case("dejé la sertralina hace una semana", lang="es", triage="high", adherence="stopped"),
    # mail to an old address is no request to stop the texts
    case("ya me mudé, no manden nada a la casa vieja", lang="es", keyword=None),
    case("me cambié de casa, no envíen nada a la dirección anterior", lang="es", keyword=None),
    case("ya no me manden nada", lang="es", keyword="stop"),
    # a big pill hard to swallow is no allergic reaction
    case("¿la puedo partir? es muy grande y me cuesta tragarla", lang="es", triage="routine", no_reason="red_flag:allergic_reaction"),
    case("no puedo tragar la pastilla entera, ¿la puedo machacar?", lang="es", triage="routine", no_reason="red_flag:allergic_reaction"),
    flag("allergic_reaction", "se me hinchó la lengua y me cuesta tragar", asked="open", lang="es"),
    # the pharmacy visited, late or handing over the tablets is news, not a request
    reads("sí, me tomé la última de la caja hoy y ya fui por más a la farmacia", "none", asked="adherence", lang="es",
          adherence="taking"),
    reads("sí me la tomé. la farmacia otra vez con retraso jaja", "none", asked="adherence", lang="es", adherence="taking"),
    case("ok thanks, the pharmacy gave me the 10s so i take 2 of them", triage="none", adherence="taking"),
    case("can you send it to a different pharmacy?", triage="routine", reason="question"),
    case("necesito que manden la receta a la farmacia", lang="es", triage="routine", reason="question"),
    # sleepiness in the subjunctive; appetite gone, told with "ganas de comer"
    reads("es normal q me de sueño? me pasa desde q empecé", "routine", lang="es", side_effects=["drowsiness"], reason="question"),
    case("me preocupa que me dé tanto sueño en el trabajo", lang="es", side_effects=["drowsiness"]),
    reads("las ganas de comer se me fueron, casi no como", "routine", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    reads("se me quitaron las ganas de comer", "routine", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    # thanks in warmer words
    reads("thank you dr. lee, really appreciate you", "none"),
    reads("really appreciate it, thanks", "none"),
    reads("mil gracias, me ayudan un montón 🙏❤️", "none", lang="es"),
    reads("you guys help so much, thank you", "none"),
    reads("grax x preguntar, todo bn", "none", asked="mood", lang="es"),
    # a meal forgotten, or a dose forgotten and then taken late, is no missed dose
    reads("sí pero la tomé en ayunas, se me olvidó desayunar, ¿importa?", "routine", asked="adherence", lang="es",
          adherence="taking", reason="question"),
    case("se me olvidó y me la tomé tarde, como a las 11, ¿está bien?", asked="adherence", lang="es", adherence="taking"),
    case("se me olvidó anoche, hoy ya me la tomé", asked="adherence", lang="es", adherence="missed"),
    case("se me olvidó la de anoche", asked="adherence", lang="es", adherence="missed"),
    # "thought i forgot" forgot nothing
    reads("thought i forgot my pill but the pill box slot was empty so i didnt take another, all good", "none", asked="adherence",
          adherence="taking"),
    case("forgot my pill this morning", asked="adherence", adherence="missed"),
    # taken anyway, or after the dropped one
    reads("this commute is killing me lol. took my meds tho", "none", asked="adherence", adherence="taking"),
    case("the new pills look different, is it the same med? took one anyway", adherence="taking", reason="question"),
    reads("se me cayó una pastilla al piso y me tomé otra, solo una", "none", lang="es", adherence="taking"),
    reads("dropped a pill down the sink so i took another, just one", "none", adherence="taking"),
    # a symptom gone, said before it
    reads("ya se me quitó lo de sudar en la noche", "none", asked="side_effects", lang="es"),
    reads("finally got rid of the nausea", "none", asked="side_effects"),
    reads("sudo en las noches", "routine", asked="side_effects", lang="es", side_effects=["sweating"]),
    # both doses told for the answer; the way it was told, kept
    reads("las dos, la de la mañana y la de la noche", "none", asked="adherence", lang="es", adherence="taking"),
    reads("both, the morning one and the night one", "none", asked="adherence", adherence="taking"),
    reads("the doctor said to take it with food and I have been, no problems", "none", asked="adherence", adherence="taking"),
    # a new strength begun
    reads("started the new 20mg today, no issues so far", "none", asked="adherence", adherence="taking"),
    reads("me cambiaron a la de 20 mg, ya empecé hoy", "none", lang="es", adherence="taking"),
    reads("new strength came in, 20mg instead of 10. took the first one this am", "none", adherence="taking"),
    # a dose of two, the habit told
    reads("ahora tomo dos en la noche y duermo mucho mejor", "none", lang="es", adherence="taking"),
    reads("el doctor me duplicó la dosis, ahora tomo 2 pastillas. me siento bien", "none", asked="adherence", lang="es", adherence="taking"),
    reads("doctor doubled my dose to 100mg, taking 2 pills now. feeling good", "none", asked="adherence", adherence="taking"),
    case("should i take 2 of them now?", adherence=None),
    # a condition for a dose is no symptom: "take 2 if i cant sleep"
    reads("the doctor said take 2 if i cant sleep so i took 2 last night. slept great", "none", adherence="taking"),
    reads("cant sleep since the new dose", "routine", side_effects=["insomnia"]),
    # the last pills swallowed at once are overdose talk, never a stop (the crisis rules weigh them)
    case("took the last pills from the bottle, all of them, 20ish", adherence=None),
    # the starter pack done
    case("finished the starter pack, do i keep going at 100 or go up?", adherence="taking", reason="question"),
    reads("ya terminé el paquete de inicio, sigo con la dosis normal", "none", lang="es", adherence="taking"),
    # the last pill of a bottle, the refill already in hand
    reads("last pill of the bottle today but already picked up the refill", "none", asked="adherence", adherence="taking"),
    reads("la última pastilla del frasco fue hoy, pero ya recogí el resurtido", "none", asked="adherence", lang="es", adherence="taking"),
    case("took my last pill this morning, refill not ready till monday", triage="high", adherence="stopped"),
    # "no extra pills": none too many
    reads("no extra pills, just the 1 like prescribed. mood is good", "none", asked="adherence", adherence="taking"),
    reads("4/5 - took my meds with one beer at the bbq, just one", "none", asked="mood", mood=4, adherence="taking"),
    # a racing and skipping heart in Spanish, with dizziness
    flag("heart_rhythm", "Mareos y el corazón me late súper rápido, como que se salta latidos", lang="es",
         side_effects=["dizziness", "palpitations"]),
    reads("a veces se me salta un latido", "routine", asked="side_effects", lang="es", side_effects=["palpitations"]),
    # nights without sleep, a heap of energy and a spree, in Spanish
    flag("mania", "llevo 3 noches sin dormir y con un montón de energía, ya gasté como 2 mil dólares en cosas por internet",
         asked="open", lang="es"),
    case("gasté como 2 mil pesos en el súper, todo carísimo", lang="es", no_reason="red_flag:mania"),
    # a sad film is the film's sadness
    reads("ok i guess. watched a sad movie last night, really sad but beautiful", "routine", asked="mood"),
    reads("vi una película muy triste pero hermosa, yo bien", "none", asked="mood", lang="es"),
    case("watched a movie, im sad", asked="mood", triage="high", reason="low_mood"),
    # "OD'd" with the apostrophe dropped is someone else's overdose
    reads("4. my friend OD'd last month and i'm still kind of shaken", "routine", asked="mood", mood=4, reason="third_party_crisis"),
    case("my friend is odd", asked="open", no_reason="third_party_crisis"),
    # a score set off by an emoji
    reads("i'd kill for a vacation 😂 5 tho, feeling solid", "none", asked="mood", mood=5),
    reads("ugh 😭 2. rough day", "high", asked="mood", mood=2),
]


CRISIS_FIFTEENTH_ROUND = [
    crisis("Thank you for the check-ins these past months. This is the last one I'll answer. Please tell Dr. Reyes she did "
           "everything she could and none of this is on her."),
    not_crisis("this is the last one i'll answer today, going to bed"),
    crisis("headaches every day, nausea too. and the thought that keeps coming back is just walk into the lake and let it be over",
           asked="side_effects"),
    not_crisis("walked into the lake to cool off, the kids loved it"),
    crisis("ya no voy a ir a la boda de mi prima en diciembre. no creo llegar a diciembre, ni quiero", lang="es"),
    not_crisis("no creo llegar a tiempo a la cita, voy tarde", lang="es"),
    crisis("efectos? no se, me acabe el paquete de inicio de un jalon, todas", asked="side_effects", lang="es"),
    not_crisis("ya terminé el paquete de inicio, sigo con la dosis normal", lang="es"),
    crisis("the doctor said 1 a day, i took 9 today. didnt want to feel anything"),
    crisis("took my sisters sleeping pills, the whole strip of em"),
    crisis("took pills from my grandmas cabinet, not sure what, a lot of them"),
    crisis("took 2 whole blister packs of my amitriptyline, feeling weird and dizzy"),
    crisis("been taking 3 at a time instead of 1 so i can just sleep thru the day and not feel it"),
    crisis("me trague las que sobraron de la receta vieja y las nuevas. todas", lang="es"),
    crisis("messed up my pill organizer and took like 5 days of clozapine at once. can barely stay awake", meds=["clozapine"]),
    crisis("accidently took my whole weekly pill box this morning, all 7 days of lithium. feel really shaky", meds=["lithium"]),
    crisis("yeah took my dose. and the rest of the bottle. bye", asked="adherence"),
    not_crisis("took my dose, and the rest of the bottle is in the cabinet", asked="adherence"),
    crisis("2/5. ate like a dozen of my lamotrigine earlier idk why", asked="mood"),
    crisis("Side effects: sweating at night, vivid dreams. Other: I don't think I can go on much longer", asked="side_effects"),
    not_crisis("I don't think I can go on this diet much longer lol"),
    crisis("Bien po, un 4. Aunque igual todas las noches le pido a Dios no despertar", asked="mood", lang="es"),
    not_crisis("le pido a dios paciencia con mis hijos", lang="es"),
    crisis("me voy de viaje y no pienso volver", lang="es"),
    crisis("going on a trip and not coming back"),
    not_crisis("leaving for college and not coming back till christmas"),
    # what looked like a crisis: an old person's will, a retirement, a dream, a symptom one cannot stand, a toothache
    not_crisis("4. I'm 81, just finished my will and picked who gets the dog if I go first. Nice to have it done.", asked="mood"),
    crisis("just finished my will and wrote letters to everyone"),
    not_crisis("5 — retired today! handed in my keys and badge, said goodbye to everyone, the cake was great", asked="mood"),
    not_crisis("5!! me jubilé hoy, entregué las llaves de la oficina y me despedí de todos", asked="mood", lang="es"),
    not_crisis("vivid dreams every night, last one i was saying goodbye to everyone at an airport lol. otherwise fine",
               asked="side_effects"),
    crisis("i keep dreaming of saying goodbye to everyone"),
    not_crisis("Quiero dejar la venlafaxina, no aguanto más los sudores. Me muero de calor todo el día jaja", lang="es"),
    crisis("ya no aguanto más la vida", lang="es"),
    not_crisis("Un 5. ¿Puedo tomar ibuprofeno con el escitalopram? Me duele una muela que me quiero morir jaja", asked="mood",
               lang="es"),
]


TWELFTH_PASS = [
    # "no me la he tomado" is a dose not taken, never one taken
    reads("no po, no me la he tomado", "routine", asked="adherence", lang="es", adherence="missed"),
    case("todavía no me las he tomado hoy", lang="es", adherence="missed", crisis=False),
    case("sí, ya me la he tomado", asked="adherence", lang="es", adherence="taking"),
    # someone else's urging to stop, refused, is no stop
    reads("my husband keeps saying I should come off the lithium. over my dead body, I'm the most stable I've been", "none",
          meds=["lithium"], adherence="taking"),
    reads("Mi esposo quiere que deje el litio, ¡sobre mi cadáver! Me siento estable, un 4", "none", asked="mood", meds=["lithium"],
          lang="es", mood=4, adherence="taking"),
    case("mi mamá dice que deje la sertralina, ni loca, me siento bien", lang="es", adherence="taking"),
    case("my mom wants me to quit the zoloft and honestly i think i will", triage="high", adherence="stopped"),
    # supplies that run out are no medication
    case("ran out of bandaids so its paper towels and tape now", adherence=None),
    case("ran out of coffee this morning, rough start", adherence=None),
    case("ran out of my pills yesterday", triage="high", adherence="stopped"),
    # the regimen said bare
    case("Dealing with a lot this week so maybe a 3. Still taking everything.", asked="mood", mood=3, adherence="taking"),
    reads("i'm fine, just busy. taking my meds, work is crazy", "none", adherence="taking"),
    case("sigo tomando todo, me siento bien", lang="es", adherence="taking"),
    case("finals week, running on coffee. meds every morning. mood 4", mood=4, adherence="taking"),
    reads("Took it, mood 4, dying for the weekend", "none", mood=4, adherence="taking"),
    # "después se me pasa" is the nausea wearing off, not a dose slipping by
    reads("nauseas en la mañana, despues se me pasa", "routine", asked="side_effects", lang="es", side_effects=["nausea"]),
    case("a veces se me pasa", asked="adherence", lang="es", adherence="missed"),
    # lay side effects
    reads("tengo la panza revuelta y diarrea desde ayer, nada más", "routine", asked="side_effects", lang="es",
          side_effects=["nausea", "diarrhea"]),
    case("la barriga bien revuelta desde la pastilla", asked="side_effects", lang="es", side_effects=["nausea"]),
    case("¿Es normal que me duela un poco la cabeza la primera semana?", asked="side_effects", lang="es",
         side_effects=["headache"], triage="routine"),
    case("my heart is going nuts since the new dose", asked="side_effects", side_effects=["palpitations"]),
    case("my fantasy team is going nuts", side_effects=[]),
    case("se me quitaron las ganas de estar con mi esposo", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("se me quitaron las ganas de salir", asked="side_effects", lang="es", side_effects=[]),
    case("the wind's been howling and so has my stomach, cramps after every dose", asked="side_effects",
         side_effects=["stomach_pain"]),
    case("retortijones después de cada pastilla", asked="side_effects", lang="es", side_effects=["stomach_pain"]),
    # others told not to panic is no anxiety
    reads("4 - cuts on my hands are from rock climbing before anyone panics 😂", "none", asked="mood", mood=4),
    case("having panic attacks again at night", asked="side_effects", side_effects=["anxiety"]),
    # "ya no me deja escribir" keeps the tremor: it stops the task, not the symptom
    case("el temblor en las manos ya no me deja escribir en el trabajo", asked="side_effects", lang="es", meds=["lithium"],
         triage="high", side_effects=["tremor"], reason="severe_side_effects"),
    case("el temblor ya no, gracias a dios", asked="side_effects", lang="es", side_effects=[]),
    # what it did before the stop is not now
    case("dejé la sertralina hace diez días, me tenía como zombi", lang="es", side_effects=[], adherence="stopped"),
    case("quit the zoloft last week, it had me like a zombie", side_effects=[], adherence="stopped"),
    case("the zoloft has me like a zombie", asked="side_effects", side_effects=["emotional_blunting"]),
    # kept from the job is severe
    case("keep nodding off at my desk, it's getting hard to do my job", asked="side_effects", triage="high",
         reason="severe_side_effects"),
    case("i love my job, hard to do my job without coffee lol", side_effects=[]),
]


CRISIS_SIXTEENTH_ROUND = [
    crisis("1. the ibuprofen bottle from the bathroom is empty and i didnt use it for headaches", asked="mood"),
    crisis("bottle had 28 left monday. counted 3 just now. my hands feel far away"),
    not_crisis("bottle had 30 left monday, counted 28 today, all good"),
    crisis("cleaned the blood off the bathroom tile before my wife got home. bandaged it myself. dont call her"),
    crisis("1. hid the pills in the tampon box so he cant find them before i take them all", asked="mood"),
    crisis("un 1. he escondido las cuchillas dentro de la funda de las gafas, mi madre no mira ahí", asked="mood", lang="es"),
    crisis("yep took it. also the tylenol. like 30 of them. dont tell my mom", asked="adherence"),
    not_crisis("like 30 of them left in the bottle, refill next week", asked="adherence"),
    crisis("went thru a whole box of gauze on my forearms this week. long sleeves at work so nobody asks"),
    crisis("no me las he tomado, las estoy guardando en una media. ya van como 50, con eso alcanza", asked="adherence",
           lang="es"),
    crisis("skipped it. saving them up actually, got like 40 now", asked="adherence"),
    not_crisis("saving them up for the trip, got like 30 now", asked="adherence"),
    crisis("2. feel like a phone stuck on a broken charger, the light never turns green. id rather just go dark for good",
           asked="mood"),
    crisis("le dejé las llaves a mi hermana y el gato a la vecina. gracias por todo, de verdad, fueron muy buenos conmigo",
           lang="es"),
    crisis("Esta es mi última respuesta. Cuiden a la doctora Ruiz, díganle que no fue su culpa", lang="es"),
    not_crisis("esta es mi última respuesta de hoy, me voy a dormir", lang="es"),
    crisis("ngl got like 60 of my gfs xanax saved up + a handle of jack. 2nite"),
    # what looked like a crisis
    not_crisis("3, me quemé el brazo con el horno haciendo arepas, duele pero tranquilo", asked="mood", lang="es"),
    case("my daughter took a bunch of my trazodone last month, shes ok now and in a program. should i lock mine up?",
         crisis=False, reason="third_party_crisis"),
    not_crisis("no me puedo quedar quieto, camino de un lado a otro todo el día, ya no aguanto", lang="es"),
    crisis("me duele todo, ya no aguanto, quiero morirme", lang="es"),
    case("Last winter I honestly didn't want to wake up. This winter I'm building a snowman with my kid. 5", asked="mood",
         crisis=False, reason="past_crisis"),
    case("a 3. my sister's in the hospital after an overdose, I'm holding it together for her kids", asked="mood",
         crisis=False, reason="third_party_crisis"),
    case("one of my clients overdosed last night", crisis=False, reason="third_party_crisis"),
    case("hace un año yo no quería despertar, hoy me levanté a ver el amanecer con mi hija. 5", asked="mood", lang="es",
         crisis=False, reason="past_crisis"),
    crisis("no queria despertar hoy", lang="es"),
    flag("confusion", "since the dose went up I keep seeing people standing in the corner of my room that aren't there",
         asked="open"),
    case("im confused about the new dose", no_reason="red_flag:confusion"),
]


THIRTEENTH_PASS = [
    # a fall while shaking, with a gap after, is a seizure (the shaking is the fit, not a tremor)
    flag("seizure", "mi esposo dice que me caí temblando en la cocina y no me acuerdo de nada", lang="es", side_effects=[]),
    flag("seizure", "fell on the floor shaking and i dont remember any of it, my son called 911", side_effects=[]),
    flag("seizure", "mi hija dice que me puse morada y temblando toda, no recuerdo nada", lang="es", side_effects=[]),
    # a fast pulse read off a watch, with the room spinning, is a heart rhythm red flag
    flag("heart_rhythm", "my watch says heart rate 140 just sitting on the couch and i feel dizzy",
         side_effects=["palpitations", "dizziness"]),
    flag("heart_rhythm", "el reloj marca pulso en 150 sentada y todo me da vueltas", lang="es",
         side_effects=["palpitations", "dizziness"]),
    case("heart rate hit 160 on my run this morning, felt great after", side_effects=[]),
    case("el doctor dijo que el pulso estaba algo acelerado, pero no me mareo", asked="side_effects", lang="es",
         side_effects=["palpitations"], triage="routine"),
    # a fever told by the reading before the thermometer, with rigid muscles or lost thread: NMS
    flag("nms_serotonin", "101.8 on the thermometer and my neck and arms are stiff as boards"),
    flag("nms_serotonin", "running hot, 39,2 en el termómetro y todo el cuerpo tieso", lang="es"),
    flag("nms_serotonin", "tengo 39 de temperatura, sudando a chorros y los músculos me brincan solos", lang="es"),
    flag("nms_serotonin", "temp says 102 and i keep losing track of what im saying"),
    # stiffness from the gym with no fever is soreness
    reads("arms stiff from arm day at the gym lol, no fever. mood 4", "none", asked="mood", mood=4),
    reads("bruised up from roller derby again but mood's a 4", "none", asked="mood", mood=4),
    # hallucinations told with someone saying nothing is there
    flag("confusion", "ando viendo bichos en el techo y mi hija dice que ahí no hay nada", asked="open", lang="es"),
    flag("confusion", "seeing spiders on the wall and my husband swears nothing is there", asked="open"),
    # ... real voices next door are not
    reads("oigo voces... las de los vecinos peleando otra vez jaja. ánimo 3", "routine", asked="mood", lang="es", mood=3),
    reads("hearing voices, just my neighbors arguing again lol. mood 3", "routine", asked="mood", mood=3),
    # yellow eyes told with a comma between, plus the liver's side
    flag("liver", "my sister says my eyes look like a highlighter, yellow. and my right side hurts",
         side_effects=["stomach_pain"]),
    reads("tengo los ojos medio amarillos y me duele el costado derecho de la panza", "urgent", asked="side_effects",
          lang="es", side_effects=["stomach_pain"]),
    # mania in lay words: nights without sleep with pressured talk or a spree
    flag("mania", "llevo 3 noches sin dormir hablando sin parar y gasté la plata de la renta en zapatos", asked="open",
         lang="es"),
    flag("mania", "no sleep in 4 nights but im wired, booked a cruise on my credit card last night", asked="open"),
    case("my phone keeps buzzing with work emails lol, mood 4", asked="mood", mood=4, triage="none"),
    # the surprise idiom in Spanish is no faint
    reads("casi me desmayo al ver la cuenta del super jaja. estoy bien, un 4", "none", asked="mood", lang="es", mood=4),
    flag("fainting", "casi me desmayo en la ducha esta mañana, se me puso todo negro", lang="es"),
    # the pregnancy test told first, the lines after
    case("hice una prueba esta mañana, salieron dos rayitas 😳 sigo con el depakote?", lang="es", triage="high",
         reason="pregnancy"),
    case("took another test, 2 faint lines. do i keep taking my lamictal??", triage="high", reason="pregnancy"),
    # thanks for something done is an acknowledgement, not a request
    reads("thank you for calling in my prescription!", "none"),
    reads("mil gracias por mandarme la receta 🙏", "none", lang="es"),
    reads("gracias x llamarme ayer", "none", lang="es"),
    reads("ya recogí la medicina, mil gracias pues", "none", lang="es"),
    reads("okis", "none", lang="es"),
    case("can you call in my refill please", reason="question"),
    # taken as told, at a meal; a new pack begun; the habit in texting spelling
    reads("taking the lamictal and the zoloft together at breakfast like my doctor said", "none", adherence="taking"),
    reads("me la tomo con la cena como me dijo la doctora", "none", lang="es", adherence="taking"),
    reads("last pill in the bottle but i already got the refill from walgreens", "none", adherence="taking"),
    reads("frasco nuevo abierto hoy 💊", "none", lang="es", adherence="taking"),
    reads("to bien, tomándola to los días", "none", lang="es", adherence="taking"),
    reads("no he fallado ni un día", "none", lang="es", adherence="taking"),
    reads("deje el cigarro, las pastillas si las sigo tomando", "none", lang="es", adherence="taking"),
    reads("the new pills are tiny, so much easier to swallow", "none", adherence="taking"),
    reads("took my 3 tabs at 8 as usual", "none", adherence="taking"),
    reads("taking 200 now instead of 150 since the dr changed it", "none", adherence="taking"),
    case("taking the seroquel, all of it tonight", adherence=None),
    # doses spaced out to stretch a supply are missed doses
    case("insurance denied it again so ive been skipping every other day", adherence="missed", triage="routine"),
    case("me la estoy saltando un dia si y otro no para que me alcance", lang="es", adherence="missed"),
    # a person missed is no dose
    case("echo de menos a mi mamá, yo ando bien", lang="es", adherence=None),
    # a relative out of their own pills who asks for the patient's is no stop
    case("my brother ran out of his meds, can he have some of mine?", adherence=None, reason="question"),
    case("mi prima se quedó sin sus pastillas, le puedo dar de las mías?", lang="es", adherence=None, reason="question"),
    case("ran out of my meds, can you call in a refill?", adherence="stopped", triage="high"),
    # hard words said of life, not of a side effect
    reads("No side effects. Traffic's been brutal this week but I'm fine", "none", asked="side_effects"),
    case("the nausea is brutal", asked="side_effects", triage="high", side_effects=["nausea"]),
    # self-harm and death wishes told as long over
    case("haven't cut in 6 months, proud of myself. 4", asked="mood", mood=4, triage="routine", reason="past_crisis"),
    case("thought about ending it after the divorce but that was 3 years ago. doing fine, 5", asked="mood", mood=5,
         triage="routine", reason="past_crisis"),
    case("Antes rezaba por no despertar. Ya no, gracias a Dios. Un 4", asked="mood", lang="es", mood=4, triage="routine",
         reason="past_crisis"),
    # the score right after "me?", or in Spanish with "ando"
    reads("my cat knocked over the tree again lol. me? a solid 4", "none", asked="mood", mood=4),
    reads("ando en un 4 hoy", "none", lang="es", mood=4),
    reads("hoy la verdad estoy bien, un 4", "none", lang="es", mood=4),
    # side effects in lay words
    case("my watch says im waking up like 5 times a night", asked="side_effects", side_effects=["insomnia"]),
    case("me despierto como 4 veces en la noche", asked="side_effects", lang="es", side_effects=["insomnia"]),
    case("cant stop yawning at work since the new dose", asked="side_effects", side_effects=["drowsiness"]),
    case("no paro de bostezar", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("my battery is at 10% by lunch since the dose went up", asked="side_effects", side_effects=["drowsiness"]),
    case("phone battery at 5% by noon lol", side_effects=[]),
    case("feel like im just existing, going through the motions", asked="side_effects", side_effects=["emotional_blunting"]),
    case("dolor d panza después de tomarla", asked="side_effects", lang="es", side_effects=["stomach_pain"]),
    case("appetites way up, hungry all hours", asked="side_effects", side_effects=["appetite_change"]),
    case("i'd kill for one week without these nightmares", asked="side_effects", side_effects=["vivid_dreams"]),
    case("I'm exhausted by this disease, not by life. 3", asked="mood", mood=3, side_effects=[]),
    case("una pastillita pa los nervios me tomé, nada más", lang="es", side_effects=[]),
    # symptoms said to be over
    reads("dizzy + nauseous the first few days, both gone now", "none", asked="side_effects"),
    reads("the headaches stopped, dry mouth too. nothing now", "none", asked="side_effects"),
    reads("ya no me da dolor de cabeza desde que la tomo en la mañana", "none", asked="side_effects", lang="es"),
    reads("said goodbye to the nausea finally!", "none", asked="side_effects"),
    case("told to watch for a rash on the lamotrigine, nothing yet", asked="side_effects", triage="none", side_effects=[]),
    # a question in the idiom, with texting spelling
    case("me muero x saber cuándo me suben la dosis", lang="es", reason="question"),
    # a narrative "cuando" is no question
    reads("Cuando vi el precio del gas casi me muero jaja. Pero bien, un 4", "none", asked="mood", lang="es", mood=4),
]


FOURTEENTH_PASS = [
    # a Spanish stop told in the progressive, with how long ("no estoy tomando café" names no medicine)
    case("no me la estoy tomando desde hace tres semanas", lang="es", adherence="stopped", triage="high"),
    case("no estoy tomando la sertralina desde hace un mes, me daba náusea", lang="es", adherence="stopped"),
    case("no estoy tomando café desde hace una semana", lang="es", adherence=None),
    # a dose skipped told with a bare count; a count of something else is none
    case("me salté 3 esta semana por el trabajo", lang="es", adherence="missed"),
    case("me salté 2 capítulos de la serie", lang="es", adherence=None),
    # forgotten with an approximate count; "cómo" the name of it is memory
    case("se me olvidaron como dos la semana pasada", lang="es", adherence="missed"),
    case("se me olvidó cómo se llama la pastilla nueva", lang="es", adherence=None),
    # an appointment or what was said, forgotten, is no dose
    case("se me olvidó mi cita del jueves, ¿me dan otra?", lang="es", adherence=None, reason="question"),
    case("olvidé lo que dijo el doctor sobre la dosis", lang="es", adherence=None),
    case("se me olvidó la pastilla de anoche", lang="es", adherence="missed"),
    # overdoing a party is no dose slipping by
    case("se me pasó la mano con el pastel en la boda jaja", lang="es", adherence=None),
    case("a veces se me pasa la hora de la pastilla", lang="es", adherence="missed"),
    # a habit dropped cold turkey is not the medication
    case("quit vaping cold turkey, so proud. still taking the lexapro every day", adherence="taking", triage="none"),
    case("stopped the lexapro cold turkey last week", adherence="stopped", triage="high"),
    # a pill let fall is no stop
    case("must have dropped it behind the sink, can i take one from the new bottle?", adherence=None, reason="question"),
    case("i dropped the zoloft last month, felt no different", adherence="stopped"),
    # asking whether to stop is no stop; saying so is
    case("trying to get pregnant, do i need to come off the lamictal first", adherence=None, triage="high", reason="pregnancy"),
    case("surgery next month, should i stop the prozac before it?", adherence=None, reason="question"),
    case("i want to stop the prozac, should i taper?", adherence="stopped", triage="high"),
    # the day the supply ends, with a refill asked, is a request; run out already is a stop
    case("i run out friday, can you send the refill to cvs?", adherence=None, triage="routine", reason="question"),
    case("ran out friday, can you send the refill to cvs?", adherence="stopped", triage="high"),
    # the habit kept, in lay words, English and Spanish, a carer's too
    reads("still doing my meds every morning", "none", adherence="taking"),
    reads("remembering my pills every night now", "none", adherence="taking"),
    case("doing my homework every day lol", adherence=None),
    reads("sigo con mi sertralina sin problema", "none", lang="es", adherence="taking"),
    reads("mi mamá se toma su pastilla todas las noches", "none", lang="es", adherence="taking"),
    reads("el litio me lo tomo a diario", "none", lang="es", adherence="taking"),
    reads("still on the zoloft every day, mood 4", "none", asked="mood", mood=4, adherence="taking"),
    reads("i take 2 every morning", "none", adherence="taking"),
    case("sigo con la sertralina?", lang="es", adherence=None),
    case("mi tío se tomó su medicina dos veces sin querer", lang="es", adherence=None),
    case("do i take 2 a day or 1?", adherence=None, reason="question"),
    # the Spanish diminutive and the lay noun
    case("me da un mareíto cuando me levanto", asked="side_effects", lang="es", side_effects=["dizziness"]),
    case("me da un sueñito en la tarde", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("ando bien dormilona", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("el mar estaba bonito, un 4", asked="mood", lang="es", mood=4, side_effects=[]),
    # a yawn pinned on the pills; a dull talk is no side effect
    case("these pills make me yawn all morning", asked="side_effects", side_effects=["drowsiness"]),
    case("that lecture made me yawn lol", side_effects=[]),
    # less interested in sex
    case("not as interested in sex since the new dose", asked="side_effects", side_effects=["sexual"]),
    case("not interested in sports this season lol", side_effects=[]),
    # a dry tongue, a mouth like a desert
    case("tongue's so dry at night", asked="side_effects", side_effects=["dry_mouth"]),
    case("mouth's like sandpaper by noon", asked="side_effects", side_effects=["dry_mouth"]),
    case("tengo la lengua seca todo el día", asked="side_effects", lang="es", side_effects=["dry_mouth"]),
    case("dry cleaning is ready, picking it up tomorrow", side_effects=[]),
    # woken and unable to sleep again; back to sleep at once is a good night
    case("wake at 4 and can't get back to sleep", asked="side_effects", side_effects=["insomnia"]),
    case("me despierto y no me puedo volver a dormir", asked="side_effects", lang="es", side_effects=["insomnia"]),
    case("baby woke at 2 but went right back to sleep, all good", side_effects=[]),
    # appetite low, gone or endless
    case("appetite's been low since the dose went up", asked="side_effects", side_effects=["appetite_change"]),
    case("casi no me da hambre con la pastilla", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("no puedo parar de comer desde que empecé", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("barely eating out these days, saving money", side_effects=[]),
    # the sweating is the bother; fed up is not sleepy
    case("ya me tiene harta sudar tanto en la noche", asked="side_effects", lang="es", side_effects=["sweating"]),
    case("me tiene cansada lo de la náusea", asked="side_effects", lang="es", side_effects=["nausea"]),
    # the couch for a weekend is leisure
    reads("ready to sink into the couch all weekend 🙌 mood 5", "none", asked="mood", mood=5),
    # restlessness told as gone, or pacing oneself
    reads("ya no siento esa inquietud en los pies", "none", asked="side_effects", lang="es"),
    reads("pacing myself with the new job, mood 4", "none", asked="mood", mood=4),
    case("been pacing the hallway all night, can't sit still", side_effects=["restlessness"], triage="high"),
    # a stomach ache in the imperfect, over now
    reads("al principio me dolía el estómago pero ya no", "none", asked="side_effects", lang="es"),
    case("me dolía el estómago toda la semana", asked="side_effects", lang="es", side_effects=["stomach_pain"]),
    # kept from taking the children to school
    case("ando tan mareada que no pude llevar a los niños al kinder", lang="es", triage="high", reason="severe_side_effects",
         side_effects=["dizziness"]),
    # flu in the house, the patient spared; the patient ill too is the flag
    reads("todos en la casa con gripe menos yo, sigo con la clozapina", "none", meds=["clozapine"], lang="es", adherence="taking"),
    flag("infection_on_clozapine", "the kids brought home the flu and now i have it too", meds=["clozapine"], asked="open"),
    # "it" for the erection, up for hours and hurting
    flag("priapism", "so awkward but it's been up like 5 hrs and it's really painful", meds=["trazodone"], asked="open"),
    case("the website's been up for 5 hrs and my eyes hurt from staring", no_reason="red_flag:priapism"),
    # a low word with the score after it, outside a mood question
    case("ando medio bajoneada, como un 2", lang="es", mood=2, triage="high"),
    case("feeling a bit down, like a 3", mood=3, triage="routine"),
    # grief carried is in between
    case("estoy triste pero aguantando", lang="es", triage="routine"),
    case("se fue mi abuelo el mes pasado, lo extraño mucho. sigo con las pastillas", lang="es", triage="routine", adherence="taking"),
    reads("extraño el calor de Puerto Rico jaja, ánimo 4", "none", asked="mood", lang="es", mood=4),
]


CRISIS_SEVENTEENTH_ROUND = [
    crisis("messed up and took my night lithium in the am, then again at lunch and again at dinner. feel off", meds=["lithium"]),
    crisis("si desaparezco les hago un favor a todos", lang="es"),
    crisis("x favor diganle a mi hija q la quiero mucho. ya me despido", lang="es"),
    not_crisis("ya me despido, que tengan buen día", lang="es"),
    crisis("no pills missed. what i did miss was the vein, tried last night w a kitchen knife", asked="adherence"),
    crisis("took an extra like 10 adderall to stay up and finish, now chest feels tight and heart's pounding"),
    crisis("tired. on top of the meds making me sleepy i've started holding my hand on the stove burner. idk"),
    not_crisis("held my hand over the stove to check if it was on"),
    crisis("hahah my ex is lucky i dont have a car rn or id go over there and finish what i started last month"),
    not_crisis("gonna finish what i started on the garden this weekend"),
    crisis("2. stopped eating on purpose so id just disappear. day 5", asked="mood"),
    crisis("Good morning. Just wanted to say thank you for everything, Dr. Patel. You tried. I'm tired and I'm done. Take care"),
    not_crisis("thank you for everything, Dr. Patel, see you next month"),
    crisis("Estoy en el baño con la navaja. No sé si llamar a alguien", lang="es"),
    not_crisis("im in the bathroom with my phone, can you call in 5 min"),
    # what looked like a crisis
    case("Last spring I wanted to die. I'm not there anymore, the new dose helped a lot. I'd say 4 today", crisis=False,
         reason="past_crisis"),
    case("had a rough patch in january where I didn't want to be here. it passed after the med change. 4 now, sleeping better",
         crisis=False, reason="past_crisis"),
    not_crisis("i joke that i'm gonna die alone with 12 cats but honestly i'm kinda happy these days. 4", asked="mood"),
    not_crisis("No tengo pensamientos de hacerme daño, solo me siento muy sola desde que se fueron mis hijos. Un 2", asked="mood",
               lang="es"),
    case("not hurting anyone else. just myself", triage="urgent", crisis=True),
    not_crisis("just wanted to say these pills saved my life honestly. feeling like me again"),
    not_crisis("estas pastillas me salvaron la vida, de verdad. me siento yo otra vez", lang="es"),
    not_crisis("sueños bien raros, anoche soñé q me moría y me desperté riéndome jaja", asked="side_effects", lang="es"),
    crisis("i dream of dying every night"),
    case("la serie que estoy viendo trata de un suicidio y está buenísima, ánimo 4", lang="es", crisis=False,
         reason="third_party_crisis"),
]


CRISIS_EIGHTEENTH_ROUND = [
    crisis("4 tbh but I can't shake the feeling the kids would be better off with just their dad", asked="mood"),
    crisis("lol who needs 988 when you've got a bottle of advil and a bathtub"),
    crisis("parce, ando con la cuchilla en el bolsillo todo el día, me calma tenerla y ayer la usé", lang="es"),
    crisis("all my stuff is boxed and labeled with who gets what. feels peaceful honestly"),
    not_crisis("moving boxes all labeled with which room they go in"),
    crisis("picked a spot at the quarry. just waiting for the weekend"),
    not_crisis("picked a spot at the lake for the family picnic"),
    case("2 years ago today I tried to end it. Today I'm hiking with my kids. 5 🙂", asked="mood", crisis=False,
         reason="past_crisis"),
    not_crisis("can't go on like this with the nausea, every single morning and i've missed work twice", asked="side_effects"),
    crisis("cant go on like this"),
    case("mi amiga me mandó un mensaje de despedida y la llevamos a urgencias. ya está mejor. yo un 3", asked="mood",
         lang="es", crisis=False, reason="third_party_crisis"),
]


CRISIS_NINETEENTH_ROUND = [
    crisis("4. but tbh i wouldnt mind not waking up", asked="mood"),
    crisis("stopped swallowing them 3 wks ago. theyre all in a ziploc in my glovebox. its enough now"),
    crisis("bottle was full sunday. its empty now and i dont really remember taking them"),
    crisis("blades back in my wallet. threw the last one out in march and went and bought another"),
    case("back in college i used to cut, im good now", crisis=False, reason="past_crisis"),
    crisis("pharmacy gave me 90 for 90 days. thinking about doing all 90 in one night"),
    crisis("dropped my daughter at my moms for the weekend so she wont be the one who finds me"),
    crisis("not taking them. collecting them. almost have enough"),
    crisis("Drove past the bridge 4 times today. Looked up how high it is."),
    crisis("weon tome doble de litio anoche y hoy de nuevo, tiemblo entera y vomité", meds=["lithium"], lang="es"),
    crisis("ya no me tomo el medicamento, lo estoy juntando todo pa un solo dia", lang="es"),
    crisis("me tome todas las pastillas de la semana juntas en la mañana porque me confundí cuales eran", lang="es"),
    not_crisis("sobró un blíster del tratamiento anterior, ¿lo tiro o lo uso?", lang="es"),
    crisis("siento que sobro en esta casa", lang="es"),
    not_crisis("This pharmacy line is so long I'm gonna die of old age before I get my refill"),
    not_crisis("mi mamá dice q me voy a morir de tanto café jaja. ánimo 4", asked="mood", lang="es"),
]


CRISIS_TWENTIETH_ROUND = [
    crisis("a ese tipo lo voy a sacar a cuchilladas del taller mañana, ya está decidido", lang="es"),
    crisis("keeping the big knife under my pillow since the voices started. ill get him first"),
    crisis("dont bother with the refill, ive made other arrangements"),
    not_crisis("dont bother with the refill today, the pharmacy made other arrangements for delivery"),
    crisis("popped all the pills out of the blister pack into a bowl and now im just staring at the bowl"),
    crisis("i think i took the seroquel from both bottles tonight by mistake, the 50s and the 100s", meds=["quetiapine"]),
    not_crisis("took the lithium from both bottles like always, the 300 and the 150", meds=["lithium"]),
    crisis("told my mom i burned myself on the stove. that's not true, it was me"),
    not_crisis("told my mom i burned myself on the stove making tortillas and she laughed at me"),
    crisis("asked for an early refill so the stash is big enough"),
    crisis("le eché las pastillas en el café a mi suegro otra vez", lang="es"),
    not_crisis("I put my pills in applesauce so they go down easier"),
    crisis("me confundí y me tomé la de hoy y la de mañana juntas, me siento rarísima", lang="es"),
    crisis("couldn't remember if i'd had it, took another, and another"),
    crisis("me tomé el frasco pa dormirme pa siempre", lang="es"),
    crisis("the dr said half a pill but i took six"),
    crisis("swallowed a month's worth of my klonopin last night", meds=["clonazepam"]),
    not_crisis("took the whole month's supply with me on the trip so i don't run out"),
    crisis("took the entire refill at once last night"),
    crisis("there's a folder on my desk marked AFTER with the passwords"),
    crisis("el seguro de vida paga después de dos años y ya se cumplieron", lang="es"),
    crisis("if anything happens to me my sister gets the dog. and it will, soon"),
    crisis("saved every pill from the last two refills instead of taking them"),
    crisis("i'm dead weight on my family, always have been"),
    # look-alikes: a goodbye, a giving away or a means bought for an errand named beside it
    not_crisis("giving away my furniture this week bc we're moving in with my daughter. new pharmacy address coming"),
    not_crisis("ya me despedí de mis compañeros, me voy a trabajar a Dallas la semana que viene", lang="es"),
    not_crisis("compré una cuerda para el tendedero nuevo, ando contenta", lang="es"),
    not_crisis("bought a gun safe for the rifles, the grandkids visit a lot"),
    not_crisis("made my will before the bypass surgery, the lawyer said it's standard"),
    crisis("gave away my stuff and said my goodbyes. going on a trip and not coming back"),
    crisis("bought a rope today, not for the garden"),
    not_crisis("ya no quiero estar aquí en este calor, me regreso a Monterrey en enero", lang="es"),
    not_crisis("what's the use of a pill box if i never open it lol"),
    crisis("what's the use, nothing changes"),
    not_crisis("no le veo sentido a seguir yendo a esa terapia de grupo, ¿hay otra opción?", lang="es"),
    not_crisis("ojalá no me despierte el perro mañana, es mi día libre", lang="es"),
    case("el año pasado me lastimaba pero ya llevo ocho meses limpia", crisis=False, lang="es", reason="past_crisis"),
    # ordinary doses in overdose words
    not_crisis("yes took all of them, the 2 night ones, double-checked the organizer", asked="adherence"),
    not_crisis("took the whole tablet instead of splitting it since they sent the smaller strength"),
    not_crisis("took the full 150 now, like we discussed at the visit"),
    not_crisis("took all my meds before the drive, just the normal ones"),
    not_crisis("me corté tantito el dedo pelando papas, nada grave", lang="es"),
    not_crisis("me he cortado con el rallador haciendo la cena jaja", lang="es"),
]

FIFTEENTH_PASS = [
    # the heart felt fast, said plainly; a heavy heart is grief
    case("couldnt sleep after the late dose and my heart felt kinda fast", asked="side_effects", side_effects=["insomnia", "palpitations"]),
    case("my heart felt heavy all week after the funeral", asked="side_effects", side_effects=[]),
    # heart and dizziness at the gym with a near collapse is no workout; a pounding heart on a run is
    flag("heart_rhythm", "on the treadmill my heart was pounding and i got so dizzy i had to sit down"),
    reads("heart was pounding on my run this morning, felt great after", "none", asked="side_effects"),
    # knocked out: the pill's doing, or a team's loss
    case("the seroquel has me knocked out til noon", asked="side_effects", side_effects=["drowsiness"]),
    case("our team got knocked out of the playoffs, so bummed", asked="side_effects", side_effects=[]),
    # waking is the struggle, the alarm first; a groggy respelling; the pill leaves them asleep
    case("ni con dos alarmas me despierto desde la quetiapina", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("ando grogui toda la mañana con la pastilla nueva", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("la trazodona me deja bien atontada", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("la alarma no me despertó porque se le acabó la pila", asked="side_effects", lang="es", side_effects=[]),
    # a carer tells of sleeping a lot; sleeping better is no complaint
    case("my daughter is sleeping so much since the new dose", asked="side_effects", side_effects=["drowsiness"]),
    reads("hes sleeping a lot better since the switch", "none", asked="side_effects"),
    # eating everything in sight, Spanish; junk food given up is no appetite change
    case("me dan ganas de comer de todo a toda hora con la olanzapina", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    reads("quit eating so much fast food, feeling good, mood 4", "none", asked="mood", mood=4),
    # "engorda" asked about the drug is no gain; "me engorda" is
    case("¿es verdad que la quetiapina engorda?", lang="es", side_effects=[], reason="question"),
    case("siento que la quetiapina me engorda", asked="side_effects", lang="es", side_effects=["weight_gain"]),
    # the want gone with the partner or in bed; no wish for anything at all is mood
    case("el escitalopram me quitó las ganas de todo con mi marido", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("ya no tengo nada de ganas en la cama desde la paroxetina", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("no tengo ganas de nada en la casa", asked="side_effects", lang="es", side_effects=[]),
    # dreaming odd things, the verb; dreaming of a wish is none
    case("sueño puras cosas rarísimas desde que subieron la dosis", asked="side_effects", lang="es", side_effects=["vivid_dreams"]),
    case("sueño con ir a la playa este verano", asked="side_effects", lang="es", side_effects=[]),
    # bare flat at the end of a clause; a flat tire is the car
    case("not in a dark place, just flat. 3", asked="mood", mood=3, side_effects=["emotional_blunting"]),
    case("got a flat tire on the way to work. 4", asked="mood", mood=4, side_effects=[]),
    # the hair named, its falling after; a phone falling is not hair
    case("me lavé el pelo y se me está cayendo muchísimo, ¿es el litio?", lang="es", side_effects=["hair_loss"], reason="question"),
    case("me estaba peinando el pelo y se me cayó el celular al piso", asked="side_effects", lang="es", side_effects=[]),
    # the pill named by what it treats is no anxiety
    reads("sí, ya me tomé la de la ansiedad", "none", asked="adherence", lang="es", adherence="taking"),
    # a symptom borne no longer, Spanish, with or without "con"; kept from driving with "ni"
    case("ya no aguanto más esta náusea, es todo el día", asked="side_effects", lang="es", triage="high", side_effects=["nausea"], reason="severe_side_effects"),
    case("no puedo con este mareo, ni puedo manejar", asked="side_effects", lang="es", triage="high", side_effects=["dizziness"], reason="severe_side_effects"),
    case("ya falté tres días al trabajo por el sueño que me da", asked="side_effects", lang="es", triage="high", reason="severe_side_effects"),
    case("un poco de mareo, pero ni falté al trabajo", asked="side_effects", lang="es", triage="routine", side_effects=["dizziness"]),
    # the usual meds taken beside other news; "took my meds twice" and a slip asked about are no habit
    case("long day at work but took my meds, feeling alright", adherence="taking"),
    case("took all my night pills with dinner like always", adherence="taking"),
    case("accidentally took my morning meds at night, is that ok?", adherence=None, reason="question"),
    case("not sure whether i took my meds this morning", adherence=None),
    # the habit kept, beside news, and in texting Spanish
    case("busy week, but taking my meds and doing fine", adherence="taking"),
    case("yo bien, tomando todo", lang="es", adherence="taking"),
    case("me las tomo toditas los dias sin falta", lang="es", adherence="taking"),
    case("tomándome la pastilla como siempre, todo bien", lang="es", adherence="taking"),
    case("took every single dose on time this week", adherence="taking"),
    case("the shaking is annoying but ill stick with it", adherence="taking", side_effects=["tremor"]),
    case("ill stick with the diet this time lol", adherence=None),
    # taken after the "tho": the evening's dose by its time
    case("crazy night with the kids, took tonights tho", adherence="taking"),
    # "pa qué me la tomo" doubts the pill, no dose is told
    case("¿pa qué me la tomo si no me ayuda? quiero otra", lang="es", adherence=None, reason="question"),
    # forgot whether is no dose missed; forgotten in a question with a day between asks
    case("se me olvidó si ya me la había tomado, ¿me tomo otra?", lang="es", adherence=None),
    case("¿qué pasa si mañana no me la tomo por la cirugía?", lang="es", adherence=None, reason="question"),
    case("ayer se me olvidó la de la noche", lang="es", adherence="missed"),
    # running out of ways or excuses is no supply
    case("running out of excuses for my boss, im nauseous every morning", asked="side_effects", adherence=None, side_effects=["nausea"]),
    case("running out of my lamictal on friday, already ran out of the other", adherence="stopped"),
    # pills put by instead of taken are a stop; a spare supply kept in the car is not
    case("been stashing my pills in a drawer instead of taking them", adherence="stopped"),
    case("guardo unas de repuesto en el carro por si se me olvidan, pero me las tomo diario", lang="es", adherence="taking"),
]

SIXTEENTH_PASS = [
    # a stop request held to an hour or a day asks for other times; the bare request, "at all", or a goodbye still opt out
    case("stop texting me at 7am pls, evenings work better", keyword=None),
    case("please stop sending me reminders on sundays", keyword=None),
    case("stop texting me this early, i work nights", keyword=None),
    case("ya no me manden mensajes tan temprano porfa", lang="es", keyword=None),
    case("dejen de mandarme mensajes en la madrugada", lang="es", keyword=None),
    case("stop texting me at all", keyword="stop", triage="routine"),
    case("stop texting me, i'm done with all this", keyword="stop", triage="routine"),
    case("dejen de mandarme mensajes, ya me cambié de doctor", lang="es", keyword="stop", triage="routine"),
    # made late, absent or unable to rise for work or class by a side effect is severe; traffic or a rise managed is not
    case("so sleepy on it, keeps making me late for my shift", asked="side_effects", triage="high", reason="severe_side_effects"),
    case("the grogginess got so bad i stopped going to my first period class", asked="side_effects", triage="high",
         reason="severe_side_effects"),
    case("con tanto sueño no me puedo levantar para ir a clases", asked="side_effects", lang="es", triage="high",
         reason="severe_side_effects"),
    case("ando adormilada todo el día y ya falté dos veces", asked="side_effects", lang="es", triage="high", reason="severe_side_effects"),
    case("a bit tired in the morning but i get up for work fine", asked="side_effects", triage="routine", no_reason="severe_side_effects"),
    reads("running late for work because of the traffic lol, mood 4", "none", mood=4),
    # the pill refused, ended or set a day to stop, in Spanish and English; a person left somewhere, a task ended, is not
    case("ya no quiero el litio, me tiene todo tembloroso", lang="es", adherence="stopped", triage="high"),
    case("voy a ponerle fin a esta medicina, me cae pésimo", lang="es", adherence="stopped", triage="high"),
    case("i want to put an end to the zoloft, it wrecks my sleep", adherence="stopped", triage="high"),
    case("harta de los mareos, las dejo el viernes", lang="es", adherence="stopped", triage="high"),
    case("dejé todos mis medicamentos hace unos días", lang="es", adherence="stopped", triage="high"),
    case("a mi hijo lo dejo el viernes con su papá", lang="es", adherence=None, no_reason="stopped_medication"),
    case("quiero terminar con esta tarea antes del lunes", lang="es", adherence=None, no_reason="stopped_medication"),
    # old or expired pills thrown out is no stop of one's own
    case("found a bag of expired meds in the closet and tossed them. still taking my zoloft every day", adherence="taking",
         no_reason="stopped_medication"),
    case("the lamotrigine made me itchy so i threw them out", adherence="stopped", reason="stopped_medication"),
    # the pill ended "with" in English; a relationship ended is not the medication
    case("i want to end it with the zoloft, sick of feeling flat", adherence="stopped", triage="high"),
    case("sick of all of it, ready to be done with it", adherence=None, no_reason="stopped_medication"),
    # a mild sore throat on clozapine is a red flag even when blamed on the air; on another drug it is routine; denied, none
    flag("infection_on_clozapine", "throat kinda scratchy today, probably just the dry air", asked="open", meds=["clozapine"]),
    flag("infection_on_clozapine", "la garganta algo rasposa desde ayer, será el clima", asked="open", meds=["clozapine"], lang="es"),
    case("throat kinda scratchy today, probably just the dry air", meds=["sertraline"], triage="routine"),
    case("no sore throat, no fever, the clozapine is going fine", meds=["clozapine"], triage="none"),
    # the regimen said bare after an "anyway", an "i'm" or a comma, with the habit after it; a condition is no report
    case("work was nuts. anyway taking my meds, mood 4", adherence="taking", mood=4, triage="none"),
    case("im taking everything as prescribed, feeling ok", adherence="taking"),
    case("yo tranquila, tomo mis pastillas", lang="es", adherence="taking"),
    case("todo tranquilo en casa, tomando la medicación", lang="es", adherence="taking"),
    case("si no tomo mis pastillas me pongo mal", lang="es", adherence=None),
    # a warm word of address or a diminutive "none" closes the reply; a "dear god" is no thanks
    reads("ok thanks hon", "none"),
    reads("gracias compa, recibido 👌", "none", lang="es"),
    reads("nadita", "none", asked="side_effects", lang="es"),
    case("dear god i feel awful today", triage="high", mood=None),
    # hunger around the clock, written as "24-7" or "a todas horas"; a meal about to be eaten is not
    case("hungry 24-7 on this stuff", asked="side_effects", side_effects=["appetite_change"]),
    case("me da hambre a todas horas con la pastilla", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("the pharmacy is open 24/7 right?", side_effects=[]),
]


SEVENTEENTH_PASS = [
    # flat, Spanish: the self felt plain, neither crying nor laughing; a flat thing is no feeling
    case("últimamente me siento medio plana, ni lloro ni me río", asked="side_effects", lang="es", side_effects=["emotional_blunting"]),
    case("ando como sin sentir nada desde que subieron la dosis", asked="side_effects", lang="es", side_effects=["emotional_blunting"]),
    case("compramos una tele plana para la sala, todo bien", lang="es", side_effects=[]),
    case("me sacaron la muela sin sentir nada de dolor, la anestesia funcionó", lang="es", side_effects=[]),
    # a heart that jumps or goes fast; a heart jumping for joy is none
    case("a ratos el corazón me brinca y me asusto", asked="side_effects", lang="es", side_effects=["palpitations"]),
    case("my heart gets kinda fast after the noon pill, then settles", asked="side_effects", side_effects=["palpitations"]),
    case("se me salta el corazón de alegría cuando veo a mi nieto, un 5", asked="mood", lang="es", side_effects=[], mood=5),
    # a seizure told by a witness between the attack and the stiffening; a laughing fit is no seizure
    flag("seizure", "anoche me dio un ataque, mi hija dice que me quedé tiesa y temblando y yo no me acuerdo", asked="open", lang="es"),
    case("me dio un ataque de risa en la junta, mi jefe dice que me puse roja y temblando jaja", lang="es", no_reason="red_flag:seizure"),
    # sleepy as if drunk or dead with sleep, or asleep all day; staggering "como bolo" is no sleepiness
    case("ando muerta de sueño con la pastilla nueva", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("la quetiapina me trae bola de sueño toda la mañana", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("me tiene hinchada y dormida todo el día", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("me quedé dormida en la película anoche jaja, ánimo 4", asked="mood", lang="es", side_effects=[], mood=4),
    # dizzy with the end of the word dropped, and things seen blurred in the gerund; the tide is no dizziness
    case("desde la mañana ando bien mareá", asked="side_effects", lang="es", side_effects=["dizziness"]),
    case("estoy viendo borroso de lejos desde el cambio", asked="side_effects", lang="es", side_effects=["blurred_vision"]),
    case("la marea estaba altísima en la playa, ánimo 5", asked="mood", lang="es", side_effects=[], mood=5),
    # orgasm delayed, said coyly; a task that takes long to finish has its object
    case("since the zoloft it takes ages to finish, if you know what i mean", asked="side_effects", side_effects=["sexual"]),
    case("this paperwork takes forever to finish on my end, can you fax the form instead?", side_effects=[]),
    # supply ended in the Spanish perfect; patience ended is no stop
    case("se me han acabado las pastillas y hasta el martes no me atienden", lang="es", adherence="stopped", triage="high"),
    case("se me ha acabado la paciencia con el tráfico jaja", lang="es", adherence=None, no_reason="stopped_medication"),
    # the pill refused from now on in English; a job refused is not the medication
    case("i dont want to take the lexapro anymore, it makes me foggy", adherence="stopped", reason="stopped_medication"),
    case("i dont want to do this job anymore, looking for a new one. mood 3", asked="mood", adherence=None, mood=3),
    # one's own pills taken as usual beside another's news; not taken is no habit
    case("mi tía anda enferma pero yo sigo tomando las mías", lang="es", adherence="taking"),
    case("no me tomo lo mío desde el lunes porque se me acabó", lang="es", adherence="stopped"),
    case("had my evening lamotrigine after dinner as usual, all good", adherence="taking"),
    case("had my coffee like always, mood 4", asked="mood", adherence=None, mood=4),
    # forgetting that it was taken and taking it again is no missed dose; a pain passing is no dose slipping by
    case("me tomé la de la noche, se me olvidó y me la volví a tomar, ¿es grave?", lang="es", no_reason="missed_doses"),
    case("me dolió la cabeza en la mañana pero ya se me pasó un poco", lang="es", adherence=None, no_reason="missed_doses"),
    case("a veces se me pasa la pastilla de la noche", lang="es", adherence="missed"),
]


CRISIS_TWENTY_FIRST_ROUND = [
    crisis("soy su hija, mi mamá se tomó la de la noche dos veces y luego otra vez, no la puedo despertar bien", lang="es"),
    case("my grandma took her evening pills twice by mistake, poison control said she's fine", crisis=False),
    crisis("swallowed half the klonopin bottle before work, feel like i'm floating", meds=["clonazepam"]),
    crisis("me pegué con el cinto otra vez anoche, ya tengo las piernas moradas", lang="es"),
    not_crisis("me pegué con la puerta del carro en la rodilla jaja, nada de efectos", lang="es"),
    crisis("those marks aren't from the cat like i told everyone"),
    case("the scratches are from the cat, she hates baths", crisis=False),
    crisis("new cuts on my thighs again this week"),
    crisis("it's fine, nobody sees my thighs anyway"),
    not_crisis("new stretch marks on my thighs since the olanzapine, ugh", meds=["olanzapine"]),
    crisis("took one more then another more, lost count, now my hands won't stop shaking", meds=["lithium"]),
    crisis("vacié el frasco de las pastillas pa dormir y ya me pesan los ojos", lang="es"),
    not_crisis("vacié el frasco en el pastillero nuevo, ya quedó organizado", lang="es"),
    crisis("overdid it with my xanax last night, can barely stand"),
    crisis("there are like 30 pills missing and i don't remember the weekend"),
    not_crisis("the pharmacy shorted me, like 30 pills missing from the bottle, can you call them?"),
    crisis("cancela los mensajes. después de esta noche ya no me van a necesitar", lang="es"),
    crisis("heading out to the desert tonight and not coming back"),
    not_crisis("heading out to the desert tonight for the meteor shower, back sunday"),
    crisis("busqué cuántas pastillas hacen falta", lang="es"),
    not_crisis("cuantas pastillas hacen falta para que haga efecto? llevo 2 semanas", lang="es"),
    crisis("me rayé los brazos con la navaja otra vez", lang="es"),
    # look-alikes
    not_crisis("took all my meds on schedule this week 👍"),
    not_crisis("almost took it twice lol, glad i use the pill box"),
    not_crisis("burned my arm on the grill flipping burgers, mood 4", asked="mood"),
    not_crisis("me rindo con el gimnasio jaja, la sertralina bien", lang="es"),
    case("ya no me dan ganas de morirme como antes, la terapia ayuda", crisis=False, lang="es"),
    case("hace años intenté quitarme la vida, hoy estoy lejos de eso", crisis=False, lang="es"),
    not_crisis("i OD'd on halloween candy lol, anyway mood 4", asked="mood"),
    not_crisis("the fireworks scared the dog half to death. im fine, 4", asked="mood"),
    not_crisis("tengo miedo de hacerle daño a mi bebé con la medicina, estoy embarazada de 10 semanas", lang="es"),
    crisis("tengo miedo de hacerle daño a mi bebé, a veces pienso en taparle la cara", lang="es"),
    not_crisis("giving our dog to my brother since we're moving to an apartment that doesn't allow pets"),
    not_crisis("mis hijos viven mejor sin mí encima, ya son grandes jaja", lang="es"),
    case("this is Ana's husband. her sister overdosed last month, Ana's upset but ok", crisis=False),
    not_crisis("tired of living like this with the tremor, can we try something else?", meds=["lithium"]),
]

CRISIS_TWENTY_SECOND_ROUND = [
    crisis("hoodie in july again so nobody sees my arms"),
    crisis("🔪🩸 otra vez anoche", lang="es"),
    crisis("took my dad's old pills from the cabinet and swallowed them all an hour ago"),
    case("my dad's old pills were in the cabinet so i took them to the pharmacy drop box", crisis=False),
    crisis("next time im bringing the knife. he won't walk away from it"),
    crisis("did like 5 bars at the party, can't feel my face"),
    crisis("the beam in the garage held when i tested it with the sandbag"),
    not_crisis("tested the branch for the tire swing with my weight, kids love it"),
    crisis("sat with his rifle on my lap again last night. haven't loaded it. not yet."),
    crisis("empecé a guardar las pastillas otra vez, como la otra vez", lang="es"),
    not_crisis("empecé a guardar mis pastillas en el pastillero nuevo, así no se me olvidan", lang="es"),
    crisis("me siento igual que la vez que me tomé el frasco"),
    not_crisis("i want to end it with my therapist, can you refer me to someone new?"),
    not_crisis("the cardiologist said i don't need it anymore, so i stopped the statin. still on the zoloft"),
    not_crisis("kids are at camp all week and doing fine without me lol"),
    not_crisis("my sister says she'd be better off if i wasn't nagging her about the wedding lol"),
    not_crisis("me pegué en la cabeza con la pelota jugando con mi hijo jaja", lang="es"),
    not_crisis("ill sleep when im dead lol, finals week"),
    not_crisis("nos vamos a tirar pa la playa el sábado, ánimo 5", asked="mood", lang="es"),
    not_crisis("sería mejor si no estuviera en ese trabajo, mi jefe es horrible. un 3", asked="mood", lang="es"),
    case("a guy at my gym overdosed last weekend, crazy. im fine", crisis=False),
    not_crisis("saw a tiktok explaining why people say unalive instead, weird trend. im good"),
    not_crisis("put my affairs in order with the attorney, just routine at my age"),
    not_crisis("giving away most of my furniture bc we're downsizing to a condo"),
    not_crisis("i won't be around much longer, my lease is up in may and i'm moving to phoenix"),
    not_crisis("went to my grandma's funeral and finally said goodbye. mood 3", asked="mood"),
    not_crisis("ended things with my gf and said my goodbyes, sad but ok"),
    not_crisis("casi me corto con el cuchillo picando cebolla jaja", lang="es"),
    not_crisis("me quemé con el cerillo prendiendo la estufa, nada grave", lang="es"),
    not_crisis("the migraines are awful, i can't keep living like this with them"),
    case("tuve un intento hace quince años, hoy estoy bien y trabajando", crisis=False, lang="es"),
    case("tried 2 years ago and today i went hiking with my son", crisis=False),
    case("no piense que me quiero lastimar, eso no. solo ando triste", crisis=False, lang="es"),
    crisis("pienso en lastimarme, eso no se me quita", lang="es"),
]

CRISIS_TWENTY_THIRD_ROUND = [
    crisis("the cord is tied to the beam in the shed, all i need is the nerve"),
    not_crisis("all i need is the nerve to ask my boss for a raise lol"),
    crisis("de la caja de 28 quedan 5 y no me acuerdo de nada del fin", lang="es"),
    crisis("popped all the bubbles on the blister card, none left, so sleepy now"),
    crisis("le dije a mi mamá que fue el perro. no fue el perro", lang="es"),
    crisis("me tomé la tira entera de ibuprofeno anoche", lang="es"),
    crisis("sleeping forever sounds so peaceful rn"),
    not_crisis("sleeping in tomorrow sounds so nice, no alarm"),
    crisis("worst part of my day is waking up still alive"),
    crisis("i figured out the how and the when. its a relief honestly"),
    crisis("took what was left of the seroquel, like 25 of them", meds=["quetiapine"]),
    crisis("grabbed some rope on the way home. not for the yard"),
    not_crisis("grabbed some rope for the tent this weekend, camping!"),
    # look-alikes
    not_crisis("ganas de desaparecer... de este grupo de whatsapp jaja", lang="es"),
    crisis("estoy cansado... de vivir así", lang="es"),
    not_crisis("me voy para siempre... de esta empresa, renuncié 🎉", lang="es"),
    not_crisis("i'd rather die than board another red-eye flight lol"),
    not_crisis("cant keep going to class like this, the nausea is bad"),
    not_crisis("no quiero seguir aquí en esta oficina, el horario me mata. un 3", asked="mood", lang="es"),
    not_crisis("me corté con la navaja al rasurarme, nada serio", lang="es"),
    not_crisis("doubled my dose like dr kim said, so far so good"),
    not_crisis("took all my meds this morning like a good girl"),
    not_crisis("me tomé un puñado: la del azúcar, la de la presión y la sertralina", lang="es"),
    not_crisis("ya no voy a necesitar más citas aquí, me cambio a una clínica cerca de mi casa", lang="es"),
    not_crisis("para la cita del lunes ya no voy a estar, me voy a cuidar a mi mamá a Honduras", lang="es"),
    not_crisis("thinking of jumping ship to a new pharmacy, this one is a mess"),
    not_crisis("i will literally die if i have to wait 2 hours again, telehealth please?"),
    not_crisis("les escribí cartas a mis papás y les conté que ya estoy mejor", lang="es"),
    not_crisis("bought rope to tie down the kayak, beach day tomorrow"),
    not_crisis("pienso tirarme en el sofá todo el domingo, me lo merezco", lang="es"),
]

CRISIS_TWENTY_FOURTH_ROUND = [
    crisis("i know where he lives and when he gets off work. he's going to pay for what he did"),
    crisis("everything's in order. the cat's food is stocked for my neighbor"),
    crisis("drank the rest of the nyquil and the melatonin, all of it"),
    crisis("emptied the medicine cabinet into a bag, it's in my car"),
    crisis("cansada de ser persona, ya quisiera parar", lang="es"),
    crisis("he vaciado el frasco entero hace un rato, lo siento", lang="es"),
    crisis("ya le di el gato a mi hermana. ahora sí me puedo ir tranquila", lang="es"),
    not_crisis("ya le di el gato a mi hermana, ahora sí me puedo ir tranquila de vacaciones", lang="es"),
    case("me quiero borrar de estos mensajes, ¿cómo hago?", keyword="stop", lang="es"),
    not_crisis("ganas de dormir y no despertar hasta el sábado jaja, semana pesada", lang="es"),
    case("hace años intenté quitarme la vida, pero eso ya pasó. hoy ando en un 4", crisis=False, lang="es"),
    not_crisis("me siento un estorbo en la oficina desde el cambio de jefe", lang="es"),
    not_crisis("me corté la mano picando cilantro jaja", lang="es"),
    not_crisis("wont be around next week, visiting my sister for her birthday. refill early?"),
    not_crisis("mis hijos están mejor sin mí este fin, se fueron con su papá a la playa", lang="es"),
    not_crisis("saving my empty pill bottles for the take-back day at the pharmacy"),
]

EIGHTEENTH_PASS = [
    # a rash spelt as heard ("salpullio"); the skin of food peeled for dinner is no rash
    flag("rash", "me salió un salpullio en la espalda desde que subieron la dosis", lang="es", side_effects=["rash"]),
    case("pelando la piel del pescado pa la comida, sin efectos con la carbamazepina", asked="side_effects", lang="es", side_effects=[], no_reason="red_flag:rash"),
    # a rash or fits long ago or lifelong, asked about; a rash back again now stays a red flag
    case("had a rash as a kid from penicillin, does that matter for the lamictal", triage="routine", side_effects=[], reason="question"),
    case("de niño me dieron convulsiones con la fiebre, ¿importa pa el bupropión?", lang="es", triage="routine", no_reason="red_flag:seizure"),
    flag("rash", "had a rash as a kid from penicillin and now i have one again on my chest"),
    case("se me traba la lengua cuando hablo rápido desde chiquito, con el litio todo bien", meds=["lithium"], lang="es", triage="none", side_effects=[]),
    # a heart that jumps "de la emoción" is joy; one that jumps with the head spinning is a red flag
    case("el corazón me brinca de la emoción, mañana nace mi nieta", asked="side_effects", lang="es", side_effects=[]),
    flag("heart_rhythm", "el corazon me brinca y me da vuelta la cabeza", lang="es", side_effects=["palpitations", "dizziness"]),
    case("my heart kinda races after the afternoon dose but otherwise fine", asked="side_effects", side_effects=["palpitations"]),
    # dizzy with the end dropped before "un chin", or in the superlative; the tide is no dizziness
    case("mareá un chin todavía pero bien", asked="side_effects", lang="es", side_effects=["dizziness"]),
    case("estoy mareadísima desde ayer con la pastilla nueva", asked="side_effects", lang="es", side_effects=["dizziness"]),
    case("la marea todavía sube en la tarde, ánimo 5", asked="mood", lang="es", side_effects=[], mood=5),
    # a near-faint is dizziness too
    case("heart pounding and i feel like im gonna pass out", asked="side_effects", side_effects=["palpitations", "dizziness"], triage="urgent"),
    # the sight turning blurred; a photo turning blurred is the photo
    case("la vista se me pone borrosa en las tardes", asked="side_effects", lang="es", side_effects=["blurred_vision"]),
    case("la foto se puso borrosa, la tomé otra vez. sin efectos", asked="side_effects", lang="es", side_effects=[]),
    # the sleepiness the pill brings named as a thing; a dream had is no sleepiness
    case("el sueño que me da la quetiapina es terrible", asked="side_effects", lang="es", side_effects=["drowsiness"], reason="severe_side_effects"),
    case("el sueño que tuve anoche fue rarísimo jaja, ánimo 4", asked="mood", lang="es", side_effects=[], mood=4),
    # hunger the pill brings; a smell making one hungry is the smell
    case("the mirtazapine is making me so hungry, up 4 lbs", side_effects=["appetite_change", "weight_gain"]),
    case("the smell of tacos is making me hungry lol, mood 4", asked="mood", side_effects=[], mood=4),
    # sleep counted in hours; a two-hour nap is no sleeplessness
    case("duermo 2 horas nomás desde el cambio", asked="side_effects", lang="es", side_effects=["insomnia"]),
    case("tomé una siesta, dormí 2 horas de siesta jaja, ánimo 5", asked="mood", lang="es", side_effects=[], mood=5),
    # days without sleep with a hedge, euphoria and a purchase: mania; a new baby keeps one up without it
    flag("mania", "havent slept in like 4 days but i feel amazing, bought a jet ski yesterday lol", asked="open"),
    # hallucinations in Spanish; real neighbours through the wall are none
    flag("confusion", "veo sombras que se mueven en el cuarto y oigo que me hablan", asked="open", lang="es"),
    case("oigo que me hablan los vecinos por la pared jaja, son bien chismosos", lang="es", no_reason="red_flag:confusion"),
    # a symptom borne no longer, without "más"; the heat borne no longer names no symptom
    case("no aguanto el dolor de cabeza, me tiene loca", asked="side_effects", lang="es", triage="high", side_effects=["headache"]),
    case("no aguanto el calor de esta ciudad jaja, sin efectos", asked="side_effects", lang="es", triage="none", side_effects=[]),
    case("no me siento seguro manejando con tanto sueño que me da", asked="side_effects", lang="es", triage="high", reason="severe_side_effects"),
    # idioms: laughing "to fainting", a football fever, a self-disgust, an exertion on the stairs with a heart said normal
    case("me privé de la risa con el video jaja, todo bien con la pastilla", lang="es", triage="none", no_reason="red_flag:fainting"),
    case("ando con la fiebre del mundial jaja, me siento bien con la clozapina", asked="side_effects", meds=["clozapine"], lang="es", triage="none"),
    case("un 3, me doy asco con estos kilos de más", asked="mood", lang="es", side_effects=["weight_gain"], mood=3),
    case("me falta el aire cuando subo los 3 pisos, el corazón normal", asked="side_effects", lang="es", triage="routine", no_reason="red_flag:allergic_reaction"),
    case("el corazón me late a mil y me falta el aire cuando subo las escaleras", asked="side_effects", lang="es", triage="urgent"),
    # dark urine put down to too little water; a chest pain since found to be heartburn; a sushi night over by morning
    case("pee is dark when i dont drink enough water, no pain", asked="side_effects", triage="routine", no_reason="red_flag:liver"),
    case("el dolor en el pecho que le conté resultó ser reflujo, ya me vio el médico", asked="side_effects", lang="es", no_reason="red_flag:chest_pain"),
    case("threw up last night after bad oysters, fine this morning", asked="side_effects", side_effects=[], triage="none"),
    # a child's runs and a relative's sleepiness since starting the pill (the relative is the patient)
    case("the kids have the runs this week, im fine so far", side_effects=[]),
    case("my daughters teacher says shes been sleepy in class since starting the sertraline", side_effects=["drowsiness"]),
    case("been up 3 nights with the baby, so tired", side_effects=["drowsiness"], no_reason="red_flag:mania"),
    # sleep sought, tiredness foreseen for tomorrow, "apagada" telling the mood
    case("mañana me mudo, voy a estar muerta de cansancio jaja. efectos ninguno", asked="side_effects", lang="es", triage="none", side_effects=[]),
    case("pues como un 2, ando bien apagado", asked="mood", lang="es", mood=2, side_effects=[], triage="high"),
    case("me siento apagada, como un zombi", asked="side_effects", lang="es", side_effects=["emotional_blunting"]),
    # adherence: the medicine refused, in Spanish and English; coffee refused or a chore done is not the medicine
    case("no quiero más la sertralina, me tiene como zombie", lang="es", adherence="stopped", triage="high"),
    case("no quiero más café por hoy jaja, ánimo 4", asked="mood", lang="es", adherence=None, mood=4),
    case("im done w the zoloft, it makes me numb", adherence="stopped", reason="stopped_medication"),
    case("im done w the laundry finally, mood 4", asked="mood", adherence=None, mood=4),
    case("took my lexapro tho, just ran out of coffee lol", adherence="taking"),
    case("took all of today's 👍", asked="adherence", adherence="taking"),
    case("me las tomo todas las noches sin falta", lang="es", adherence="taking"),
    case("se me han olvidado dos pastillas esta semana", lang="es", adherence="missed"),
    case("¿si se me pasa una dosis me tomo dos al otro día?", lang="es", adherence=None, reason="question"),
    # questions: the prescription followed "tal cual", a price without prescription, an appointment elsewhere, a change already made
    case("me tomé todas las de la semana tal cual la receta", asked="adherence", lang="es", no_reason="question"),
    case("ya tengo la cita del consulado gracias a Dios, ánimo 5", asked="mood", lang="es", mood=5, no_reason="question"),
    case("necesito una cita para revisar la dosis", lang="es", reason="question"),
    case("sleeping great since the dose change, 5", asked="mood", mood=5, no_reason="question"),
    case("does that matter for the wellbutrin", reason="question"),
    # doubts about the treatment itself are read by a person; doubts about life are a crisis (not written here)
    case("whats even the point of this pill lol, still taking it", triage="routine", adherence="taking", reason="question"),
    case("no le veo sentido a seguir con la sertralina, igual la sigo tomando", lang="es", triage="routine", reason="question"),
    # acknowledgements, the pill or the writer said fine, and none of the effects
    case("dale, gracias por avisar", lang="es", triage="none"),
    case("ta bien, gracias mi doc", lang="es", triage="none"),
    case("ta mal, gracias mi doc", lang="es", triage="routine"),
    case("mi esposo se gastó la quincena en el futbol jaja, yo tranquila con mi pastilla", lang="es", triage="none"),
    case("me dio un ataque de risa en el metro jaja. la pastilla bien", lang="es", triage="none"),
    case("estoy cansado de la misma rutina, nada más. efectos ninguno", asked="side_effects", lang="es", triage="none", side_effects=[]),
    case("os escribo para despedirme, dadme de baja de los mensajes", lang="es", keyword="stop"),
    case("me dieron de baja del trabajo por el covid", lang="es", keyword=None),
    # mood: "de pena" is clearly bad ("qué pena" is a pity); a score taken back for another
    case("de pena, la verdad", asked="mood", lang="es", triage="high", mood=None),
    case("qué pena lo de tu mamá, yo ando en un 4", asked="mood", lang="es", mood=4, no_reason="low_mood"),
    case("4 jk its a 2", asked="mood", mood=2),
]

NINETEENTH_PASS = [
    # a carer tells of the patient in the third person: jaundice, a night-less spree (the relative on the medication is the patient)
    flag("liver", "mi abuela toma el depakote y está amarilla, amarilla, como un limón, y le duele la barriga", asked="open", meds=("valproate",), lang="es", side_effects=["stomach_pain"]),
    flag("mania", "mi esposo lleva 4 noches sin dormir y anda con una energía q no es normal, se gastó los ahorros en un carro", asked="open", meds=("lithium",), lang="es", side_effects=["insomnia"]),
    flag("mania", "Mi hija no duerme, lleva días hablando sin parar y se ha gastado 2000 euros en ropa", asked="open", lang="es"),
    # ... but a relative's bad nights, a wall painted yellow, a child's tummy ache stay theirs
    case("mi esposo no duerme, anda preocupado por el trabajo. yo bien con mi pastilla", lang="es", side_effects=[], no_reason="red_flag:mania"),
    case("pintamos la pared y está amarilla, quedó bonita", lang="es", side_effects=[], no_reason="red_flag:liver"),
    case("a mi hijo le duele la barriga de tanto dulce, yo bien", lang="es", side_effects=[]),
    case("mi esposo se gastó los ahorros en un carro y yo ni sabía, la pastilla bien", lang="es", no_reason="red_flag:mania"),
    # the patient's own spree told in Spanish: energy "a tope", the wage spent, ideas flying
    flag("mania", "llevo tres noches sin dormir y estoy a tope de energía, me he gastado todo el sueldo en muebles", asked="open", lang="es"),
    flag("mania", "las ideas me van rapidísimo y me he gastado todo el sueldo en muebles", asked="open", lang="es"),
    # someone else's emergency is read by a person (routine), never the patient's red flag
    reads("my grandma had a seizure yesterday, shes ok now. im stressed but fine", "routine", reason="third_party_symptom"),
    case("a mi papá le dio dolor de pecho y lo llevamos a urgencias, ya está bien. yo bien con mis pastillas", lang="es", triage="routine", no_reason="red_flag:chest_pain"),
    case("my coworker fainted at work, im fine and taking my pill", triage="routine", no_reason="red_flag:fainting"),
    # a stiff neck is a symptom; a sore throat is no sore in the throat
    case("ando engarrotado del cuello x dormir chueco, sin calentura ni nada", lang="es", triage="routine"),
    case("3 i think. been feeling flu-ish, achy and a low fever, throats sore. still taking the clozapine", asked="mood", meds=("clozapine",), side_effects=[], reason="red_flag:infection_on_clozapine", no_reason="red_flag:rash"),
    case("got a throat sore on my tonsil, hurts to swallow", reason="red_flag:rash"),
    # the medicine named first, then taken; a dose changed as told and done; the stop denied
    case("La clozapina la tomo bien, sin fiebre ni dolor de garganta", lang="es", adherence="taking"),
    case("El litio lo tomo, eso sí", lang="es", adherence="taking"),
    case("las pastillas las tomo", lang="es", adherence="taking"),
    case("la clozapina no la tomo desde el lunes", lang="es", no_reason=None, adherence="missed"),
    case("el litio lo tomo o lo dejo?", lang="es", adherence=None),
    case("tomo el litio normal", lang="es", adherence="taking"),
    case("cuando tomo el litio normal me mareo", lang="es", adherence=None),
    case("5!! mejor q nunca, sin efectos, tomándola diario", asked="mood", lang="es", adherence="taking"),
    case("3/5, un poco de dolor de cabeza, me la tomé todos los días", asked="mood", lang="es", adherence="taking"),
    case("tomé mis pastillas, todo bien por acá", lang="es", adherence="taking", triage="none"),
    case("Yo bien, tomando la lamotrigina sin falta, nada de ronchas", lang="es", adherence="taking"),
    case("pero toy bien, tomándome la pastilla", lang="es", adherence="taking"),
    case("no he dejado de tomarlo", lang="es", adherence="taking"),
    case("he dejado de tomarlo", lang="es", adherence="stopped"),
    case("el dr me dijo q doblara la dosis y así lo hice, todo bien", lang="es", adherence="taking"),
    case("doubled it like u said 2 wks ago, all good", adherence="taking"),
    case("doubled my coffee like u said lol", adherence=None),
    case("took two tonight instead of one like the dr said for this week. no probs", adherence="taking"),
    case("ok so the bottle says take 2 at night now, i took both. is that right?", adherence="taking", reason="question"),
    case("took all my night ones at 9 like always", adherence="taking"),
    case("im holding up and taking everything. 2", asked="mood", adherence="taking", mood=2),
    case("taking mine every morning", adherence="taking"),
    # a wish to go on no longer is a stop; a shift quit is no stop; one night's dose not taken is missed
    case("ya no tengo ganas de seguir con la fluoxetina, me tiene con náuseas", lang="es", adherence="stopped", triage="high"),
    case("ya no tengo ganas de nada hoy, pero la fluoxetina sí la tomo", lang="es", no_reason="stopped_medication"),
    case("i want to quit the night shift not the meds lol. took em", asked="adherence", adherence="taking", triage="none"),
    case("esa noche no me tomé la trazodona por si acaso", lang="es", adherence="missed"),
    case("noo 😕", asked="adherence", adherence="missed"),
    # a score with its punctuation dictated, or after an "anyway"; a hotline number is no score
    case("Tres punto. Me duele el estómago", asked="mood", lang="es", mood=3),
    case("Three comma I think. The Wellbutrin gives me headaches", asked="mood", mood=3),
    case("my phone died mid text sorry. anyway 4, no issues", asked="mood", mood=4, triage="none"),
    case("i have the 988 number saved, havent needed it at all. 4 this week", asked="mood", mood=4),
    # sleep and its lay words: an hour's sleep, hours to fall asleep, up at 2am, kept awake, asleep at every turn
    case("took like 8 hrs to fall asleep last night lol", side_effects=["insomnia"]),
    case("sleep is dead to me lol, up at 2am every night since the new med", side_effects=["insomnia"]),
    case("up at 6am every morning for the gym, feeling good", side_effects=[]),
    case("el cipote está con los dientes y no me deja dormir jaja", lang="es", side_effects=["insomnia"]),
    case("la pastilla me tiene matada, con un sueño q no veas", lang="es", side_effects=["drowsiness"]),
    case("dying for a nap but otherwise ok", side_effects=["drowsiness"], crisis=False),
    case("los sueños están bien intensos", lang="es", side_effects=["vivid_dreams"]),
    case("Mi mamá anda muy confundida. Se duerme a cada rato y no la podemos despertar. Toma la quetiapina", lang="es", side_effects=["drowsiness"]),
    # weight, hair, food kept down
    case("my weight is up again which sucks", side_effects=["weight_gain"]),
    case("ya subí como siete kilos", lang="es", side_effects=["weight_gain"]),
    case("speaking of hair its been thinning since the valproate", side_effects=["hair_loss"]),
    case("cant keep breakfast down", side_effects=["vomiting"]),
    # a symptom put down to something else, the medication ruled out
    case("bruises on my legs r from soccer lol not the meds. no side effects", side_effects=[], triage="none"),
    case("bruises on my legs, not sure if its the meds", triage="routine"),
    # a reason given for a past stop is no symptom now
    case("stopped it 5 days ago bc of the sexual side effects", side_effects=[], adherence="stopped"),
    # questions: the lab's hours, a talk about changing the pills
    case("what time does the lab open", reason="question"),
    case("the lab opens at 7 so i went early", no_reason="question"),
    case("quiero hablar de cambiarlas", lang="es", reason="question"),
]

TWENTIETH_PASS = [
    # idioms that look like red flags: a rash decision, passing out laughing, windows blacked out, a heart that skipped a beat
    case("made a rash decision and adopted a 2nd cat lol. no side effects", triage="none", side_effects=[]),
    case("nearly passed out laughing at my kids school play 😂 5", asked="mood", triage="none", mood=5),
    case("nothing really. blacked out my bedroom windows for night shift sleep and its helping", asked="side_effects", triage="none"),
    case("my heart skipped a beat when he proposed!!! mood 5 obviously", triage="none", side_effects=[], adherence=None),
    flag("rash", "got a rash on my arms since the new dose", meds=("lamotrigine",)),
    # a pet's seizure is the pet's; a swelling with a cause of its own, gone down; voices that are the neighbours
    case("a mi perrito le dieron convulsiones anoche pobre, yo con la pastilla todo bien, 4", asked="mood", lang="es", triage="none"),
    case("face was swollen after the dentist pulled my wisdom tooth but its gone down now. no issues w the meds", asked="side_effects", triage="none"),
    case("oigo voces de noche pero son los vecinos peleando jaja, duermo malisimo", lang="es", triage="routine", no_reason="red_flag:confusion"),
    case("im confused abt whether to take it w food or not? can u clarify", triage="routine", no_reason="red_flag:confusion"),
    # a carer's report tied to a medication just started is the patient's
    flag("allergic_reaction", "my wife's face is swollen around her eyes and she says her throat feels weird. started the trazodone last night", asked="open"),
    # severity: kept from work, school or the wheel; but "need a nap so bad" and "pollen is brutal" are not the symptom's
    case("me muero de sueño con la quetiapina, no me puedo levantar pa ir a trabajar ya van 3 dias", lang="es", triage="high", reason="severe_side_effects"),
    case("so dizzy i dont feel safe driving to work", asked="side_effects", triage="high", reason="severe_side_effects"),
    case("no doy más con el temblor de las manos, no puedo ni escribir en el laburo", lang="es", triage="high", reason="severe_side_effects"),
    case("she's so drowsy on the new dose she fell asleep in class twice and cant get her homework done", triage="high", reason="severe_side_effects"),
    case("need a nap so bad. this stuff makes me drowsy all afternoon", asked="side_effects", triage="routine", side_effects=["drowsiness"]),
    case("pollen is brutal, sneezing nonstop. from the med just a bit of a headache in the afternoons", asked="side_effects", triage="routine"),
    case("my feet are killing me from the new job lol. no side effects tho", asked="side_effects", triage="none"),
    # restlessness: a household's restless night, or one that lets them sit
    case("4. baby was up teething so the whole house had a restless night lol but im good", asked="mood", triage="none", side_effects=[]),
    case("ando un poco inquieta en la noche, pero puedo estar sentada tranquila", lang="es", triage="routine", no_reason="restlessness"),
    # worsening: of a symptom in Spanish, not of the traffic
    case("la ansiedad esta peor, tengo ataques de panico casi diario", lang="es", triage="high", reason="worsening"),
    case("traffic was the worst its ever been today ugh. mood's a 4 tho", asked="mood", triage="none", mood=4),
    # canonical terms in lay words
    case("me corté el cabello bien cortito xq se me esta cayendo un montón desde el depakote", lang="es", side_effects=["hair_loss"]),
    case("weight's still creeping up, also burned my wrist on the oven rack", asked="side_effects", side_effects=["weight_gain"]),
    case("no se me antoja nada, casi no como", asked="side_effects", lang="es", triage="routine", side_effects=["appetite_change"]),
    case("es normal q me de tanta hambre con la quetiapina? me estoy comiendo todo", lang="es", side_effects=["appetite_change"]),
    case("not suicidal or anything just really flat lately", triage="routine", side_effects=["emotional_blunting"]),
    case("desde la sertralina no siento nada en la intimidad, ni ganas", lang="es", side_effects=["sexual"]),
    case("me quedo frita en el sofá a las 9, estoy KO todo el día", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("sleeping like the dead since the dose went up, 12 hrs a night easy", side_effects=["drowsiness"]),
    case("mi pololo dice que tengo los ojos amarillos, y me duele la guata", lang="es", triage="urgent", side_effects=["stomach_pain"]),
    case("estoy re transpirado y con fiebre, nose q me pasa", lang="es", side_effects=["sweating"]),
    case("compre veneno pa ratas xq la casa se lleno de ratones, que asco. yo bien, sin efectos de la pastilla", lang="es", triage="none", side_effects=[]),
    case("tuve fiebre la semana pasada x una gripa pero ya estoy bien, sin fiebre ni nada", asked="side_effects", lang="es", triage="none", side_effects=[]),
    # adherence: told in plain or regional words
    case("sipi", asked="adherence", lang="es", triage="none", adherence="taking"),
    case("ta to bien doc, me las toy tomando toas los dias", lang="es", triage="none", adherence="taking"),
    case("He rellenado el pastillero con las de la semana, me las tomo religiosamente", lang="es", triage="none", adherence="taking"),
    case("la doctora me dijo q doblara la dosis y asi le hice. todo bien", lang="es", adherence="taking"),
    case("doc said to double the dose so im on 100mg now. no issues so far", adherence="taking"),
    case("si pero a veces se me pasa la de la noche", asked="adherence", lang="es", triage="routine", adherence="missed"),
    case("la deje el finde xq fui a una boda, pero ya la retome", lang="es", triage="routine", adherence="missed"),
    case("no la he tomado desde el lunes, me daba mucho mareo", lang="es", triage="high", adherence="stopped", side_effects=[]),
    case("dry mouth still. kinda thinking about ending it with the wellbutrin, can we try something else?", triage="high", adherence="stopped"),
    case("Se me cayó el frasco entero por el inodoro, no me queda ni una, me mandan otra receta?", lang="es", triage="high", adherence="stopped"),
    case("almost ran out but grabbed the refill yesterday, all set", triage="none", adherence="taking"),
    case("estoy embarazada, sigo con la paroxetina o la dejo?", lang="es", triage="high", adherence=None),
    # ... and look-alikes: a sore throat passing, vices quit, a near heart attack at a bill, the gym left
    case("la semana pasada tuve la garganta irritada pero ya se me pasó, y la analítica salió bien", lang="es", triage="none", adherence=None),
    case("ya habia dejado el cigarro hace meses y ahora tmb el cafe, ya no me quedan vicios jaja. todo bien", lang="es", triage="none", adherence=None),
    case("casi me da un infarto cuando vi la cuenta de la luz jaja. los remedios bien, me los tomo todos", asked="adherence", lang="es", triage="none", adherence="taking"),
    case("me quiero dar de baja del gimnasio y no me dejan jaja. la pastilla bien, sin molestias", lang="es", triage="none", keyword=None),
    case("quiero darme de baja", lang="es", keyword="stop"),
    # good news with no score: nothing for a person to read
    case("hoy me despedi de la chamba despues de 22 años en la fabrica, ya soy jubilado!! bien contento", lang="es", triage="none"),
    case("said bye to my coworkers today, last day at the bank before we move to denver. so excited!!", triage="none"),
    case("ya no aguanto el calor jaja me estoy derritiendo. de la pastilla ninguna molestia", lang="es", triage="none"),
    case("pee gets darker when i forget to drink water, drinking more now and its normal again. otherwise nothing", asked="side_effects", triage="none"),
    case("must be seeing things, pharmacy actually had my refill ready on time lol. all good", triage="none"),
    case("que chilero doc ya me siento mejor, un 4, y me las tomo cabal todos los dias", asked="mood", lang="es", triage="none", adherence="taking", mood=4),
    case("hoy 4, me muero de sueño eso si", asked="mood", lang="es", mood=4),
]

TWENTY_FIRST_PASS = [
    # taking it, said with the habit and no usual verb: two named together, "on my X daily", a carer who gives it
    case("hectic week at work. still doing my lamotrigine + abilify every morning, all fine", adherence="taking", triage="none"),
    case("hectic week at work. still doing my taxes every morning, ugh", adherence=None),
    case("new apartment is chaos lol, on my prozac daily and sleeping ok", adherence="taking", triage="none"),
    case("mood 4, sertraline + bupropion daily", adherence="taking", mood=4, triage="none"),
    case("le doy la quetiapina a mi hijo cada noche como dijo la doctora", lang="es", adherence="taking"),
    case("le estoy dando de cenar a mi hijo cada noche temprano", lang="es", adherence=None),
    case("su abuela se la da cada mañana con el desayuno", lang="es", adherence="taking"),
    case("he takes his lithium same as always, i put it in his pill box", adherence="taking"),
    case("Toma la sertralina como se la recetaron, sin falta", lang="es", adherence="taking"),
    # still on it, or doing well on it; not "no longer on it", nor a waitlist
    case("gave up vaping finally! doing great on the wellbutrin, it helps", adherence="taking", triage="none"),
    case("still on the waitlist for a therapist", adherence=None),
    case("doing pretty good on the lexapro honestly, 4", asked="mood", adherence="taking", mood=4, triage="none"),
    case("no longer on the lexapro since march", reason="stopped_medication", adherence="stopped"),
    case("con su tratamiento al día, gracias a Dios", lang="es", adherence="taking"),
    case("off to the beach for 10 days. ill keep taking it with lunch like always", adherence="taking", triage="none"),
    case("took my regular seroquel at bedtime, nothing more", adherence="taking"),
    case("took my regular walk at bedtime", adherence=None),
    case("me tomo mi dosis de siempre, ni más ni menos", lang="es", adherence="taking"),
    case("took all my meds this morning like a good boy", adherence="taking"),
    case("took one ativan before the dentist like dr said", adherence="taking", triage="none"),
    case("cut it in half like the pharmacist said", adherence="taking"),
    case("i swallow two of the 50s at night now", adherence="taking"),
    case("should i swallow two of the 50s at night now?", adherence=None),
    case("trabajo, trabajo y trabajo, pero tomándome la medicina to los días", lang="es", adherence="taking"),
    case("se acabó la caja vieja y mañana empiezo la nueva, todo en orden", lang="es", adherence="taking"),
    case("finally all good, taking my lamictal", adherence="taking", triage="none"),
    # a week without it is a stop; a skip told with the clitic first, a count missed
    case("no la he tomado en toda la semana porque no tenía para comprarla", lang="es", adherence="stopped", triage="high"),
    case("me la salté el sábado, hoy ya me la tomé", lang="es", adherence="missed"),
    case("3 missed last week, the bottle rolled under the car seat", adherence="missed"),
    case("3 missed calls from the pharmacy last week", adherence=None),
    case("no he faltado ni una, ni una dosis se me olvidó", asked="adherence", lang="es", adherence="taking", triage="none"),
    # put by instead of taken is a stop; the pharmacy running out is not the patient's stop
    case("been keeping the seroquel in a drawer instead of taking it", adherence="stopped"),
    case("yes taking it. the pharmacy runs out a lot so i keep a few spare", asked="adherence", adherence="taking", no_reason="stopped_medication"),
    case("i quit all of them last week, the zoloft and the trazodone", adherence="stopped", reason="stopped_medication"),
    # left somewhere, not given up; a pain that passed is no missed dose; fed up is no stop by itself
    case("se me olvidó la pastilla el lunes, la dejé donde mi suegra", lang="es", adherence="missed", triage="routine"),
    case("ya se me pasó el dolor de cabeza, gracias", lang="es", adherence=None, no_reason="missed_doses"),
    case("estoy harta de la fluoxetina, ¿me la pueden cambiar?", lang="es", adherence=None, no_reason="stopped_medication"),
    case("estoy harta de la fluoxetina, la voy a dejar", lang="es", adherence="stopped"),
    # side effects in Spanish wordings
    case("nomás me duele un poquito la cabeza en la tarde", lang="es", side_effects=["headache"], triage="routine"),
    case("he cogido 3 kilos desde que empecé", lang="es", side_effects=["weight_gain"]),
    case("he cogido el autobús temprano", lang="es", side_effects=[]),
    case("la vista un poco borrosa al leer, y ya", lang="es", side_effects=["blurred_vision"]),
    case("me da un sueñazo después de la pastilla", lang="es", side_effects=["drowsiness"]),
    case("tengo un sueño que me muero desde la dosis nueva", lang="es", side_effects=["drowsiness"]),
    case("se me antojan los dulces todo el día", lang="es", side_effects=["appetite_change"]),
    case("se me antoja comer tacos hoy jaja", lang="es", side_effects=[]),
    # severity: kept from driving to work
    case("me mareo tanto que no puedo conducir para ir al curro", lang="es", triage="high", reason="severe_side_effects"),
    case("me mareo un poco pero conduzco bien al curro", lang="es", triage="routine", no_reason="severe_side_effects"),
    # red flags: a relative who cannot stay awake with confusion, voices with nobody home, a fit named by someone else
    flag("confusion", "my dad doesnt know what month it is and keeps falling asleep mid conversation", asked="open", side_effects=["drowsiness"]),
    flag("confusion", "mi abuelo está confundido y no se puede mantener despierto", asked="open", lang="es", side_effects=["drowsiness"]),
    flag("confusion", "i keep hearing somebody calling my name when im alone at home"),
    case("i keep hearing my neighbour calling my name when shes locked out lol", no_reason="red_flag:confusion"),
    flag("confusion", "no side effects except tiny men on my dresser who talk to me at night"),
    flag("seizure", "had what the er doc called a seizure last night, fine today", asked="open"),
    case("had what my mom called a fit of giggles at dinner lol", no_reason="red_flag:seizure"),
    # mania in Spanish: days of two hours' sleep with grandeur, no need of sleep, an energy "brutal"
    flag("mania", "llevo 4 días durmiendo 2 horas, me siento dios, empecé 2 negocios", asked="open", lang="es"),
    flag("mania", "tres noches sin dormir y ni falta me hace, ya renuncié", asked="open", lang="es"),
    flag("mania", "llevo 3 noches sin dormir y tengo una energía brutal", asked="open", lang="es"),
    case("llevo 3 noches durmiendo mal por el calor", lang="es", triage="routine", no_reason="red_flag:mania"),
]

TWENTY_SECOND_PASS = [
    # today's dose reported done at a clause's end; a dose taken again is no report of taking
    case("long shift lol. took my zoloft, mood 4", adherence="taking", mood=4, triage="none"),
    case("took my zoloft then took it again an hour later by mistake", no_reason="none"),
    case("meds went fine, took todays", adherence="taking"),
    case("kept taking my meds through the move, mood like a 3", adherence="taking", mood=3),
    case("should i keep taking my meds while sick?", adherence=None),
    case("meds: taking. mood: 4.", adherence="taking", mood=4),
    case("his labs came back fine and he's taking his lithium", adherence="taking"),
    # Spanish: the medicine kept on, said bare; "no sigo" and a stop stay apart
    case("todo tranquilo, tomándome la quetiapina", lang="es", adherence="taking"),
    case("dejé de estar tomando la quetiapina", lang="es", no_reason="none"),
    case("Sigo tomando el litio, ¿puedo tomar ibuprofeno?", lang="es", adherence="taking"),
    case("al día con mis pastillas, todo bien", lang="es", adherence="taking"),
    case("tomé todas mis pastillas a tiempo esta semana", lang="es", adherence="taking"),
    case("anoche me dormí y no me tomé la de la noche", lang="es", adherence="missed"),
    # the last pill with a refill asked ahead of time is no stop; check-ins and schedules are no doses
    case("last pill in the bottle tonight, pls send the refill to cvs, dont wanna run out", adherence="taking", triage="routine"),
    case("finished my last pill yesterday and the refill isnt ready", adherence="stopped"),
    case("sorry i missed a couple check ins, was travelling", adherence=None),
    case("can we move my appt? any day works except friday", adherence=None),
    case("honestly i just need to stop taking up space lol, mood 3", no_reason="stopped_medication"),
    case("no - ran out friday, the pharmacy needs your ok for the refill", asked="adherence", adherence="stopped"),
    # side effects in lay Spanish and English
    case("subí como 4 kilos y tengo la boca como de lija", lang="es", side_effects=["weight_gain", "dry_mouth"]),
    case("subí al cuarto piso y me cansé", lang="es", no_reason="side_effects"),
    case("me paso el día muerta de hambre con la mirtazapina", lang="es", side_effects=["appetite_change"]),
    case("me da asco la comida y casi no como", lang="es", side_effects=["appetite_change"]),
    case("me siento del asco, me peleé con mi hermana", lang="es", side_effects=[]),
    case("me duele la cabeza y la barriga desde la dosis nueva", lang="es", side_effects=["headache", "stomach_pain"]),
    case("me levanto atarantada toda la mañana", lang="es", side_effects=["drowsiness"]),
    case("only sleeping like 3 hours a night since the increase", side_effects=["insomnia"]),
    case("chest pressure for an hour and my right arm went numb", side_effects=[], reason="red_flag:chest_pain"),
    case("my cousin and i killed like 50 zombies on the ps5, good night", side_effects=[]),
    flag("priapism", "about the trazodone, its been 4 hrs, it wont go down and it hurts", side_effects=["sexual"]),
    flag("allergic_reaction", "se me hincharon los párpados de un día para otro", lang="es"),
    flag("infection_on_clozapine", "my daughter on clozapine has blisters all over her gums", side_effects=["rash"]),
    # kin named with slang are someone else's: read by a person, no red flag of the patient's
    case("mi vieja se desmayó en el mercado, ya está bien", lang="es", triage="routine", reason="third_party_symptom"),
    case("my hubby had a seizure last night, first one", triage="urgent"),
]


TWENTY_THIRD_PASS = [
    # adherence: a count of the strength at the usual time, a dose said in passing, a week with none missed
    case("took 2 of the 25s tonight like always", asked="adherence", adherence="taking"),
    case("crazy day at work, gotta go. took them tho", asked="adherence", adherence="taking"),
    case("took all of them this week, each one ✅", asked="adherence", adherence="taking"),
    case("ni un día sin tomarlas este mes", asked="adherence", lang="es", adherence="taking"),
    case("grandpa's in the hospital, rough week. still taking everything as prescribed", adherence="taking"),
    case("been really good about the seroquel lately", adherence="taking"),
    case("el doctor me dijo que dejara la de 25 y empezara con la de 50, ya llevo dos semanas así", asked="adherence",
         lang="es", adherence="taking"),
    case("me salté unas dos", asked="adherence", lang="es", adherence="missed"),
    case("me he saltado algunas pastillas estos días", lang="es", adherence="missed"),
    case("no me he saltado ninguna", asked="adherence", lang="es", adherence="taking"),
    case("me terminé las pastillas el lunes y no he ido por más", lang="es", adherence="stopped", reason="stopped_medication"),
    case("me terminé las pastillas de la caja vieja y ya empecé la nueva", lang="es", no_reason="stopped_medication"),
    case("subí mucho de peso con esta pastilla, la voy a dejar por eso", lang="es", adherence="stopped",
         side_effects=["weight_gain"]),
    case("voy a salir un rato con mis hermanas, no las quiero dejar solas hoy", lang="es", adherence=None),
    case("olvidé que ya me la había tomado y me tomé otra", lang="es", adherence=None),
    # mood: a score beside news or an idiom; a thing left empty is not the writer
    case("would kill for a long weekend haha. 4 otherwise", asked="mood", mood=4, triage="none"),
    case("we lost the final, i could die of shame lol. 3 bc of it", asked="mood", mood=3, triage="routine"),
    case("my brother returned my truck on empty, gonna strangle him lol. mood 4", asked="mood", mood=4, triage="none"),
    case("4. the cat died last week, the house feels empty without her", asked="mood", mood=4, no_reason="low_mood"),
    case("3. i feel empty inside", asked="mood", mood=3, reason="low_mood"),
    case("my aunt passed, the funeral was sunday. im sad but im safe", no_reason="low_mood", triage="routine"),
    case("dad's in palliative care now. im holding up", triage="routine", reason="mid_mood"),
    # side effects: lay words for the canonical terms
    case("thinking of quitting the depakote, its ruining my hair", side_effects=["hair_loss"], adherence="stopped"),
    case("graphic dreams every night since the new dose", side_effects=["vivid_dreams"]),
    case("sleeping fine, eating way too much though", side_effects=["appetite_change"]),
    case("con la sertralina no tengo ganas en la intimidad con mi esposo", lang="es", side_effects=["sexual"]),
    case("la pastilla me suelta el estómago", lang="es", side_effects=["diarrhea"]),
    case("voy al baño cinco veces al día desde la dosis nueva", lang="es", side_effects=["diarrhea"]),
    flag("heart_rhythm", "el corazón de repente se me acelera y me mareo", asked="open", lang="es"),
    # side effects that keep them from work or the wheel; side effects said goodbye to
    case("so sleepy at the wheel, i dont think its safe to drive", triage="high", reason="severe_side_effects"),
    case("nauseous all morning, had to go home early from my shift", triage="high", reason="severe_side_effects"),
    case("none now, said bye bye to the headaches last week 🙌", side_effects=[], triage="none"),
    case("ninguno, adiós a los mareos por fin", lang="es", side_effects=[], triage="none"),
]

TWENTY_FOURTH_PASS = [
    # a racing or skipping heart with a near-fall or a blackout of vision is heart_rhythm, in both languages
    flag("heart_rhythm", "mi corazón va rapidísimo y casi me caigo en la fila del súper", lang="es"),
    flag("heart_rhythm", "el pulso se me dispara y lo veo todo negro unos segundos", lang="es"),
    flag("heart_rhythm", "el corazón me late rapidísimo y me mareé subiendo al bus", lang="es"),
    flag("heart_rhythm", "heart keeps fluttering and skipping and i nearly went down in the kitchen"),
    case("casi me caigo de la risa con el video que me mandaste", lang="es", side_effects=[], no_reason="red_flag:heart_rhythm"),
    case("casi me caigo por las escaleras del metro, qué torpe, pero bien", lang="es", no_reason="red_flag:heart_rhythm"),
    case("we nearly went down the wrong road on the way to the clinic lol", no_reason="red_flag:fainting"),
    # a carer telling of a spouse's chest or a grandparent's faint
    flag("chest_pain", "its her husband writing, she says theres a pressure in her chest since lunch", asked="open"),
    flag("chest_pain", "mi esposa dice que le aprieta el pecho desde anoche", asked="open", lang="es"),
    flag("fainting", "mi abuelo se quedó sin fuerzas en el baño y volvió en sí al ratito. toma quetiapina", asked="open", lang="es"),
    # lithium: a heavy tongue when talking beside the gut is the toxicity flag
    flag("lithium_toxicity", "diarrea desde el martes y siento la lengua gorda para hablar", meds=["lithium"], lang="es"),
    # days awake and on top of the world is mania
    flag("mania", "been awake 4 nights in a row and i feel incredible, like nothing can stop me"),
    case("been up 3 nights with the baby, feel like a zombie", no_reason="red_flag:mania"),
    # kept from a task at work by it, the task named first
    case("so groggy i cant drive the delivery van safely anymore", asked="side_effects", triage="high", reason="severe_side_effects"),
    # a mood score set by the writer
    case("i would put it at 3 this week", asked="mood", mood=3),
    case("rate it a 2, long week", asked="mood", mood=2, triage="high"),
    # a low mood in Spanish with the subject left out, beside someone else's news
    not_crisis("a mi vecino le dio un infarto y estoy muy mal desde entonces", lang="es", triage="high", reason="low_mood"),
    case("a mi tío lo operaron, estoy triste pero aquí seguimos", lang="es", triage="routine", no_reason="low_mood"),
    # nausea that goes away each day comes back the next: still there
    case("queasy most mornings but it goes away after breakfast", asked="side_effects", side_effects=["nausea"], triage="routine"),
    case("had some nausea in week one but it went away", asked="side_effects", side_effects=[], triage="none"),
    # wanting off the medicine, said with a family member or as a request to talk it through
    case("my husband and i both want me off the lamotrigine. can we talk about stopping it", adherence="stopped", triage="high",
         reason="stopped_medication"),
    case("i have to quit this crap, its making me feel like a ghost", adherence="stopped", reason="stopped_medication"),
    case("gotta quit this junk food, its making me gain weight", no_reason="stopped_medication"),
    case("can we talk about stopping the reminder texts", no_reason="stopped_medication"),
    # not taken since an event a week back is a stop
    case("havent had them since the wedding last week", adherence="stopped", triage="high"),
    # a pill hard to get down is no allergy; a hard swallow with nothing about the pill stays the flag
    case("can i split these? the tablets are so hard to swallow", no_reason="red_flag:allergic_reaction"),
    flag("allergic_reaction", "its hard to swallow and my tongue feels puffy"),
    # restlessness that still lets them sit through something is ordinary
    case("me siento algo inquieto de noche pero puedo estar sentado leyendo sin problema", asked="side_effects", lang="es",
         side_effects=["restlessness"], triage="routine", no_reason="restlessness"),
    # a rash long gone is not a rash now; one back again is
    case("got a rash the first month on lamotrigine but thats long gone, all good now", asked="side_effects",
         meds=["lamotrigine"], side_effects=[], triage="none"),
    flag("rash", "had a rash at the start, long gone, but now a new one on my neck", meds=["lamotrigine"]),
    # a child with a childhood illness and the writer fine
    case("my kiddo has chicken pox and spots all over his tummy. nothing for me, can we move my visit?",
         no_reason="red_flag:rash", side_effects=[]),
    case("my little boy broke out in a rash after his morning dose", reason="red_flag:rash"),
    # adherence told in other ways
    case("forgot all her lines at the recital but she was adorable. 4", asked="mood", adherence=None, mood=4),
    case("took my last tablet tonight, the refill arrives tomorrow", asked="adherence", adherence="taking",
         no_reason="stopped_medication"),
    case("took my last tablet tonight, the refill arrives next week", asked="adherence", adherence="stopped"),
    case("all good, pill organizer empty on the right days all week", asked="adherence", no_reason="stopped_medication"),
    case("my data plan runs out on the 30th, can you email me instead?", no_reason="stopped_medication"),
    case("two months no misses 💪", adherence="taking", triage="none"),
    case("did the full 90 days on it without skipping", no_reason="question"),
    case("taking half now since my doctor lowered it", asked="adherence", adherence="taking", triage="none"),
    case("ahora tomo una sola porque así me lo cambió la doctora", asked="adherence", lang="es", adherence="taking"),
    case("starting the new pill monday like the doctor planned", adherence="taking"),
    # sign-offs
    case("ok bye for now", triage="none"),
    case("muchas gracias por todo, hasta la próxima semana", lang="es", triage="none"),
    case("thanks for everything", no_reason="crisis"),
    # a headache gone, told without a subject
    case("dizzy spells the first few days, gone now", asked="side_effects", side_effects=[], triage="none"),
    # a near-faint is dizziness as well as the faint flag
    flag("fainting", "nearly passed out at the bus stop this morning", side_effects=["dizziness"]),
    # lay words for sleepiness, flatness and a night without sleep
    case("ando con un sueño que me muero todo el día", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    case("mood is fine but i feel a bit flat", asked="side_effects", side_effects=["emotional_blunting"]),
    case("de noche no me puedo dormir por más que lo intento", asked="side_effects", lang="es", side_effects=["insomnia"]),
    case("no me puedo dormir sin ver una serie antes, costumbre de años. nada más que reportar", asked="side_effects", lang="es",
         side_effects=[]),
    # a writer who gives their name before saying whose relative they are tells the patient's symptoms
    case("hola, le escribe Marta, la esposa de Luis. le duele la barriga desde ayer y vomitó dos veces", lang="es",
         side_effects=["stomach_pain", "vomiting"]),
    # restlessness that will not let them sit through something, "even" between
    case("cant even sit through one episode of my show, i keep having to get up and pace", asked="side_effects",
         side_effects=["restlessness"], reason="restlessness"),
    # a new time of day, the pill kept; asked about, it stays a question
    case("taking them with dinner now instead of breakfast, stomach is happier", adherence="taking"),
    case("would it be ok to start taking it with dinner instead?", adherence=None, reason="question"),
    case("finished the steroid pack yesterday. my usual meds still every morning", asked="adherence", adherence="taking"),
    # the score as its own clause before the one complaint
    case("bien, un 4, nada más con un poco de dolor de cabeza", asked="mood", lang="es", mood=4, side_effects=["headache"]),
]

TWENTY_FIFTH_PASS = [
    # a tight chest said the spoken way ("-ao" for "-ado") is still chest pain
    flag("chest_pain", "desde el cambio de dosis ando con el pecho apretao y nerviosa", asked="open", lang="es"),
    flag("chest_pain", "tengo el pecho apretao desde la mañana", lang="es"),
    case("me quedé apretada en el metro, qué calor, pero todo bien", lang="es", no_reason="red_flag:chest_pain"),
    # a spouse who says who they are tells the patient's mania, spoken of in the third person
    flag("mania", "Le escribe la esposa de Julián: lleva tres noches sin dormir y no para de hablar de su gran proyecto",
         asked="open", meds=["lithium"], lang="es"),
    case("mi sobrino no para de hablar de fútbol jaja, yo tranquila", lang="es", no_reason="red_flag:mania"),
    # a relative's signs that make mania only together are routine, never the writer's red flag
    case("mi primo lleva días sin dormir y gastando todo lo que gana, la familia está preocupada. yo bien", lang="es",
         triage="routine", reason="third_party_symptom", no_reason="red_flag:mania"),
    flag("mania", "llevo días sin dormir y gastando todo, me siento imparable", asked="open", lang="es"),
    # a score opened by "la verdad" or closing "todo bien, un N"
    reads("la verdad 2, hoy no tuve ganas de nada", "high", asked="mood", lang="es", mood=2),
    reads("me reí un montón con mi nieta, todo bien, un 4", "none", lang="es", mood=4),
    # asleep where one has to stay awake, and sleep that keeps one from work
    case("me dormí en plena reunión por la pastilla de la noche", lang="es", side_effects=["drowsiness"]),
    case("ayer me quedé dormido en el sofá viendo una peli", lang="es", side_effects=[]),
    case("ando re dormido todo el día, no puedo ni ir al laburo", asked="side_effects", lang="es",
         triage="high", side_effects=["drowsiness"], reason="severe_side_effects"),
    case("harto sueño en las tardes", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    # the old euphemism for pregnancy, and the same words for a shock
    case("le cuento que quedé en estado, tengo siete semanas", lang="es", triage="high", reason="pregnancy"),
    case("estoy en estado de shock con lo del examen, pero bien", lang="es", no_reason="pregnancy"),
    # taken only on the days it comes to mind is missed
    reads("me las tomo cuando me acuerdo, la verdad", "routine", asked="adherence", lang="es", adherence="missed"),
    # the Spanish full name of valproate
    reads("quiero dejar el acido valproico, me tiene mareada", "high", lang="es", adherence="stopped",
          side_effects=["dizziness"]),
    # a slang word of address or a safe-and-home answer only thanks
    reads("listo, gracias tía 👍", "none", lang="es"),
    reads("thanks for checking on me, im safe and with my family", "none"),
    case("gracias, estoy a salvo pero no sé por cuánto tiempo", lang="es", no_reason="question"),
    # no check-ins wanted at all outweighs the hour named
    case("stop messaging me at 6am, no need to keep checking on me", keyword="stop"),
    case("can you stop texting at 6am? noon works better", keyword=None),
    # dry mouth, blurred vision, sweating, sleeplessness in everyday Spanish
    case("se me seca muchísimo la boca", asked="side_effects", lang="es", side_effects=["dry_mouth"]),
    case("a ratos se me nubla la vista", asked="side_effects", lang="es", side_effects=["blurred_vision"]),
    case("me levanto toda sudada casi todas las noches", asked="side_effects", lang="es", side_effects=["sweating"]),
    case("no me puedo dormir hasta la madrugada", asked="side_effects", lang="es", side_effects=["insomnia"]),
    case("no me puedo dormir hasta que me tomo la pastilla", asked="side_effects", lang="es", side_effects=[]),
    # a tag seeking a nod, or a question already put to the writer, is no question for the prescriber
    reads("un 5, sabes? me salió todo bien en el trabajo", "none", asked="mood", lang="es", mood=5),
    case("answering the nurses question from last week: no, nothing like that", no_reason="question"),
    reads("me asustó un poco la pregunta del formulario, pero todo bien, un 4", "none", asked="mood", lang="es", mood=4),
    case("tengo una pregunta sobre la dosis de la noche", lang="es", reason="question"),
    case("the question is whether i can take it with coffee", reason="question"),
    reads("yes daily. grabbed an early refill since im away next week", "none", asked="adherence", adherence="taking"),
    # a reply forgotten is not a dose forgotten; a period missing is not a dose missing
    reads("perdón, se me olvidó responder el lunes. me la tomo todos los días", "none", lang="es", adherence="taking"),
    case("period has been missing for a month, is that the med?", asked="side_effects", adherence=None),
    case("se me olvidó la pastilla del martes", lang="es", adherence="missed"),
    # pills left somewhere are missed, not stopped
    reads("no, dejé las pastillas en casa de mi hermana y fueron dos días sin ellas", "routine", asked="adherence",
          lang="es", adherence="missed"),
    case("dejé las pastillas hace un mes, ya no las quiero", lang="es", adherence="stopped"),
    # months without those thoughts is no stop of the medicine
    case("hace semanas que no tengo esas ideas feas, el plan me ayudó", lang="es", adherence=None, no_reason="stopped_medication"),
    case("hace una semana que no me la tomo", lang="es", adherence="stopped"),
    # the usual count "like always" is taking
    case("still just taking 1 a night like always, pharmacy sent too many though", adherence="taking"),
    case("sigo con una por la noche como siempre", lang="es", adherence="taking"),
    case("¿me tomo la pastilla a la hora de siempre aunque viaje a otro país?", lang="es", adherence=None),
    # can sit still after all: restlessness without the akathisia flag
    case("me pongo inquieta a veces pero puedo quedarme sentada", asked="side_effects", lang="es",
         triage="routine", side_effects=["restlessness"], no_reason="restlessness"),
    # horror in nightmares is what they show, not severity
    case("horrible nightmares every night this week", asked="side_effects", side_effects=["vivid_dreams"], triage="routine"),
    case("la ansiedad es horrible, no me deja trabajar", asked="side_effects", lang="es", triage="high", reason="severe_side_effects"),
    # a feeling out of reach is blunting, not a task kept from
    case("feel flat, cant even laugh at my favorite show", asked="side_effects", triage="routine",
         side_effects=["emotional_blunting"], no_reason="severe_side_effects"),
    # shaken by an event is no tremor
    case("got rear ended yesterday, still a bit shaky about it but ok", side_effects=[]),
    case("my hands are shaky all day", asked="side_effects", side_effects=["tremor"]),
    # a denial carried to the one symptom named
    reads("nada, ni siquiera las náuseas del principio", "none", asked="side_effects", lang="es"),
    case("no, pero ni siquiera el mareo se me quita", asked="side_effects", lang="es", side_effects=["dizziness"]),
    # a bad place denied; sad then calmer; a house left empty is in between
    reads("3, not in a dark place at all", "routine", asked="mood", mood=3),
    case("el entierro estuvo muy triste pero ya me siento más tranquilo", asked="mood", lang="es", triage="routine"),
    case("meh, kids went back to college, the house feels empty", asked="mood", triage="routine"),
    case("i feel so empty lately", asked="mood", triage="high", reason="low_mood"),
    # voices long gone and never since are not a current red flag
    case("heard voices years back before the meds, havent heard them since. 4", asked="mood", mood=4, no_reason="red_flag:confusion"),
    # skin spots: gone is none, new is a red flag
    reads("las manchas de la piel del mes pasado ya se quitaron, nada nuevo", "none", lang="es", meds=["lamotrigine"]),
    flag("rash", "me salieron manchas de la piel en la espalda", meds=["lamotrigine"], lang="es"),
]


TWENTY_SIXTH_PASS = [
    # yellowing told verb first ("se me puso amarilla la piel") is the writer's liver sign; a sister's is routine
    flag("liver", "de repente se me pusieron bien amarillos los ojos, me lo dijo mi mamá", asked="open", lang="es"),
    flag("liver", "se me puso amarilla la piel esta semana", asked="open", lang="es"),
    case("a mi hermana se le pusieron amarillos los ojos, yo bien", lang="es", no_reason="red_flag:liver"),
    # the whole regimen taken, said with "tomándome" or "all my doses"
    reads("5 de 5, tomándome todo sin problema", "none", asked="mood", lang="es", mood=5, adherence="taking"),
    case("took all of my doses. mood is a 4", adherence="taking", crisis=False),
    not_crisis("energy fine, took all my doses this week", adherence="taking"),
    # a racing heart told with the object said again is palpitations
    case("el corazón lo siento acelerado desde la mañana", asked="side_effects", lang="es", side_effects=["palpitations"]),
    # dreams "like movies" are vivid dreams; a dream of being in a film is no symptom
    case("my dreams feel like whole films now, kinda fun", asked="side_effects", side_effects=["vivid_dreams"]),
    case("my dream is to act in a movie someday", side_effects=[]),
    # hives are the allergic reaction's sign, coded as no rash; Spanish "ronchas" stay a rash
    flag("allergic_reaction", "woke up covered in hives and my lips are puffy", side_effects=[]),
    flag("allergic_reaction", "me salieron ronchas en la espalda y me arde", lang="es", side_effects=["rash"]),
    # mouth sores with a sore throat or the flu are the illness; with a fever alone or alone they stay a rash
    case("tengo fiebre, me duele la garganta y me salieron llagas en la boca", lang="es", triage="urgent", side_effects=[]),
    case("llagas en la boca y me siento engripada", meds=["clozapine"], lang="es", triage="urgent", side_effects=[]),
    flag("rash", "me salieron llagas en la boca y ando con fiebre, empecé la lamotrigina", asked="open", lang="es",
         side_effects=["rash"]),
    flag("rash", "ampollas en la boca desde ayer", lang="es", side_effects=["rash"]),
]

TWENTY_SEVENTH_PASS = [
    # chest pain told as a band or a tightness "been" there (apostrophe dropped: "chest's been")
    flag("chest_pain", "chest's been tight and kind of pressing all afternoon, could be the stress from work"),
    flag("chest_pain", "there's a tight band around my chest when I take the stairs at the station", asked="open"),
    # a thick tongue and a tightening throat are swelling
    flag("allergic_reaction", "tongue feels really thick and my throat's tightening since the new pill this morning"),
    # a pounding, skipping heart "been" so, with lightheadedness
    flag("heart_rhythm", "heart's been skipping and pounding on the stairs and I went lightheaded and had to sit down",
         side_effects=["palpitations", "dizziness"]),
    # mania in Spanish: a heap of energy after nights awake; a son who talks very fast and spent his whole check
    flag("mania", "ya van 4 noches sin dormir y traigo un montonal de energia, quiero abrir tres negocios", asked="open", lang="es"),
    flag("mania", "mi hijo habla rapidisimo y se gasto todo el cheque en una moto, no es el mismo, es su paciente", asked="open", lang="es"),
    # kept from work by it: sent home, taken off the forklift
    case("so drowsy at work my manager sent me home on monday", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("groggy every morning, they took me off the forklift because of it", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    # adherence: a day left out by name, a stop dated by an event weeks back, days failed, the pill not at hand, palming
    reads("took it daily except weds when I was at the hospital with my dad", "routine", asked="adherence",
          adherence="missed", reason="missed_doses"),
    reads("nope, haven't taken any since the move three weeks ago", "high", asked="adherence",
          adherence="stopped", reason="stopped_medication"),
    reads("esta semana falle 2 dias por el viaje", "routine", asked="adherence", lang="es",
          adherence="missed", reason="missed_doses"),
    reads("anoche no, me fui a casa de mi hermana y no la llevaba", "routine", asked="adherence", lang="es",
          adherence="missed", reason="missed_doses"),
    case("I've been cheeking the seroquel and spitting it out later", adherence="stopped", reason="stopped_medication"),
    # doses skipped as the prescriber said are taken as prescribed
    reads("skip it on sundays like my doctor told me, every other day it's taken", "none", asked="adherence",
          adherence="taking"),
    # a symptom said not to be the medication's is no side effect; asked whether it is, it still is one
    reads("wiped out, but that's the night shifts at the plant, not the pills", "none", asked="side_effects"),
    reads("ando agotado pero no es la pastilla, es q el bebe no duerme", "none", asked="side_effects", lang="es"),
    case("headaches and kind of wiped out, is it not the meds?", asked="side_effects", side_effects=["headache", "drowsiness"]),
    case("3, muerto de cansancio x los dobles en la bodega", asked="mood", lang="es", mood=3, side_effects=[]),
    # side effects in lay words
    case("the room's spinning when I stand up", side_effects=["dizziness"]),
    case("traigo nauseas y ando suelto del estomago", asked="side_effects", lang="es", side_effects=["nausea", "diarrhea"]),
    case("my hands have got a slight shake when I write", asked="side_effects", side_effects=["tremor"]),
    case("5 days no bm, the fiber isn't helping", asked="side_effects", side_effects=["constipation"]),
    case("me duele el lado derecho desde ayer", asked="side_effects", lang="es", side_effects=["stomach_pain"]),
    case("cero ganas en la intimidad desde el cambio", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("un antojo de pan dulce en las noches que no se me quita", asked="side_effects", lang="es",
         side_effects=["appetite_change"]),
    case("sweating through my work shirt every afternoon", asked="side_effects", side_effects=["sweating"]),
    case("ando como sonambulo todo el dia", asked="side_effects", lang="es", side_effects=["drowsiness"]),
    # a rash named only as the condition the pharmacist gave is no rash
    case("me tome dos por error, la farmaceutica dijo que estoy bien si no me salen ronchas. no tengo nada",
         lang="es", side_effects=[], no_reason="red_flag:rash"),
]

# Pass 28 (sets 175-179): what a carer sees (a parent talking to the dead, someone down and out for seconds, a spouse
# talking to no one, days awake with a purchase on credit and fast talk, a flight of ideas in Spanish), voices that
# say one's name, shadows that move and pets one does not own; a racing heart on the stairs, twitching muscles named
# by the limb; restlessness told of a child or as ants in the legs; stops by a flush, a refusal, a discharge days back,
# "not going back on it"; a "2 day"; tiredness put down to the day, the baby or the flu "pero de la pastilla nada";
# symptoms said gone together; sitting through a whole film; thanks to a "licenciada", "va", "see you the 12th".
TWENTY_EIGHTH_PASS = [
    # confusion told by a carer or by the patient: the dead talked to, the wrong year, voices by name, shadows, a pet not owned
    flag("confusion", "dad keeps chatting with his brother who died years ago like he's at the table. he started the new pill friday",
         asked="open"),
    flag("confusion", "my husband is talking to people who aren't in the room and thinks it's 1985", asked="open"),
    flag("confusion", "oigo a alguien que me habla por la tele y dice mi nombre, me da miedo", asked="open", lang="es"),
    flag("confusion", "at night I keep seeing shadows moving by the closet door"),
    flag("confusion", "seeing a little dog under my desk at work. i don't have a dog"),
    case("3. the puppy chewed up my old scarf so I made him a tug toy out of it", asked="mood", mood=3,
         triage="routine", crisis=False, no_reason="red_flag:confusion"),
    # down and out for seconds, told by a carer
    flag("fainting", "grandpa went down in the kitchen, out for about 30 seconds", asked="open"),
    # a pounding heart with dizziness on the stairs is no workout
    flag("heart_rhythm", "my heart pounds like crazy and I get dizzy climbing the two flights to my office",
         side_effects=["palpitations", "dizziness"]),
    # sweating, a fever and muscles that jump, the limb named between
    flag("nms_serotonin", "sudo muchisimo, tengo 39.2 y los musculos de los brazos me brincan, empece un jarabe ayer",
         asked="open", lang="es"),
    # mania told by a spouse: a flight of ideas and a sum on the card; nights awake, a boat on credit, fast talk
    flag("mania", "mi esposo anda brincando de un tema a otro y se gasto 30 mil pesos con la tarjeta en una tarde",
         asked="open", lang="es"),
    flag("mania", "this is Ray's wife. he's been up 3 nights straight, bought a $12k boat on credit and talks so fast I can't keep up",
         asked="open"),
    # restlessness told of a child in answer to the side-effects question, or as bugs under the skin
    case("mi hija no puede quedarse quieta ni en la mesa, se levanta a cada rato", asked="side_effects", lang="es",
         triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("like bugs under my skin, I have to keep moving", triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("a little antsy at night but I can sit through a whole show", asked="side_effects", triage="routine",
         side_effects=["restlessness"], no_reason="restlessness"),
    case("nothing really, my knee bounces a bit in meetings but i can sit fine", asked="side_effects", triage="routine",
         side_effects=["restlessness"]),
    # a carer's account: too drowsy for the baby's feeds; a child sick to the stomach
    case("my wife is so drowsy on the new dose she can't get up for the baby's feeds", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("my daughter's sick to her stomach every morning before school", asked="side_effects", side_effects=["nausea"]),
    # side effects in other words
    case("se me fue el deseo por completo", asked="side_effects", lang="es", side_effects=["sexual"]),
    case("can't, like, finish anymore with my partner", asked="side_effects", side_effects=["sexual"]),
    case("stomach's kinda off most mornings", asked="side_effects", side_effects=["nausea"]),
    case("my appetite is totally out of control lately", asked="side_effects", side_effects=["appetite_change"]),
    case("vomito desde anoche, camino como mareada y me tiemblan las manos", asked="side_effects", meds=["lithium"], lang="es",
         reason="red_flag:lithium_toxicity", side_effects=["vomiting", "tremor", "dizziness"]),
    case("mi papa q toma litio tiene diarrea y se tambalea", meds=["lithium"], lang="es",
         reason="red_flag:lithium_toxicity", side_effects=["diarrhea"]),
    # gone together, or a day that is over
    reads("el mareo ya se me paso y las nauseas tambien", "none", asked="side_effects", lang="es"),
    reads("threw up a couple times tuesday with a bug, all fine now", "none", asked="side_effects"),
    # tiredness or sleeplessness put down to the day, the baby, a cold, the pill cleared
    reads("si, diario. ando cansada pero es porque hago doble turno", "none", asked="adherence", lang="es", adherence="taking"),
    reads("agotada pero es por el bebe que no me deja dormir", "none", asked="side_effects", lang="es"),
    reads("3, la chamba me tiene agotado", "routine", asked="mood", lang="es", mood=3),
    reads("beat after a long shift, but nothing from the meds", "none", asked="side_effects"),
    reads("resfriado toda la semana, pero de la pastilla nada", "none", asked="side_effects", lang="es"),
    # adherence: flushed, refused, a discharge days back, not going back on it; refilled the next day; days let slip;
    # some kept back; a symptom that stopped; someone else's missed dose; kept on daily
    reads("no. my mom flushed them last week", "high", asked="adherence", adherence="stopped", reason="stopped_medication"),
    reads("nope, not since my surgery 12 days ago", "high", asked="adherence", adherence="stopped", reason="stopped_medication"),
    reads("soy su esposa. mi marido no se la ha querido tomar desde el lunes", "high", asked="adherence", lang="es",
          adherence="stopped", reason="stopped_medication"),
    reads("Not going back on it, haven't taken it since friday", "high", asked="adherence", adherence="stopped",
          reason="stopped_medication"),
    case("se me terminaron el lunes pero la farmacia me las surtio el martes, solo me salte una", asked="adherence", lang="es",
         triage="routine", adherence="missed"),
    case("subí 8 kilos, ya no me quedan los uniformes", asked="side_effects", lang="es", triage="routine",
         side_effects=["weight_gain"], adherence=None),
    case("se me olvidan algunos dias", asked="adherence", lang="es", adherence="missed"),
    case("si, aunque algunas las estoy guardando en un cajon", asked="adherence", lang="es", adherence="missed"),
    case("yes. the nightmares stopped a month in, haven't had one since june", asked="adherence", adherence="taking"),
    case("my sister said she missed a dose of her zoloft and felt awful. I haven't missed any", adherence="taking"),
    reads("deje el refresco y sigo firme con la fluoxetina a diario", "none", lang="es", adherence="taking"),
    # mood: a "2 day", bad in slang, a score far from the word, a score then plans; worse only in the past
    reads("just a 2 kind of day", "high", asked="mood", mood=2, reason="low_mood"),
    case("la neta estoy bien jodida", asked="mood", lang="es", triage="high", reason="low_mood"),
    case("lo de la medicina bien. lo del animo que preguntaron, pues un 3", asked="side_effects", lang="es", mood=3),
    reads("retired today after 25 years. 4, going camping tomorrow", "none", asked="mood", mood=4),
    reads("estuve mucho peor en enero, hoy un 4", "none", asked="mood", lang="es", mood=4),
    reads("deer opener this weekend, got two. best I've felt in months", "none"),
    reads("passed out on the sofa by 10 watching tv, first good night's sleep in weeks", "none"),
    # someone else's fit, told by a friend; a pharmacy run in a story; thanks and see-yous
    case("mi comadre se desmayo en la iglesia, yo bien gracias", lang="es", triage="routine", crisis=False,
         no_reason="red_flag:fainting"),
    reads("yes took it. husband forgot the pharmacy run again 🙄", "none", asked="adherence", adherence="taking"),
    reads("ok, gracias licenciado 🙏", "none", lang="es"),
    reads("va, gracias", "none", lang="es"),
    reads("thanks doc, see you on the 3rd", "none"),
]

TWENTY_NINTH_PASS = [
    # chest pain with an intensifier between the pain and the chest
    flag("chest_pain", "me agarró un dolor bien fuerte en el pecho cargando las bolsas del súper", asked="open", lang="es"),
    # not safe at a task of work is severe
    case("so dizzy on the new pill i'm not safe up on the scaffolding at work", asked="side_effects",
         triage="high", side_effects=["dizziness"], reason="severe_side_effects"),
    # the sex drive told by the partner beside it, or "ganas de nada" bounded by the partner
    case("no drive at all lately, my husband keeps asking what's wrong", asked="side_effects",
         triage="routine", side_effects=["sexual"]),
    case("no me dan ganas de nada con mi esposo desde la pastilla nueva", asked="side_effects", lang="es",
         triage="routine", side_effects=["sexual"]),
    case("zero drive to do anything this week, mood 2", asked="mood", mood=2, side_effects=[], no_reason="side_effects"),
    # dreaming every night; sweating at night told with a simile of exercise
    case("been dreaming about my old house every single night since the mirtazapine", asked="side_effects",
         triage="routine", side_effects=["vivid_dreams"]),
    case("wake up drenched like i just ran a 10k, every night this week", asked="side_effects",
         triage="routine", side_effects=["sweating"]),
    # a relative's rash, the writer asking if it could happen to them
    reads("mi prima dice que a ella el valproato le sacó unas ronchas feas, ¿a mí también me puede dar?", "routine",
          meds=["valproate"], lang="es", reason="third_party_symptom"),
    reads("my cousin got spots all over on lamotrigine, she's seeing her doctor. could that happen to me?", "routine",
          meds=["lamotrigine"], reason="third_party_symptom"),
    # a blister pack is no blister
    case("me acabé dos blísters completos de clonazepam esta semana y me siento rara", asked="open", lang="es",
         side_effects=[], no_reason="red_flag:rash"),
    # not taken since a hospital stay is a stop; all days but one is a miss
    reads("haven't taken it since i got discharged from the hospital", "high", asked="adherence", adherence="stopped",
          reason="stopped_medication"),
    reads("no me la he tomado desde que me operaron", "high", asked="adherence", lang="es", adherence="stopped"),
    reads("every night but tuesday, fell asleep before i could", "routine", asked="adherence", adherence="missed",
          reason="missed_doses"),
    # an occasion skipped, a subject failed in Spain, a pain that passed, a day away from home: no dose
    reads("2. skipped my nephews graduation, couldnt deal with the crowd", "high", asked="mood", mood=2, reason="low_mood"),
    reads("un 2, he suspendido el examen de conducir otra vez", "high", asked="mood", lang="es", mood=2),
    case("me dio una punzada en el pecho en la fila del banco, se me pasó en unos minutos", asked="open", lang="es",
         triage="urgent", adherence=None, reason="red_flag:chest_pain"),
    reads("going to be out on the boat all saturday, do i take the lithium before i leave?", "routine", meds=["lithium"],
          reason="question"),
    # the regimen taken, told bare or as told; a tablet split as the pharmacist showed
    reads("rough week at work but im ok, taking my stuff", "none", adherence="taking"),
    reads("yo tomándome todo, ánimo un 4", "none", lang="es", mood=4, adherence="taking"),
    reads("splitting the 100s in half like the pharmacist told me so its 50 now, right?", "routine", adherence="taking",
          reason="question"),
    # a carer's count of days without it; a pill almost taken that was someone else's
    case("soy el hijo de don Pepe, hace una semana que no se toma las pastillas", lang="es",
         triage="high", adherence="stopped", reason="stopped_medication"),
    reads("casi me tomo la pastilla de la tiroides de mi mamá, ¿me dan un pastillero?", "routine", lang="es", reason="question"),
    # a symptom put down to something else, the pill cleared: no side effect
    reads("nada de efectos. ando cansadísima pero es por los turnos de noche", "none", asked="side_effects", lang="es"),
    reads("no side effects. the stuffy nose is just a cold", "none", asked="side_effects"),
    reads("tengo dolor de cabeza pero es de la gripa que traigo", "none", asked="side_effects", lang="es"),
    case("exhausted from work since they raised the dose", asked="side_effects", triage="routine", side_effects=["drowsiness"]),
    # sleep kept away by a pain or by caring for someone, shaking from a fright
    reads("2, the back pain wouldnt let me sleep all week", "high", asked="mood", mood=2),
    reads("bad. up with my mom with alzheimers all night, no sleep", "high", asked="mood", reason="low_mood"),
    reads("se me atravesó un venado en la carretera, quedé temblando del susto", "none", lang="es"),
    # constipation counted in days, weight counted with "up", eating less
    case("ya van 5 días sin poder ir al baño", asked="side_effects", lang="es", triage="routine", side_effects=["constipation"]),
    case("10 lbs up since starting it", asked="side_effects", triage="routine", side_effects=["weight_gain"]),
    case("things taste like metal so im eating a lot less", asked="side_effects", triage="routine",
         side_effects=["appetite_change"]),
    # mood: the named mood over a pain score, a score taken back, a worry with its score, regional praise
    not_crisis("mood is a 4. knee pain is like a 7 out of 10 today", asked="mood", mood=4),
    not_crisis("5!! jk more like a 2 honestly", asked="mood", mood=2),
    reads("ando preocupada por mi hermano, un 3", "routine", lang="es", mood=3),
    reads("de lujo, fuimos a la sierra el finde", "none", asked="mood", lang="es"),
    # a thank-you in Spanish; a questionnaire's item is no question
    reads("gracias por el recordatorio", "none", lang="es"),
    reads("answered the survey question honestly, nothing to worry about. mood is a 4", "none", mood=4),
]


CRISIS_TWENTY_FIFTH_ROUND = [
    crisis("already worked out which bridge. probably sunday"),
    not_crisis("figured out which bridge to take so i skip the toll, new job starts monday"),
    crisis("ya sé cuál puente, el domingo tal vez", lang="es"),
    not_crisis("ya sé cuál puente tomar pa llegar más rápido al trabajo", lang="es"),
    crisis("mixed up my organizer and the bottle and took about four days worth this morning, feel weird"),
    not_crisis("took four days worth with me to my sister's, back thursday"),
    crisis("one more eviction letter and i'm walking into traffic. not really kidding"),
    not_crisis("so hot today i'm walking into the lake to cool off lol"),
    crisis("ya mejor que me lleve la flaca, no le veo salida a nada", lang="es"),
    not_crisis("me lleva la calaca con este tráfico, llegué tarde otra vez jaja", lang="es"),
    crisis("rezo a dios q no amanezca, ya no puedo con las deudas", lang="es"),
    crisis("my daughter's counselor says she's been cutting and told a friend she wants to die. she's on the sertraline you started"),
    case("my sister told me she wants to die, she takes zoloft too, i'm worried about her", crisis=False),
    crisis("attempted once, years back, and now the same thoughts are coming back"),
    case("tried once back in 2015. doing well now, 4 today", crisis=False),
    not_crisis("my kids are better off without me this weekend, they're at grandma's and i'm sleeping in"),
    not_crisis("the crew is better off without me on the night shift, i was useless at 3am. days from monday"),
    not_crisis("mis hijos se la pasan mejor sin mí cuando van con su papá, y yo descanso", lang="es"),
    not_crisis("wrote a note for my husband to pick up the refill on his way home"),
    not_crisis("pills counted out in the weekly organizer, haven't missed one"),
    not_crisis("ya no quiero seguir engordando con esta pastilla, ¿hay otra opción?", lang="es"),
    not_crisis("ya no quiero estar aquí en monterrey con este calor, me regreso a zacatecas en enero", lang="es"),
    not_crisis("my laptop cant go on like this, third crash today"),
    not_crisis("don't want to be here anymore at this company, interviewing elsewhere"),
    not_crisis("last day of teaching friday, i retire! wrote goodbye cards to my class"),
    not_crisis("último día en la oficina, ya me despedí de todos. el lunes empiezo en la nueva", lang="es"),
    not_crisis("why am i still here lol the dmv line hasn't moved"),
    not_crisis("did not want to wake up this morning, so groggy after the dose"),
    not_crisis("me quiero dormir y no despertarme hasta el mediodía con esta pastilla", lang="es"),
    not_crisis("took the whole bottle w me on vacation so i wouldnt run out"),
    not_crisis("me corté con la rasuradora, nada grave", lang="es"),
    case("last month i took a double dose by mistake but the doctor checked my levels and everything came back fine", crisis=False),
    case("el mes pasado me tomé doble dosis sin querer, me hicieron análisis y todo salió bien", crisis=False, lang="es"),
]

CRISIS_TWENTY_SIXTH_ROUND = [
    crisis("my brother won't stop screaming at me. slipped some antifreeze in his juice, haven't decided"),
    not_crisis("put rat poison in the garage for the mice, don't worry the dog can't reach it"),
    crisis("sharpened my knife, he's gonna learn not to touch my stuff"),
    not_crisis("sharpened my knife for the bbq tomorrow, brisket time"),
    crisis("fui a varias farmacias para que no sospecharan y compré pastillas en cada una", lang="es"),
    not_crisis("fui a tres farmacias porque en ninguna había mi pastilla, al fin la encontré", lang="es"),
    crisis("me empiné el frasco de clonazepam anoche, no me acuerdo de nada", lang="es"),
    not_crisis("me empiné la botella de agua después del gym, un 4", lang="es"),
    crisis("estoy calculando cuántas pastillas harían falta, no creo que sean tantas", lang="es"),
    not_crisis("estoy calculando cuántas pastillas me harían falta para el viaje de un mes", lang="es"),
    crisis("the strip had 10, all popped out since breakfast. please don't call anyone"),
    crisis("mi esposo cree que las marcas son del perro. no son del perro", lang="es"),
    not_crisis("mi esposo cree que las marcas en el sofá son del perro jaja, y sí son", lang="es"),
    crisis("20 el lunes, hoy miércoles quedan 3. no pregunten", lang="es"),
    crisis("pedí unas pastillas por internet, llegan mañana y con eso se acaba todo", lang="es"),
    not_crisis("mañana entrego los papeles y con eso se acaba todo el trámite", lang="es"),
    crisis("el puente de la autopista me llama cada vez que paso", lang="es"),
    crisis("keeping all my old pills in a jar in case i decide to go through with it"),
    crisis("ya no tengo pa que vivir, mis hijos ni me llaman", lang="es"),
    crisis("si me la tomé. toda la del mes de golpe", lang="es"),
    not_crisis("the kids are better off without me nagging about chores, they did great on their own"),
    not_crisis("mi familia estaría mejor sin mi suegro metido en todo jaja", lang="es"),
    not_crisis("ya no tiene caso seguir con la sertralina si no me hace nada, quiero hablarlo con la doctora", lang="es"),
    not_crisis("este es mi último mensaje por unos días, me voy a la sierra sin señal", lang="es"),
    not_crisis("burned my arm on the curling iron this morning, so clumsy"),
    not_crisis("the finale unalived my favorite character and i'm still upset lol, 4"),
    not_crisis("my cat scratched up my arms at the vet lol"),
    not_crisis("junté las pastillas de la semana en el pastillero para no olvidarme", lang="es"),
    not_crisis("took my meds, got the whole month's worth in the weekly organizer"),
    case("hace tres años tuve un intento pero hoy me siento otra persona, con ganas", crisis=False, lang="es"),
    not_crisis("drove across the desert, 120 degrees, i thought i was gonna die lol. 4 today"),
    not_crisis("no quiero seguir viviendo con mi suegra, nos mudamos en marzo", lang="es"),
    not_crisis("i don't want to be here anymore, this office is freezing. transferring to the downtown branch"),
    not_crisis("made a plan for how to handle thanksgiving without stressing, feeling good"),
    not_crisis("giving my stuff away to friends since i'm moving into a tiny studio"),
    not_crisis("me quemé un poco el brazo con la parrilla, nada grave. un 4", lang="es"),
    not_crisis("been cutting back on sugar like you said, feeling better"),
    not_crisis("quisiera no despertar tan temprano, la pastilla me deja con sueño", lang="es"),
    not_crisis("didn't want to wake up from that dream, i was on a beach"),
    not_crisis("took all of them this morning like the pill chart says"),
    not_crisis("gonna be gone 2 weeks for work, can i get the refill early?"),
    not_crisis("went bungee jumping off a bridge on vacation, amazing"),
    not_crisis("took the whole bottle back to the pharmacy, they gave me the wrong strength"),
    not_crisis("can't keep doing this dose, too sleepy at work. can we lower it?"),
    not_crisis("this is goodbye to my old phone, it finally died"),
    not_crisis("gave my sister my car since i'm moving downtown, don't need it anymore"),
    not_crisis("sat in the garage with the car running a few minutes to warm it up, then drove to work"),
]

CRISIS_TWENTY_SEVENTH_ROUND = [
    crisis("could use a long sleep. the permanent kind tbh"),
    not_crisis("could use a long sleep this weekend, work was brutal"),
    crisis("brain at 3am: what if i just didn't exist"),
    crisis("mi cabeza: ¿y si mejor ya no existimos? todos los días igual", lang="es"),
    crisis("logging off for good. thanks for everything doc"),
    not_crisis("logging off for good from facebook, it was making me anxious"),
    crisis("merry christmas everyone. this is my last christmas"),
    not_crisis("this is my last christmas in ohio, we move to texas in january"),
    crisis("ya escogí las canciones para mi funeral. estoy en paz", lang="es"),
    not_crisis("ya escogí la música para mi despedida de soltera, ¡qué emoción!", lang="es"),
    crisis("no es que quiera morirme... bueno sí, a veces sí quiero", lang="es"),
    crisis("volvieron los pensamientos de matarme como hace tres años", lang="es"),
    crisis("this is his dad. he told his brother he wants to jump off the bridge by the school"),
    case("our son told us he wants to die, we took him to the er last night and he's safe now", crisis=False),
    not_crisis("my dog scratched my arms up at the park lol"),
    not_crisis("put a pillow over my face to block the light, still cant sleep"),
    not_crisis("would anybody notice if i was gone for a week lol, going camping. refill ok?"),
    not_crisis("ojalá no existieran los lunes jaja, un 3", lang="es"),
    not_crisis("i wish the headaches would just stop existing, still every morning"),
    not_crisis("woke up feeling like i was dying, heart pounding, then it passed. panic i think"),
    not_crisis("id be fine if i didnt wake up till noon tomorrow lol, first day off"),
    case("el año pasado estuve internada por un intento, hoy estoy mucho mejor", crisis=False, lang="es"),
    case("a los 16 me cortaba, hoy tengo 30 y hace años que nada", crisis=False, lang="es"),
    not_crisis("¿hacerme daño? ni de broma, estoy bien, solo cansada", lang="es"),
    not_crisis("me tomé todas, sí. ninguna se me olvidó esta semana", lang="es"),
    not_crisis("mañana ya no voy a estar aquí, me voy para lima hasta febrero", lang="es"),
]

# Round 28 (sets 142-146): pills short by a count one does not remember taking, a blade kept at hand, doses kept
# instead of swallowed, a carer who finds the bottle empty and cannot wake the patient, a wish not to live told of the
# patient, thinking of doing what a relative did; and anger or shame laughed off, a character's death, an anniversary
# of an attempt, someone else's words repeated, a goodbye to the program, a dose doubled with the doctor's leave.
CRISIS_TWENTY_EIGHTH_ROUND = [
    crisis("i'm missing like 30 of my seroquel and i honestly don't remember taking them, i feel really out of it"),
    not_crisis("missing 2 pills from the new bottle, pharmacy probably miscounted. i dont remember them giving me less though"),
    crisis("llevo un mes sin cortarme pero hoy tengo las ganas muy fuertes y tengo la cuchilla aqui conmigo", lang="es"),
    not_crisis("tengo la navaja aquí para pelar la fruta del almuerzo, ánimo 4", asked="mood", lang="es"),
    crisis("been putting my meds in a shoebox instead of taking them. almost enough now"),
    crisis("soy la abuela de Kevin. encontré el frasco de sertralina vacío y no lo puedo despertar", lang="es"),
    crisis("hi this is Tom's roommate, his clonazepam bottle is empty and i cant wake him up"),
    not_crisis("the bottle is empty so i need a refill, and the pharmacy is not responding to my calls"),
    crisis("buenas, el papá de Andrés. dice que ya no quiere vivir y no sale del cuarto", lang="es"),
    not_crisis("mi mamá ya no quiere vivir sola, se va a mudar con nosotros", lang="es"),
    crisis("hi its Lena's aunt. she says she doesnt want to live anymore"),
    not_crisis("my son says he doesnt want to live in this town anymore lol, typical teen"),
    crisis("my best friend killed himself in march and lately i keep thinking about doing the same"),
    crisis("mi primo se ahorcó en enero y yo tengo ganas de hacer lo mismo", lang="es"),
    not_crisis("my brother tried to kill himself years ago, now he runs marathons and i want to do the same with my training"),
    not_crisis("4. i could have strangled my sister for spoiling the finale lol"),
    crisis("if he touches my kid again i could kill him, and i mean it. not joking"),
    not_crisis("i wanted to die when the teacher read my essay out loud haha"),
    not_crisis("qué oso, me tropecé en la boda, me quería morir jaja. todo bien con la medicina", lang="es"),
    not_crisis("me quiero morir de lo cansada que estoy después de la mudanza jaja", lang="es"),
    not_crisis("im dying lmao my cat just fell off the couch"),
    not_crisis("la serie buenísima aunque el personaje principal se suicida, me dejó pensando. yo estoy bien, un 4", lang="es"),
    not_crisis("2 years ago today i was in the er after trying to end it. today i got my dream job", asked="open"),
    not_crisis("on the 3rd anniversary of my attempt i just want to say thank you, the meds and therapy saved me"),
    crisis("on the anniversary of my attempt i want to do it again"),
    not_crisis("a girl in my support group cut again last week, it scared me. i'm ok and safe"),
    not_crisis("my daughter said i want to die because her phone broke 🙄 kids. i'm doing fine, 4"),
    not_crisis("me despido de ustedes porque me mudo a otro estado, gracias por todo", lang="es"),
    crisis("me despido de ustedes, gracias por todo. ya no voy a estar", lang="es"),
    not_crisis("me tomo la trazodona para dormir y ya, nada más. ¿es normal soñar mucho?", lang="es"),
    crisis("me tomé todo el frasco para dormir y ya, que se acabe", lang="es"),
    not_crisis("me corté rasurándome otra vez, me tiemblan las manos con el litio", lang="es"),
    not_crisis("took 2 instead of 1 last night, my doctor said i could if i couldnt sleep"),
    crisis("took 6 instead of 1 last night on purpose"),
    case("stop sending these at 6am please, after lunch would be better", keyword=None, crisis=False),
    case("stop sending these", keyword="stop"),
    flag("priapism", "embarrassing but it wont go down, about 5 hours now and it hurts", asked="open", meds=("trazodone",)),
    case("my fever wont go down, its been 3 hours", triage="routine"),
    case("3 - used to burn myself most nights. clean 10 months now", asked="mood", triage="routine", reason="past_crisis"),
    crisis("was cutting again last night after being clean 6 months"),
    crisis("llevo manga larga aunque haga calor, las cortadas son nuevas", lang="es"),
    not_crisis("the cuts on my hands are new, the kitten plays rough lol"),
    case("para qué me tomo esta cosa si no me hace nada, pero ahí sigo", lang="es", triage="routine", reason="question"),
]

# Round 29 (sets 147-151): "cortándome de nuevo", a truck that would not be minded, not to be woken "or ever", "what am i
# still here for ... on this earth", removing oneself, "que ya no haya yo", a joke taken back ("jk. not jk"); and an overdose
# of a pastime, a self esteem killed, goodbyes to a season, a last day at work or a trip, texts no longer needed, anger
# laughed off in Spanish, a symptom "that would kill me", all the meds taken as a habit, a count corrected at once; red
# flags told in lay words or by a carer, and a pet's or a child's that are theirs.
CRISIS_TWENTY_NINTH_ROUND = [
    crisis("cortándome otra vez, no puedo parar", lang="es"),
    not_crisis("cortándome las uñas y se me cayó el frasco de pastillas, ya las recogí", lang="es"),
    crisis("si me pisa un tren mañana ni me quejaría, la verdad", lang="es"),
    crisis("honestly if a bus hit me on the way home i wouldnt mind"),
    crisis("no me despierten mañana, ni nunca", lang="es"),
    not_crisis("dont wake me up tomorrow, i finally have a day off lol"),
    crisis("what am i even alive for. like here on this earth"),
    crisis("ya no sirvo pa nada, mejor me quito yo solo del camino", lang="es"),
    crisis("does missing her ever stop or should i just stop instead"),
    crisis("quiero que ya no exista yo, así nomás", lang="es"),
    crisis("quisiera desaparecer del mapa pero de verdad, no de vacaciones", lang="es"),
    not_crisis("quiero desaparecer del mapa una semana, me voy a la playa sin celular", lang="es"),
    not_crisis("total overdose of netflix this weekend lol, mood 4", asked="mood"),
    not_crisis("the acne is killing my self esteem honestly"),
    not_crisis("bye bye vacaciones 😭 mañana regreso a la oficina, todo bien con la medicina", lang="es"),
    not_crisis("hoy fue mi último día en la oficina después de 30 años, ya me despedí de todos. ahora a descansar", lang="es"),
    not_crisis("mañana es mi último día en la ferretería, ya me despedí de todos los clientes", lang="es"),
    crisis("today is the last day of my life, said my goodbyes to everyone"),
    crisis("mañana es mi último día en este mundo, ya me despedí de todos", lang="es"),
    not_crisis("leaving for mexico for 3 weeks so saying my goodbyes, got my refills already"),
    not_crisis("please take me off these reminders, dont need them anymore, i have an alarm now"),
    not_crisis("a mi cuñado lo quiero ahorcar jaja no es cierto, pero qué pesado", lang="es"),
    not_crisis("tengo ganas de matar al vecino jaja, pone la música a las 3am", lang="es"),
    not_crisis("me habían dicho que me iba a matar el dolor de cabeza y nada, ni me dio", lang="es"),
    not_crisis("4. taking all my meds, labs on friday", asked="mood"),
    not_crisis("tranquila, no tengo ninguna idea rara de hacerme daño, solo estoy cansada", lang="es"),
    not_crisis("two years ago i tried to end things. not in a dark place anymore, doing great"),
    not_crisis("took all 3 this morning like the new schedule says"),
    crisis("dont wake me up. ever. jk. not jk"),
    not_crisis("please dont wake me up ever again before 9 on a saturday lol"),
    not_crisis("took all of them, i mean both of tonights, the seroquel and the trazodone", asked="adherence"),
    crisis("took all of them. i mean it, the whole bottle"),
    flag("liver", "los ojos se me pusieron amarillos y me duele el lado derecho", asked="open", meds=("valproate",), lang="es"),
    flag("fainting", "se cayó redonda en el baño y estuvo unos minutos sin responder. toma quetiapina", asked="open", lang="es"),
    flag("seizure", "mi esposo se quedó rígido y temblando en la cama, echaba espuma por la boca. toma bupropión", asked="open", lang="es"),
    flag("heart_rhythm", "the adderall makes my heart pound and i get so dizzy i have to sit", asked="open"),
    flag("nms_serotonin", "hes stiff as a board and burning hot to the touch, started the haldol last week", asked="open"),
    flag("confusion", "mi mamá ya no se acuerda de nada, anda perdida en su propia casa. toma litio", asked="open", lang="es"),
    flag("mania", "mija no ha dormido en 5 dias y se gastó todo lo de la quincena. soy su mamá", asked="open", lang="es"),
    case("4, my cat had a seizure this morning and the vet says its epilepsy. im fine", asked="mood", triage="none"),
    case("my son broke out in hives from shrimp last night. me? just tired, the usual", asked="side_effects", no_reason="red_flag:rash"),
    case("quiero dejar de recibir estos mensajes", lang="es", keyword="stop"),
    case("quiero dejar de recibir estos mensajes tan temprano, mejor en la tarde", lang="es", keyword=None),
]

CRISIS_THIRTIETH_ROUND = [
    # a heap of pills, a flame, a barcode, the lethal amount looked up, sorry to have woken, a relapse in two words
    crisis("anoche me metí un puñado de pastillas de las de mi mamá, me siento muy raro", lang="es"),
    not_crisis("me metí un montón de problemas en el trabajo por llegar tarde jaja", lang="es"),
    crisis("me tomé un montón de las de la noche pa no sentir nada y dormí hasta el mediodía", lang="es"),
    not_crisis("me tomé todas las de la noche con la cena, como siempre", asked="adherence", lang="es", adherence="taking"),
    crisis("otra vez con el encendedor en el brazo, ya ni me duele", lang="es"),
    crisis("legs look like a barcode again, please dont call my mom"),
    not_crisis("the pharmacy scanned the wrong barcode and gave me the 50s instead of the 100s, can you call them?"),
    crisis("anoche estuve buscando cuántas de la quetiapina serían mortales", lang="es"),
    crisis("cuál es la dosis letal de la sertralina? pregunto por algo", lang="es"),
    crisis("took a bunch to sleep last night. woke up at noon. too bad i woke up"),
    not_crisis("too bad i woke up late, missed the bus again lol. 4", asked="mood", mood=4),
    crisis("cut again"),
    crisis("burned again last night"),
    not_crisis("cut again by the mandoline, my fingers hate me. no side effects"),
    crisis("im scared im gonna do something to myself tonight"),
    not_crisis("1. rough week. no, im not going to do anything to myself, just work piling up on me", asked="mood", mood=1),
    not_crisis("doubled my sertraline by accident this morning, called the pharmacist and she said it's fine, just skip tomorrow's"),
    crisis("doubled my sertraline on purpose this morning, i dont care what happens"),
    not_crisis("se me olvidó que ya la había tomado y me tomé otra dos veces, la farmacéutica dijo que no pasa nada", lang="es"),
    not_crisis("mis cicatrices viejas de cuando me cortaba en la secundaria ya casi no se ven, hoy por fin me animé a ir a la alberca", lang="es"),
    not_crisis("3 out of 5. whats the point of this med if i still cry every day? not giving up, just frustrated", asked="mood", mood=3),
    not_crisis("a veces pienso para qué sigo con las pastillas si no noto nada, pero igual me las tomo", lang="es"),
    crisis("a veces pienso para qué sigo, ya no le veo sentido a nada", lang="es"),
    not_crisis("tengo 12 semanas de embarazo y me da miedo hacerle daño al bebé con la sertralina, ¿la dejo?", lang="es"),
    not_crisis("feeling hopeless about my car ever getting fixed lol, meds are fine"),
    crisis("feeling hopeless about my life, nothing is going to change"),
    not_crisis("estoy harta de todo, del tráfico, de mi jefe, del calor. pero bien con la medicina", lang="es"),
    crisis("estoy harta de todo, de la vida, ya no quiero seguir", lang="es"),
    not_crisis("quiero dejar la sertralina, ya no quiero seguir con pastillas, me siento bien", lang="es"),
    not_crisis("jajaja me morí 💀 mi perro se comió el pastel de cumpleaños", lang="es"),
    not_crisis("this is my last text with you, my new psychiatrist at the va is taking over my meds. thanks"),
    not_crisis("este es mi último mensaje, me cambié de seguro y ahora me ve otra psiquiatra. gracias por todo", lang="es"),
    crisis("este es mi último mensaje. gracias por todo, ya no aguanto", lang="es"),
    not_crisis("el viernes me voy a Lima y ya me despedí de todos en la oficina, ¿me mandan la receta?", lang="es"),
    crisis("ya me despedí de todos, me voy a un lugar mejor", lang="es"),
    not_crisis("two years ago i was burning myself almost every night. 14 months clean today 🎉"),
    not_crisis("anoche a mi primo le dio una sobredosis, ya está estable en el hospital. yo bien", lang="es"),
    not_crisis("hace 4 años me internaron por una sobredosis y hoy me dieron de alta de la terapia, estoy feliz", lang="es"),
    not_crisis("my sister thinks im suicidal because i sleep a lot but im really not, its just the seroquel"),
    crisis("my sister thinks im suicidal and honestly she's right"),
    crisis("not doing great. got all my meds laid out on the bed right now"),
    not_crisis("i have my pills out on the table so i remember the night one", asked="adherence"),
    not_crisis("the basil and the mint i was babying on the balcony both died lol, 4 today", asked="mood", mood=4),
]

CRISIS_THIRTY_FIRST_ROUND = [
    # not safe tonight, what happens to oneself no longer minded, dark thoughts in lay words, a foolish act feared, a week's
    # doses in one morning told by a carer; and their look-alikes
    crisis("took my bedtime pill twice and then the morning one on top of that, so sleepy"),
    crisis("i dont feel safe tonight"),
    crisis("no me siento a salvo conmigo misma esta noche", lang="es"),
    not_crisis("i dont feel safe driving on these meds, so sleepy behind the wheel"),
    crisis("lost the apartment. honestly doesnt matter what happens to me anymore"),
    crisis("ya no me importa lo que me pase, la verdad", lang="es"),
    crisis("my back is wrecked from the night shift and i hope someday i just dont wake up"),
    not_crisis("hope i dont wake up before 9 tomorrow, first day off in weeks lol"),
    crisis("tengo miedo de hacerme algo esta noche", lang="es"),
    not_crisis("2, me quedé sin chamba y me siento un inútil, pero tranquilo que no pienso hacerme nada", asked="mood", lang="es", mood=2),
    not_crisis("voy a hacerme algo de cenar y a dormir temprano, todo bien con la pastilla", lang="es"),
    crisis("ando pensando cosas feas otra vez, no sé qué hacer", lang="es"),
    not_crisis("2, se murió mi tía en Cali y no pude viajar. triste pero no pienso cosas malas, tengo a mi esposo", asked="mood", lang="es", mood=2),
    crisis("me da miedo hacer una locura, no quiero estar sola", lang="es"),
    crisis("im scared ill do something stupid if im alone tonight"),
    not_crisis("el psiquiatra me preguntó si pensaba en matarme y le dije que no, y es la verdad. solo ando cansada", lang="es"),
    not_crisis("my nurse asked if i had thoughts of hurting myself and i said no. just sleeping badly"),
    not_crisis("signed up for life insurance since the twins arrived, feels responsible 🙂"),
    not_crisis("mi esposa dice que si me muero ella se queda con la tele jajaja. todo bien", lang="es"),
    not_crisis("got destroyed by the final boss about 40 times lol, otherwise good"),
    not_crisis("we ran suicides at basketball practice, legs are dead lol. 4", asked="mood", mood=4),
    not_crisis("the pharmacy gave me extra pills by mistake, do i take them back?"),
    not_crisis("mi doctora me dijo que me tome la pastilla entera en vez de media y eso hago", lang="es"),
    not_crisis("me tomé la de la mañana en vez de la de la noche sin querer, ¿qué hago?", lang="es"),
    not_crisis("took an extra one by accident, had the 8am then forgot and took another. feel fine?"),
    not_crisis("went to the funeral of a friend who overdosed in the spring. hit me hard. mood 2", asked="mood", mood=2),
    not_crisis("cant take it anymore with this headache, it's every day, had to leave work"),
    crisis("cant take it anymore with life, nothing helps"),
    not_crisis("i just want to disappear... to my aunt's cabin for the weekend lol"),
    not_crisis("the anniversary of my overdose was today. 3 years. proud of myself 💜"),
    not_crisis("yes took them all, morning and bedtime ones ✅", asked="adherence"),
    not_crisis("took all 4 of my meds this morning, all good", asked="adherence"),
    crisis("Nieta de doña Rosa: mi abuela se tomó las pastillas de toda la semana del pastillero esta mañana, no sé cuántas eran", lang="es"),
    not_crisis("mi vecino se tomó las pastillas de toda la semana por error, ya está bien en el hospital", lang="es"),
    crisis("mi hijo dejó una carta de despedida y lo encontré escondiendo pastillas en su cuarto", lang="es"),
    case("sí, diario. y ya no tengo esos pensamientos oscuros de antes, gracias a Dios", asked="adherence", lang="es",
         crisis=False, triage="routine", reason="past_crisis"),
    crisis("cansada de todo, del trabajo, de las cuentas, de mí misma", lang="es"),
]

CRISIS_THIRTY_SECOND_ROUND = [
    # harm to others urged, commanded or threatened, denials taken back or given a term, the day decided; and their
    # look-alikes: past crises told with how far one has come, anger at a small thing, safety plans kept, jobs and groups ended
    crisis("keep thinking about running over my neighbor with the car, i even slowed down next to him today"),
    crisis("desde que me subieron la dosis no paro y me dan ganas de partirle la cara a cualquiera que me hable", lang="es"),
    crisis("stopped the risperdal and the voice is back, it says my sister is the enemy and i have to stop her first"),
    crisis("I keep wanting to hit whoever gets close to me, scared ill really do it"),
    crisis("no pienso hacerme nada, pero si me duermo y no amanezco tampoco me molestaría", lang="es"),
    crisis("no tengo ideas de suicidio pero sí de desaparecer, que no es lo mismo", lang="es"),
    crisis("no me voy a hacer nada mientras viva mi perro. después quién sabe", lang="es"),
    not_crisis("no me voy a hacer nada, te lo prometo. solo ando cansada", lang="es"),
    crisis("if he takes my car again i swear ill slit his throat, and im not kidding"),
    crisis("hoy es el día, ya lo decidí. gracias por intentarlo igual", lang="es"),
    not_crisis("thanks for trying to fit me in, i'll call tomorrow for another slot"),
    crisis("not that i want to die exactly, i just wish id get run over by a truck"),
    not_crisis("last spring i was in a dark place and thought about ending it, but thats long gone now. meds helped"),
    not_crisis("4. hace tres años intenté matarme y hoy por primera vez pude hablarlo en terapia sin llorar", asked="mood", lang="es", mood=4),
    not_crisis("hace como dos años estuve pensando en quitarme la vida, ya se me pasó, ahorita estoy bien", lang="es"),
    not_crisis("no ando suicida ni nada, nomás la pastilla me tiene como zombie", lang="es"),
    not_crisis("le di mis pastillas a mi hermana para que me las guarde, como dice el plan. estoy tranquila", lang="es"),
    not_crisis("i could strangle my brother, he drank my last coffee again 😤"),
    not_crisis("finally quit my terrible job, said goodbye to everyone on friday and i feel great"),
    not_crisis("hoy fue la última sesión del grupo y me dio tristeza despedirme de todos, pero bien", lang="es"),
    not_crisis("done with the lexapro, tossed the rest of the pills out, i dont need them"),
    crisis("tossed out all my pills, i wont need them where im going"),
    not_crisis("two years ago i was in the hospital after i cut myself. been clean 20 months now, can i get a refill?"),
    not_crisis("thank you for checking in, im safe and at my sister's tonight"),
    crisis("im safe for now but i still want to die"),
    flag("confusion", "i hear voices at night when nobody is home", asked="open"),
]

CRISIS_THIRTY_THIRD_ROUND = [
    # longing for the end, laughed at or not
    crisis("lol cant wait to die tbh 💀"),
    crisis("honestly can't wait until i'm dead, so tired of all of it"),
    not_crisis("cant wait to die of old age in a cabin with my dogs lol"),
    crisis("no veo la hora de morirme, ya no quiero nada", lang="es"),
    not_crisis("no veo la hora de desaparecer de esta oficina, es viernes!!", lang="es"),
]

CRISIS_THIRTY_FOURTH_ROUND = [
    # a denial taken back, narrowed or doubted
    crisis("no pienso en lastimarme... bueno, a veces si, sobre todo los domingos", lang="es"),
    crisis("2. no quiero morirme. aunque la verdad a veces si", asked="mood", lang="es"),
    crisis("not thinking about ending it. well. some days.", asked="mood"),
    crisis("havent hurt myself since spring. well, once last week but it was small"),
    crisis("no me voy a hacer nada si es lo que le preocupa a la doctora. o sea, no creo", lang="es"),
    crisis("im not going to take them all at once, if thats what youre asking about. probably not"),
    crisis("gonna drive my truck into the lake one of these days. kidding. mostly."),
    crisis("no es que vaya a hacer algo... bueno, no se. a veces si lo pienso", lang="es"),
    crisis("not that id do anything. well idk, sometimes i think about it"),
    not_crisis("no pienso en lastimarme, pero a veces me siento sola los domingos", lang="es"),
    not_crisis("havent hurt myself in two years, but once a month i still go to group"),
    not_crisis("no voy a hacer nada hoy, creo que me quedo en casa viendo novelas", lang="es"),
    # staying on told as pointless or short
    crisis("since my wife passed i dont see why i should keep getting up in the morning"),
    crisis("ya ni se para que sigo aca, nadie me necesita", lang="es"),
    not_crisis("no se para que sigo aqui en esta empresa, me pagan una miseria", lang="es"),
    crisis("siento que ya no voy a estar para cuando todo se arregle", lang="es"),
    crisis("ya deje las pastillas. no pienso estar aqui mucho tiempo de todos modos", lang="es"),
    crisis("not planning on being around much longer so whats the point of refills"),
    # means kept, used or hidden
    crisis("me hicieron un lavado de estomago el domingo y todavia me siento fatal", lang="es"),
    not_crisis("hace cuatro años me hicieron un lavado de estomago, hoy estoy muy bien y trabajando", lang="es"),
    crisis("ya no me las tomo, me las estoy guardando en un frasco", lang="es"),
    crisis("i hide a razor in my sock drawer. havent used it this week"),
    not_crisis("bought a new razor for my beard, havent used it yet lol"),
    crisis("wore long sleeves to the bbq so nobody would see my arms, the new cuts are still raw"),
    crisis("the bathroom towel is all red now. i said im fine"),
    crisis("bled through my jeans at work and told my boss it was the cat"),
    not_crisis("my cat scratched my arms when i gave her a bath, they bled a little"),
    crisis("took a couple more than i should have after the fight, like six more"),
    crisis("took the extra klonopin after the call, it was way more than a few"),
    crisis("looked up whether my life insurance pays out for that"),
    crisis("a veces pienso que si me salgo de la carretera seria un descanso", lang="es"),
    crisis("if i drove off the bridge on the way home it would be a relief honestly"),
    crisis("gave my brother my fishing gear, wont be needing it where im headed"),
    crisis("3. sorry. goodbye", asked="mood"),
    # someone else's words, or the patient's carer
    crisis("Hola, soy la esposa de Tomas. Desde que murio su mama dice que se quiere ir con ella. Ya no come", lang="es"),
    not_crisis("mi hija se quiere ir con su papa a Texas este verano, que hago con las pastillas", lang="es"),
    crisis("This is Dana, Ray's wife. Found his rifle out on the bed and a letter to our son on the desk"),
    crisis("Le escribe la mama de Luis. Tiene cortes en los brazos, los vi hoy. El es el paciente", lang="es"),
    # anger, a work cut and an old anniversary
    crisis("juro que si lo veo lo mato, se donde vive", lang="es"),
    not_crisis("juro que si lo veo lo mato jaja, me debe 200 pesos", lang="es"),
    not_crisis("wanted to strangle my brother when he ate my leftovers today lol"),
    not_crisis("me corte bien feo con una sierra en el taller, ya me cosieron", lang="es"),
    not_crisis("hace 4 años me quise matar. hoy cumplo 4 años limpia y feliz", lang="es"),
    crisis("el sabado me tome 6 clonazepam pa no estar despierta en el aniversario de mi mama", lang="es"),
    # everyday words the crises above share: sweats again, farewells, absences, plans to do nothing, pets' scratches
    not_crisis("drenched in sweat again this morning, had to change the sheets", asked="side_effects"),
    not_crisis("me despido por hoy, gracias y buen fin de semana", lang="es"),
    not_crisis("dont want to be at this job anymore, already applying to other places"),
    not_crisis("no quiero estar mas en este trabajo, ya estoy buscando otro", lang="es"),
    not_crisis("wish this migraine would stop existing, day three now", asked="side_effects"),
    not_crisis("next week i wont be here, flying to my sisters until the 20th"),
    not_crisis("el lunes ya no voy a estar aqui, me voy de viaje a oaxaca", lang="es"),
    not_crisis("not gonna do anything this weekend, just rest and watch movies"),
    not_crisis("no voy a hacer nada este finde, puro descanso", lang="es"),
    not_crisis("no se para que sigo en este curso de ingles, no aprendo nada", lang="es"),
    not_crisis("the new kitten scratched up my arms again lol"),
    not_crisis("mi gato me rasguño los brazos cuando lo bañe, ya me puse alcohol", lang="es"),
]

CRISIS_THIRTY_FIFTH_ROUND = [
    # a carer or case worker writing about the one in danger
    crisis("Hola, soy la nieta de don Ramon. Dice que ya se quiere ir al cielo con mi abuela, no ha querido comer", lang="es"),
    crisis("buenas, habla la mama de Sofi. La encontre con cortes en los muslos, dice que no es nada", lang="es"),
    crisis("this is her husband. Dana locked herself in the bathroom with a razor and won't answer"),
    crisis("my daughter (shes 17, shes the patient) threw a chair at her brother and said next time it wont be the chair"),
    crisis("case manager here re: Luis. he says the voices want his roommate dead and he has to obey"),
    crisis("uncle of Mateo here. he keeps saying he's going to get rid of his stepdad tonight"),
    # harm to others told by plans, voices and intrusive thoughts
    crisis("I want to drive my car through the front of my ex's house while he's home"),
    crisis("las voces me dicen que mi vecino me quiere envenenar y que me tengo que defender primero", lang="es"),
    crisis("ya se quien me esta espiando, mañana voy a ir a arreglar eso, me llevo el machete", lang="es"),
    crisis("desde que nacio el bebe me viene la idea de soltarlo en la tina, me da mucho miedo", lang="es"),
    crisis("i still get the what if i push that kid onto the tracks thought most mornings"),
    not_crisis("last night i dreamed i was choking my boss and woke up laughing, i like my boss"),
    # denials taken back, and self-harm told by the tool
    crisis("ya no pienso en lastimar a mi esposo... bueno a veces todavia, cuando me grita", lang="es"),
    crisis("no he pensado en hacerme dano. bueno, tal vez el sabado un poquito", lang="es"),
    crisis("las quemaduras ya sanan, solo lo hice una vez esta semana con el encendedor", lang="es"),
    # look-alikes: threats over trifles or taken back, a neck wrung, treats overdosed on, fears of dying, dreams
    not_crisis("told my brother id kill him if he ate my leftovers and he did, we laughed about it"),
    not_crisis("le dije a mi compadre te voy a partir la madre, pero es un decir, ya nos reimos", lang="es"),
    not_crisis("when i texted kill him before i meant the final boss in the game lol"),
    not_crisis("my landlord said hed wring my neck if i painted the walls again"),
    not_crisis("overdosed on my moms tamales at christmas, no regrets, mood 4", asked="mood"),
    not_crisis("the turbulence had me convinced i was going to die, but landed fine. taking the meds"),
    not_crisis("me quiero morir de la ternura, mi nieto ya camina", lang="es"),
    not_crisis("my contract at the warehouse ends friday, been saying goodbye to the crew all week. mood 3", asked="mood"),
    not_crisis("missed 2 nights, was at the hospital with my brother after his overdose. hes home and safe now"),
    not_crisis("i think i took my lamotrigine twice?? counted the pills and nope, just the one. all good"),
]

# Round 36 (sets 180-184): a wish to stop being alive, shut in with a lit brazier or a running engine, belongings given away as
# "tying up loose ends", let down to wake still alive, asking the dead every night to come, trading places with the dying,
# "no more of the days"; a hedged "no es que me quiera matar" taken back; carers after an apology or "esta es la mamá de";
# cuts found on a child; counts of pills in words; a verb that cannot go with one other person; look-alikes: days, drinks and
# hours "taken", the fear of dying of an illness, a buddy's or a crewmate's overdose, "hoy hace dos años", a child into the
# pills, studying oneself to death, a song stuck in the head, a rival's boast, a double nearly taken, pills no longer needed.
CRISIS_THIRTY_SIXTH_ROUND = [
    # passive wishes and plans told in fresh words
    crisis("the weeks are all the same grey mush and honestly i dont want any more of them"),
    crisis("not wanting to die as such. i just want to stop being alive for a bit"),
    crisis("me encerré en el baño con el brasero prendido, salí porque tocó el vecino", lang="es"),
    crisis("last night i locked myself in the garage with the engine running. my son knocked and i turned it off"),
    crisis("ya no quiero nada la verdad, ni comer ni seguir", lang="es"),
    crisis("mood 5. gave away my tools and the camper, paid the truck off, feels like tying up loose ends", asked="mood", mood=5),
    crisis("todos los días me decepciona seguir viva cuando suena la alarma", lang="es"),
    crisis("honestly im let down to be still alive every morning"),
    crisis("i sleep on his side of the bed and every night i beg him to come take me"),
    crisis("cada noche le pido a mi viejo que venga por mí, ya no quiero estar sin él", lang="es"),
    crisis("dad is in hospice since monday. id switch places with him tomorrow if they let me"),
    crisis("i dont want to be here at all, the kidney stuff is just noise"),
    # denials taken back and hedges the model hears
    crisis("no es que me quiera matar eh. bueno, un poquito sí, desde lo del divorcio", lang="es"),
    # carers writing for the patient
    crisis("disculpe que le escriba tan tarde, soy la abuela de Lucía. dice que se quiere morir y no sale del baño", lang="es"),
    crisis("esta es la mamá de Andrés. se tomó la tira entera de la quetiapina, vamos al hospital", lang="es"),
    crisis("hi its kaylas mom. noticed new cuts on her thighs when she got out of the pool"),
    crisis("hola, soy el hermano de Tomás. vi cortes frescos en sus brazos anoche", lang="es"),
    # an overdose counted in words, harm to others with an adjective between
    crisis("anoche me tomé como ocho de las de la ansiedad pa no pensar", lang="es"),
    crisis("me da miedo estar sola con la bebé, tengo pensamientos horribles de hacerle daño", lang="es"),
    # look-alikes
    not_crisis("me tomé 3 días libres en el trabajo y ya me siento mejor", lang="es"),
    not_crisis("me tomé cuatro cervezas en la boda de mi prima, nada más", lang="es"),
    not_crisis("me tomé 2 horas para mí el domingo y fue buenísimo", lang="es"),
    not_crisis("terrified ill die from this kidney thing before the grandkids grow up. mood 3", asked="mood", mood=3),
    not_crisis("tengo miedo de morirme de esta enfermedad del corazón antes de ver a mi nieto", lang="es"),
    not_crisis("my army buddy overdosed on saturday, hes stable now. im ok, just rattled"),
    not_crisis("3. a guy on my shift overdosed in the parking lot, hes in the hospital", asked="mood", mood=3),
    not_crisis("hoy hace dos años que me corté, ahora estoy muy bien y quería contarlo", lang="es"),
    not_crisis("is an overdose of lithium dangerous for a dog? my puppy chewed the bottle but didnt get any out"),
    not_crisis("bien! me voy a matar estudiando para el examen de manejo pero contenta", lang="es"),
    not_crisis("la canción de 'quiero morir' de la banda no me la saco de la cabeza jaja, ando bien", lang="es"),
    not_crisis("el rival dijo que me iba a matar en la cancha y le ganamos 3 a 0", lang="es"),
    not_crisis("took my pill. nearly doubled up this morning but the organizer caught it", asked="adherence"),
    not_crisis("im stopping the zoloft next week, my sister thinks i dont need it", adherence="stopped"),
    # a verb that cannot go with one other person is the writer's, the "i" dropped
    crisis("my dad drove me to work, dont want to be alive anymore honestly"),
    crisis("my neighbor brought soup over. want to die tho"),
    not_crisis("my roommates want to die after that chem final lol"),
    not_crisis("my aunt told me she doesnt want to live in that town anymore", lang="en"),
]

THIRTIETH_PASS = [
    # worse by the day, and the worst yet, in Spanish
    reads("cada vez peor, este mes ha sido el peor de todos", "high", lang="es", reason="worsening"),
    # kept from work or the road: sent home from a shift, meetings skipped, pulled over while driving
    case("threw up on the line at work and had to go home, cant keep doing my shifts with this nausea", asked="side_effects",
         triage="high", side_effects=["nausea", "vomiting"], reason="severe_side_effects"),
    case("the sweating is so bad ive been cancelling client visits all week", asked="side_effects",
         triage="high", side_effects=["sweating"], reason="severe_side_effects"),
    case("me mareo manejando la combi, ayer tuve que orillarme en la autopista", asked="side_effects", lang="es",
         triage="high", side_effects=["dizziness"], reason="severe_side_effects"),
    # a wish to be done with the treatment, "ya" between
    reads("me la tomo pero quiero terminar ya con este tratamiento, estoy cansada de los análisis", "high", asked="adherence",
          lang="es", adherence="stopped", reason="stopped_medication"),
    # a quick question, and questions that are not: a past appointment, a thank-you for a call, a carer's name
    reads("quick q, can my daughter on abilify have a slice of birthday cake with rum in it?", "routine", reason="question"),
    reads("yes, every night since the appt, set a reminder. mood a 4 as well", "none", asked="adherence", mood=4, adherence="taking"),
    reads("appreciate the call back this morning, Dr. Ruiz", "none"),
    reads("Es Lupe, la hija de don Beto. Sí se la toma diario, yo se la doy en la cena", "none", asked="adherence", lang="es",
          adherence="taking"),
    # the heart's speed and the sweat in other words
    case("me late rapidísimo el corazón y ando mareada", asked="side_effects", lang="es",
         triage="urgent", side_effects=["palpitations", "dizziness"], reason="red_flag:heart_rhythm"),
    case("con el corazón rápido casi toda la tarde", asked="side_effects", lang="es", triage="routine", side_effects=["palpitations"]),
    case("drenched through my uniform by noon most days", asked="side_effects", triage="routine", side_effects=["sweating"]),
    # a shake named before the hands; shaking that stopped; a voice that shakes with nerves
    case("a little shake in my fingers when i write", asked="side_effects", triage="routine", side_effects=["tremor"]),
    reads("my hands finally stopped shaking this week, all good otherwise", "none", asked="side_effects"),
    case("nervios antes de las juntas, me tiembla la voz cuando presento", asked="side_effects", lang="es",
         triage="routine", side_effects=["anxiety"]),
    # tiredness read whole, so its end is read too
    reads("the tiredness from the first month is gone", "none", asked="side_effects"),
    # sleepiness in lay words: knocked out like a stone, a heavy head on waking, a carer's chair at 8pm, worn out and yawning
    case("la de 100 me deja como tronco hasta el mediodía", asked="side_effects", lang="es", triage="routine", side_effects=["drowsiness"]),
    case("amanezco con la cabeza pesada desde que subimos la dosis", asked="side_effects", lang="es", triage="routine",
         side_effects=["drowsiness"]),
    case("her daughter here. dad falls asleep in his recliner every evening since the new dose", triage="routine",
         side_effects=["drowsiness"]),
    case("estoy hecha polvo en la oficina, bostezando toda la mañana", asked="side_effects", lang="es", triage="routine",
         side_effects=["drowsiness"], no_reason="low_mood"),
    case("me cuesta muchísimo levantarme por la pastilla", asked="side_effects", lang="es", triage="routine", side_effects=["drowsiness"]),
    # hunger, drooling and the want in bed, in lay words
    case("ate everything in sight at the weekend and still hungry", asked="side_effects", triage="routine",
         side_effects=["appetite_change"]),
    case("se me cae la baba cuando duermo", asked="side_effects", meds=["clozapine"], lang="es", triage="routine", reason="side_effects"),
    case("se me fueron las ganas en la cama desde el escitalopram", asked="side_effects", lang="es", triage="routine",
         side_effects=["sexual"]),
    # a symptom put down to other things, the medication cleared
    reads("wiped out but that's the twins, nothing from the meds", "none", asked="side_effects"),
    reads("agotada pero es por eso de cuidar a mi suegra, no por la pastilla", "none", asked="side_effects", lang="es"),
    reads("no he dormido bien, pero eso es el turno de noche. las pastillas sin problema", "none", asked="side_effects", lang="es"),
    reads("headache since tuesday but we all have the flu, the whole family does", "none", asked="side_effects"),
    reads("ninguno, ya desaparecieron los mareos del principio", "none", asked="side_effects", lang="es"),
    reads("nothing. the rash from the mosquito bites is gone now", "none", asked="side_effects", meds=["lamotrigine"]),
    reads("mood 5, spent the day at the beach, a little sunburned lol", "none", asked="mood", mood=5),
    reads("my knee hurts from soccer but nothing from the lithium", "none", asked="side_effects", meds=["lithium"]),
    reads("un mes con la nueva marca y sin problema", "none", asked="side_effects", lang="es"),
    # a caregiver worn out, told in another sentence
    reads("se me pasaron dos días, estuve en el hospital cuidando a mi mamá. ando cansada pero bien", "routine", asked="adherence",
          lang="es", adherence="missed", reason="missed_doses"),
    # nerves about news or the pill, and a fright over a dose
    reads("we're expecting!! so nervous about the zoloft, can i stay on it?", "high", reason="pregnancy"),
    reads("yes. freaked out monday because i thought i took two but the pill box was right", "none", asked="adherence",
          adherence="taking"),
    # the insomnia that kept them up is over; the nights one cannot sleep as a condition
    case("the zoloft was keeping me awake so i switched to mornings, sleeping much better now", asked="side_effects",
         side_effects=[], no_reason="side_effects"),
    reads("can i take melatonin on nights i cant sleep?", "routine", reason="question"),
    # a cousin's hives told with an aside, the writer free of them
    reads("a mi cuñada (ella no es su paciente) le salieron ronchas con la lamotrigina, yo no tengo nada", "routine",
          asked="side_effects", lang="es", reason="third_party_symptom"),
    # a stop's reason with "mucha" is what it did then
    reads("ya no me la tomo, me daba mucha diarrea", "high", asked="adherence", lang="es", adherence="stopped",
          reason="stopped_medication"),
    # a friend visited, not vomiting
    case("mi tía está internada y la estoy visitando diario", lang="es", side_effects=[], no_reason="side_effects"),
    # mood: a score taken back "like a", closed by "tho", beside news of the meds; sadness as the past reason for a change
    case("4 lol jk like a 2", asked="mood", mood=2),
    reads("this heat is killing me lol. 4 tho, beach tomorrow", "none", asked="mood", mood=4),
    reads("grandkids wore me out all weekend. 4, pills fine", "none", asked="mood", mood=4),
    reads("me subieron la fluoxetina porque seguía triste, ¿es normal tener sed?", "routine", lang="es", reason="question"),
    # grief told as such, a broken heart held up, only sad beside a denial
    reads("took it daily. lost my grandma last week, im ok, just grieving", "routine", asked="adherence", adherence="taking",
          reason="mid_mood"),
    reads("sí me la tomo. tengo el corazón roto porque se fue mi novio, pero estoy saliendo adelante", "routine", asked="adherence",
          lang="es", adherence="taking", reason="mid_mood"),
    reads("no voy a hacer nada, nomás ando triste por mi perrito", "routine", lang="es", reason="mid_mood"),
    # adherence: a carer's report, a refusal since a day, a month's pills kept back for one day, a double nearly taken
    reads("soy su esposo, se ha tomado la sertralina bien toda la semana", "none", lang="es", adherence="taking"),
    reads("soy la mamá de Toño, no ha querido tomar la risperidona desde el lunes", "high", lang="es", adherence="stopped",
          reason="stopped_medication"),
    reads("hoy no, se me hizo tarde", "routine", asked="adherence", lang="es", adherence="missed", reason="missed_doses"),
    reads("todo en orden con las pastillas", "none", asked="adherence", lang="es", adherence="taking"),
    reads("casi me tomo doble anoche pero revisé el pastillero, todo bien", "none", asked="adherence", lang="es", adherence="taking"),
    reads("my wife almost gave me a second lamictal, caught it before i took it", "none", adherence="taking"),
    reads("ya me la iba a tomar otra vez y me acordé que ya me la había tomado", "none", asked="adherence", lang="es",
          adherence="taking"),
    # look-alikes: a back thrown out, a task forgotten, clothes that no longer fit
    reads("threw it out lifting boxes, can i take advil with the lithium?", "routine", meds=["lithium"], reason="question"),
    reads("un 3, se me olvidó apagar la estufa y se quemaron los frijoles", "routine", asked="mood", lang="es", mood=3),
    case("subí 4 kilos, los pantalones ya no me quedan", asked="side_effects", lang="es", triage="routine",
         side_effects=["weight_gain"], adherence=None),
]

THIRTY_FIRST_PASS = [
    # hallucinations told by a carer in Spanish ("existe" is not respelt "exist"); the dead heard in the house; a phone heard ringing
    flag("confusion", "soy su esposa. mi marido dice que ve niños en el patio que no existen, desde el martes", asked="open", lang="es"),
    flag("confusion", "last night i heard my grandpa calling me from the hallway, he died in 2015. started the new dose friday", asked="open"),
    flag("confusion", "i keep hearing the doorbell when it isnt ringing, like 5 times a day now", asked="open"),
    # a racing heart with the room or the cab spinning, told of a relative or by the patient
    case("la pantalla se me mueve? no. pero el corazón le late rapidísimo a mi hijo y se marea al pararse", asked="side_effects", lang="es",
         triage="urgent", side_effects=["palpitations", "dizziness"], reason="red_flag:heart_rhythm"),
    case("heart racing and the whole truck spins when i step down", asked="side_effects", triage="urgent",
         side_effects=["palpitations", "dizziness"], reason="red_flag:heart_rhythm"),
    # priapism told verb first
    flag("priapism", "se le puso duro el miembro desde las 4 de la mañana y le duele, le da pena decirles", asked="open", lang="es",
         side_effects=["sexual"]),
    # sexual side effects in lay words
    case("zero drive in the bedroom since the lexapro", asked="side_effects", triage="routine", side_effects=["sexual"]),
    case("lost interest in the husband if you catch my meaning", asked="side_effects", triage="routine", side_effects=["sexual"]),
    case("las ganas con mi pareja se fueron desde la sertralina", asked="side_effects", lang="es", triage="routine", side_effects=["sexual"]),
    # other side effects in lay words
    case("bit of queasiness after breakfast", asked="side_effects", triage="routine", side_effects=["nausea"]),
    case("my stomachs kinda sour till noon", asked="side_effects", triage="routine", side_effects=["nausea"]),
    case("sleep has gone to crap, lying awake til 3 most nights", asked="side_effects", triage="routine", side_effects=["insomnia"]),
    case("ya subió como 6 kilos mi esposa con la olanzapina", asked="side_effects", lang="es", triage="routine", side_effects=["weight_gain"]),
    case("wakes up at 3am to eat peanut butter out of the jar", asked="side_effects", triage="routine", side_effects=["appetite_change"]),
    case("me siento como anestesiado, no pude llorar ni en el velorio", asked="side_effects", lang="es", triage="routine",
         side_effects=["emotional_blunting"]),
    case("little shake in my left hand when i pour coffee", asked="side_effects", triage="routine", side_effects=["tremor"]),
    case("day 4 no bm on the clozapine", asked="side_effects", triage="routine", side_effects=["constipation"]),
    case("soaked pillows every night lately", asked="side_effects", triage="routine", side_effects=["sweating"]),
    case("weird dreams about my old school, super vivid every time", asked="side_effects", triage="routine", side_effects=["vivid_dreams"]),
    reads("nightmares most nights, zombies chasing me through the mall", "routine", asked="side_effects", side_effects=["vivid_dreams"]),
    case("sleeps 13 hours and is too out of it to go to class", asked="side_effects", triage="high", side_effects=["drowsiness"],
         reason="severe_side_effects"),
    case("my hands shake so bad i had to cancel my clients at the barbershop", asked="side_effects", triage="high",
         side_effects=["tremor"], reason="severe_side_effects"),
    # a relative with pills of her own, not the patient; a relative who is the patient
    reads("a mi prima le salió un sarpullido con sus pastillas nuevas, ¿es normal?", "routine", lang="es"),
    reads("mi tía tiene ronchas por su medicina, ¿a mí me podría pasar con la lamotrigina?", "routine", lang="es"),
    case("mi mamá (es paciente de ustedes) está perdiendo mucho pelo con el valproato", lang="es", triage="routine",
         side_effects=["hair_loss"]),
    # an old fit, a rash explained and healed, a fear of needles: nothing now
    reads("no side effects. he had a seizure as a little boy, long before the meds. ok with bupropion?", "routine", asked="side_effects"),
    reads("the rash last week was poison oak from the hike, all cleared up. taking my prozac", "none", adherence="taking"),
    # tiredness and aches with a cause of the day
    reads("muerta de cansancio del viaje a la playa, pero bien. un 4", "none", asked="mood", lang="es", mood=4),
    reads("wiped out, we had the wedding last night and danced until 2. solid 4", "none", asked="mood", mood=4),
    reads("dead tired from unpacking boxes all weekend. 3", "routine", asked="mood", mood=3),
    reads("back is killing me after 10 hrs on the warehouse floor but mood is a 4", "none", asked="mood", mood=4),
    reads("mi abuelo está en el hospital, yo lo cuido en las noches y ando agotada", "none", lang="es"),
    reads("gripa fuerte, ando con dolor de cabeza, pero es la gripa, no la pastilla", "none", asked="side_effects", lang="es"),
    reads("vomité anoche pero fue la carne asada, todos los invitados se pusieron malos", "none", asked="side_effects", lang="es"),
    reads("2. no duermo de la preocupación por mi mamá", "high", asked="mood", lang="es", mood=2),
    reads("2, asaltaron la tienda de la esquina y andamos todos con los nervios", "high", asked="mood", lang="es", mood=2),
    case("a mi hijo le da pánico la aguja, no quiere ir al laboratorio", lang="es", side_effects=[]),
    # a symptom given as the reason for a stop made
    reads("stopped the lexapro last month, it was wrecking my sleep", "high", asked="adherence", adherence="stopped"),
    reads("dejé la sertralina hace 3 semanas, me daba mucha náusea", "high", asked="adherence", lang="es", adherence="stopped"),
    # mood scores: after a word, passed on, and a half
    reads("bien, cuatro. fuimos al cine con mis hijos", "none", asked="mood", lang="es", mood=4),
    reads("dad says tell you three and a half, his back hurts", "routine", asked="mood", mood=3),
    reads("mi papá contesta 4, dice que está contento", "none", asked="mood", lang="es", mood=4),
    # a little low, and sad but safe after someone else's death
    reads("ando un poco bajona por la mudanza de mi hija, se me pasará", "routine", lang="es", reason="mid_mood"),
    reads("a guy from work overdosed and died. im sad but not in a scary way, im safe", "routine"),
    # adherence in other words
    reads("no. se le mojaron las pastillas y no ha tomado nada, ya van 8 días", "high", asked="adherence", lang="es", adherence="stopped"),
    reads("she hasnt taken it in about twelve days, says she doesnt need it", "high", asked="adherence", adherence="stopped"),
    reads("last dose was sunday, pharmacy is on backorder", "high", asked="adherence", adherence="stopped"),
    reads("took myself off the lithium last week", "high", adherence="stopped"),
    reads("ya me harté, mañana la dejo", "high", lang="es", adherence="stopped"),
    reads("said he takes them, but i found 4 pills stuffed in his sock drawer", "routine", asked="adherence", adherence="missed"),
    reads("soy el hijo de doña Carmen, se le olvidaron las pastillas el fin de semana", "routine", lang="es", adherence="missed"),
    reads("all good, sin fallar ni un día", "none", asked="adherence", lang="es", adherence="taking"),
    reads("running late for work, short answer: yes took it", "none", asked="adherence", adherence="taking"),
    reads("i think i took it twice, kept forgetting i already did", "urgent", crisis=True),
    reads("missed 3 days on the line this week, the nausea is unbearable", "high", asked="side_effects", side_effects=["nausea"]),
    reads("¿me la tomo antes o después de comer?", "routine", lang="es", reason="question"),
    reads("hi, his wife here. were trying to get pregnant, does he have to come off the depakote?", "high", reason="pregnancy"),
    # news and thanks that ask nothing
    reads("honestly a 5, the new dose is doing the trick", "none", asked="mood", mood=5),
    reads("qué onda doc, todo chido. 5", "none", asked="mood", lang="es", mood=5),
    reads("thanks for calling my pharmacy, all sorted", "none"),
    reads("gracias por la cita, ahí estaré el jueves", "none", lang="es"),
    reads("mil gracias, me sirvió muchísimo lo que me dijo la doctora", "none", lang="es"),
    reads("mi esposa dice que ni una, nomás que ronca", "none", asked="side_effects", lang="es"),
]


THIRTY_SECOND_PASS = [
    # a fit told by a parent: stiff, then jerking, then no answer; the relative named a sentence before
    flag("seizure", "its her dad writing. she went rigid and then started jerking on the kitchen floor, wouldnt respond for a bit", asked="open"),
    flag("seizure", "Mi hija Carla toma lamotrigina. Anoche le dio un ataque, se quedó tiesa sacudiéndose y se mordió la lengua", asked="open",
         lang="es"),
    # mania told by a carer: the rent money spent, a mission from God, ideas jumping topic to topic
    flag("mania", "my wife put a deposit on a jet ski with our savings, barely sleeps and jumps from topic to topic all day", asked="open"),
    flag("mania", "mi esposo se está gastando todo el dinero de la quincena en apuestas y dice que Dios le dio una misión especial",
         asked="open", lang="es"),
    flag("mania", "mi hija lleva tres noches sin dormir (escribo yo, su papá), habla sin parar y se gastó todo el sueldo en ropa",
         asked="open", lang="es", side_effects=["insomnia"]),
    # hearing voices or talking to no one, told of the patient
    flag("confusion", "this is his sister. he says he hears voices in the vents at night and won't come out of his room", asked="open"),
    flag("confusion", "mom is talking to a lady who isnt there and she fell asleep over her dinner plate", asked="open",
         side_effects=["drowsiness"]),
    # drowsiness that keeps them from class, work or the road
    case("so groggy in the mornings hes missing his 9am lectures", asked="side_effects", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    case("me da un sueño tremendo, cabeceé manejando la camioneta de regreso del trabajo", asked="side_effects", lang="es",
         triage="high", side_effects=["drowsiness"], reason="severe_side_effects"),
    case("mi esposa con la quetiapina duerme como 13 horas y ya llegó tarde tres veces al trabajo", asked="side_effects", lang="es",
         triage="high", side_effects=["drowsiness"], reason="severe_side_effects"),
    # not taken since a date or a weekday: a stop
    case("havent taken the lamictal since the 12th", asked="adherence", triage="high", adherence="stopped",
         reason="stopped_medication"),
    case("she hasnt taken her lithium since tuesday, keeps saying its poison", asked="open", triage="high", adherence="stopped",
         reason="stopped_medication"),
    # a stop told in Spanish in the third person, all at once or on one's own, or planned
    case("la suspendió de golpe hace una semana y anda muy irritable", asked="adherence", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("lo paré yo solo el lunes, ya no lo aguantaba", asked="adherence", lang="es", triage="high", adherence="stopped",
         reason="stopped_medication"),
    case("mi mamá ya no quiere seguir con la sertralina, la quiere dejar en enero", asked="open", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("mi hermana ya no quiere la quetiapina porque subió 9 kilos", asked="open", lang="es", triage="high",
         adherence="stopped", side_effects=["weight_gain"], reason="stopped_medication"),
    # a bare third-person answer to "any side effects?" is the patient's, told by a carer
    case("anda con mucha hambre y ya no le cierran los pantalones del uniforme", asked="side_effects", lang="es", triage="routine",
         side_effects=["appetite_change", "weight_gain"], reason="side_effects"),
    # the partner, named by the patient's name, reports a pregnancy
    case("hi its Dan, Maria's husband. she just found out shes pregnant, is the lamotrigine ok?", asked="open", triage="high",
         reason="pregnancy"),
    # restlessness told of the patient, tied to the medicine just begun; sweating like never before
    case("mi hijo no para quieto, se levanta, se sienta, se levanta otra vez. empezó la risperidona hace una semana", asked="open",
         lang="es", triage="high", side_effects=["restlessness"], reason="restlessness"),
    case("sudo más que nunca en las noches desde que tomo la duloxetina", asked="side_effects", lang="es", triage="routine",
         side_effects=["sweating"]),
    not_crisis("mi papá suda muchísimo con la venlafaxina", asked="side_effects", lang="es", side_effects=["sweating"]),
]

# Round 40 (sets 200-204): thanks signed by a carer, for a call returned, a prescription picked up, a blood draw; a relative
# taken off the list; "unsubscribe from being me"; a living or workdays lost, a crane run unsafely; dreams in HD, a
# heart's drum solo, cramps beside diarrhea, sweat as after a marathon, a relative's hair and dreams; a "that one" that
# clears only its own item; nausea gone "ya no tiene", food not kept down but no vomiting, the service called a robot;
# a garage empty, sleep called bad, feeling solid; tired from nights; third-person and bare adherence, "since last
# tuesday", "except the day", a carer's "quiere dejar"; trains, keys and a third dose that are no missed doses.
THIRTY_THIRD_PASS = [
    # a thank-you signed by a relative, or for a call returned, a prescription, an errand done
    reads("ok thanks. - Rick's wife", "none"),
    reads("gracias doctora, de parte de la familia de don Beto 🙏", "none", lang="es"),
    reads("thank you so much for calling back yesterday", "none"),
    reads("gracias por la receta, ya la recogí en la farmacia", "none", lang="es"),
    reads("blood draw went fine, thanks for the reminder 🙏", "none"),
    reads("lol thanks for checking, robot friend 🤖", "none"),
    case("thanks, his wife is sick and can't come to the phone", triage="routine"),
    case("gracias por la receta, ¿me la pueden mandar a otra farmacia?", lang="es", triage="routine", reason="question"),
    # a carer asking to take the relative off the list; the drug is not the list
    case("Please take my mom off this list, she moved into a care home. thank you - Rita", keyword="stop", reason="opt_out"),
    case("can you take my mom off the lithium", keyword=None),
    # leaving oneself, not the texts
    case("problem is i hate myself. would happily unsubscribe from being me", keyword=None, crisis=True),
    case("i want to unsubscribe from these texts", keyword="stop"),
    # a living, a workday or a task at work lost to it, told by a carer
    case("le tiemblan tanto las manos q ya no puede coser, y de eso vivimos. su esposo", asked="side_effects", meds=["lithium"],
         lang="es", triage="high", side_effects=["tremor"], reason="severe_side_effects"),
    case("le da tanto sueño q no puede manejar el taxi, ya perdió dos días de trabajo. -su esposa", asked="side_effects", lang="es",
         triage="high", side_effects=["drowsiness"], reason="severe_side_effects"),
    case("skip it on work nights, makes me too groggy to run the crane safely", asked="adherence", triage="high",
         side_effects=["drowsiness"], adherence="missed", reason="severe_side_effects"),
    case("no puede venir el lunes, tiene cita con el dentista", lang="es", no_reason="severe_side_effects"),
    # side effects in fresh words
    case("nothing to report except i dream in HD now. last night a raccoon did my taxes", asked="side_effects", triage="routine",
         side_effects=["vivid_dreams"]),
    flag("heart_rhythm", "haha my heart's been doing a drum solo all day and i got so dizzy i had to sit down 🥁", asked="open",
         side_effects=["dizziness", "palpitations"]),
    case("cramps and diarrhea, my toilet and i are in a committed relationship now", asked="side_effects",
         side_effects=["diarrhea", "stomach_pain"]),
    case("leg cramps at night after soccer", asked="side_effects", side_effects=[]),
    case("sudo como si corriera un maratón y estoy sentada en la oficina jaja", asked="side_effects", lang="es",
         triage="routine", side_effects=["sweating"]),
    case("mi hermano dice q tiene hambre todo el tiempo con la olanzapina y sueña cosas bien raras", asked="side_effects",
         lang="es", side_effects=["appetite_change", "vivid_dreams"]),
    case("le está dando dolor de cabeza y se le está cayendo el pelo, toma valproato. soy su mamá", asked="side_effects",
         lang="es", side_effects=["hair_loss", "headache"]),
    # a "that one" clears only the item it points back to
    case("just the usual. dry mouth, the sweats, and my mother in law visiting (that one's not the pills lol)",
         asked="side_effects", triage="routine", side_effects=["dry_mouth", "sweating"]),
    case("exhausted and thats the double shifts, not the lithium", asked="side_effects", side_effects=[]),
    # gone now, told of the patient; food not kept down with the vomiting denied
    reads("sí se la toma. ya no tiene la náusea de antes. su hermana", "none", asked="adherence", lang="es", adherence="taking"),
    case("nausea every morning, cant keep breakfast down but not actually throwing up", asked="side_effects",
         side_effects=["nausea"]),
    case("cant keep anything down, threw up twice", asked="side_effects", side_effects=["vomiting"]),
    # the service called a robot is no blunting; feeling like one still is
    case("i feel like a robot on this med", asked="side_effects", side_effects=["emotional_blunting"]),
    # an empty garage, sleep called bad, feeling solid or with more energy; tired from night work
    reads("4. spring cleaning weekend, garage is finally empty", "none", asked="mood", mood=4),
    case("feel empty inside", asked="mood", triage="high", reason="low_mood"),
    case("sleeps been bad since we started the wellbutrin, up til 3am most nights", asked="side_effects", triage="routine",
         side_effects=["insomnia"], no_reason="low_mood"),
    reads("my sponsor and i made a plan for the holidays so i dont drink. feeling solid", "none"),
    reads("soy carnicero y me la paso con cuchillos todo el dia jaja, ya me siento con mas energia desde que empece la pastilla",
          "none", lang="es"),
    reads("dead tired from nights but honestly pretty good", "none", asked="mood"),
    reads("still on the zoloft, no changes", "none"),
    # adherence told in the third person, bare, or in a count
    case("he missed his pills twice this week, we were at my mother's for the funeral. -Amy, his wife", asked="adherence",
         triage="routine", adherence="missed", reason="missed_doses"),
    case("mi esposo anda triste pero se toma todo. de ánimo le daría un 3", lang="es", mood=3, adherence="taking"),
    case("Mood 3. Side effects none. Took all doses.", mood=3, adherence="taking"),
    reads("taking em 👍", "none", asked="adherence", adherence="taking"),
    reads("took em all this week. counted the pill box twice cause im paranoid lol", "none", asked="adherence", adherence="taking"),
    case("i took all my pills", crisis=True, adherence=None),
    case("havent taken it since last tuesday, didnt like how it made me feel", asked="adherence", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("yes, except the day i was at my cousins funeral, so 6/7", asked="adherence", triage="routine", adherence="missed"),
    case("took it every day except the night we were at the hospital", asked="adherence", adherence="missed"),
    case("works every day except the day of my shift", adherence=None),
    case("no she hasnt been taking it, says she doesnt need it", asked="adherence", triage="high", adherence="stopped"),
    case("i havent been taking it every day", asked="adherence", adherence="missed"),
    case("quiere dejar la quetiapina porq subió mucho de peso. su mamá", lang="es", triage="high", adherence="stopped",
         side_effects=["weight_gain"], reason="stopped_medication"),
    case("la doctora quiere dejar la quetiapina igual", lang="es", adherence=None),
    case("found a few weeks worth hidden under her bed", asked="adherence", adherence="stopped"),
    # trains, keys and a dose taken again are no missed doses; a carer's "didnt take them" is
    case("stood at the platform a while this morning. missed 3 trains", adherence=None),
    case("tried to give my neighbor my truck keys. he didn't take them", adherence=None),
    case("gave him his pills but he didnt take them", asked="adherence", adherence="missed"),
    case("i might have taken my night meds twice. and then a third time bc i forgot", adherence=None),
]

# Round 37 (sets 185-189): carers introduced by "le escribo por", "her son here", "tía de X aquí", an apology for the hour, a
# cousin, "está en su programa", a child on the treatment; a household's pills counted after swallowing, a bottle of syrup,
# boiling oil threatened, a knife hidden after a wish to stab, a threat with a gun; "no voy a hacer ninguna tontería" taken
# back, a truck that would not be minded, a blow struck "yo mismo", six feet under, skipped pills kept "just in case", a burn
# again, a baby let go in the bath, a rifle in the garage, a note under the pillow; look-alikes: an anniversary this week, a
# kitchen cut "sin querer", a cat threatened and laughed at, dead meat, "matarme no, eso nunca", a schoolmate's suicide, years
# clean, "nada que ver con", cake as an overdose, a double asked about and checked, the heat, a note for an errand.
CRISIS_THIRTY_SEVENTH_ROUND = [
    # carers introduced in fresh ways
    crisis("le escribo por mi papá, él está en su programa. anoche dijo que ya se quiere morir", lang="es"),
    crisis("her son here. she said at lunch she'd be better off dead and she hasn't eaten since"),
    crisis("Tía de Brenda aquí. Brenda se tomó la tira completa de la sertralina, vamos a urgencias", lang="es"),
    crisis("perdone la molestia, la esposa de Ramiro. dice que le va a echar aceite hirviendo al vecino", lang="es"),
    crisis("this is her dad. she keeps saying the family would be better off if she drove off the pier"),
    crisis("hi this is his grandma. he said he wants to stab his stepdad and hid a knife under the bed"),
    crisis("mi hija está tomando la sertralina. hoy vi cortes frescos en sus muslos", lang="es"),
    crisis("hermana de Luis. se tragó las pastillas del abuelo, como veinte, lo llevamos al seguro", lang="es"),
    crisis("el primo de Nelson. se tomó la botella de jarabe de los niños entera hace rato", lang="es"),
    crisis("esta es la mujer de Beto. anoche me amenazó con que me iba a matar con la pistola", lang="es"),
    # the writer's own, quietly told
    crisis("tranquilo, no voy a hacer ninguna tontería. bueno, la verdad sí lo he pensado", lang="es"),
    crisis("no me voy a matar, pero si me choca un camión tampoco me haría nada", lang="es"),
    crisis("nadie sabe pero yo mismo me golpeé contra la pared hasta sangrar", lang="es"),
    crisis("told my brother id be better off six feet under. he made me text you"),
    crisis("took most of them. the ones i skip i keep in an envelope just in case", asked="adherence"),
    crisis("dos. me volví a quemar el brazo con la plancha a propósito", asked="mood", lang="es", mood=2),
    crisis("a veces me imagino que la suelto en la bañera y me da terror", lang="es"),
    crisis("been sitting in the garage with the rifle most nights"),
    crisis("wrote a note and put it under my pillow. dont call my mom"),
    # look-alikes
    not_crisis("4. the anniversary of my overdose is this week, but honestly im doing great now", asked="mood", mood=4),
    not_crisis("me corté el dedo picando cebolla, fue sin querer, ya me lo vendé", lang="es"),
    not_crisis("mi gato rompió la maceta otra vez, lo voy a matar jaja 😂", lang="es"),
    not_crisis("my coach said im dead meat if i miss practice again lol"),
    not_crisis("matarme no, eso nunca. solo ando cansada del trabajo", lang="es"),
    not_crisis("soy el papá de Ana. un amigo de su escuela se suicidó y ella está triste, pero dice que no piensa en eso", lang="es"),
    not_crisis("hace 5 años me corté por última vez, ya ni me acuerdo de esa época", lang="es"),
    not_crisis("nada que ver con querer hacerme daño, solo estoy enojado por lo del trabajo", lang="es"),
    not_crisis("me comí medio pastel yo sola, ¿eso cuenta como sobredosis? jaja", lang="es"),
    not_crisis("¿me tomé la de la noche dos veces? revisé el pastillero y solo falta la de hoy, todo bien", lang="es"),
    not_crisis("3. con este calor y sin luz ya no aguanto", asked="mood", lang="es", mood=3),
    not_crisis("wrote a note and left it on the kitchen table for my son to grab the milk"),
    not_crisis("estaba en el carro con la pistola de agua de mi hijo jaja, se mojó todo", lang="es"),
]

# Round 38 (sets 190-194): carers named after the patient ("Marco's wife here", "Dana's brother."), signing in brackets, typing
# behind the patient's back or for them, on the patient's phone, as a school counsellor or a flatmate, answering the question
# for them, the patient on the treatment told in the Spanish third person; a wish not to have woken, cuts on the thighs, a
# hoped-for heart attack, a workplace to "shoot up", "not tonight anyway"; the writer's own: looking down from an overpass,
# not coming back "if you know what i mean", a beam in the barn, belongings shared out with all paid, the easy way out, "well,
# a couple", a rope "para, ya sabes", gone where no one finds one, a machete sharpened, sleeping pills with a beer;
# look-alikes: a neighbour's son, too stubborn to die, a stop with the doctor, dying of fright back then, a last text before a
# new phone, furniture given away for a move, a nurse's warning, a jump at the lake, death warmed over, a racing heart at the gym.
CRISIS_THIRTY_EIGHTH_ROUND = [
    # carers introduced in every way
    crisis("hi, Marco's wife here. he doesn't know I'm texting. he told me he'd be better off not waking up"),
    crisis("3. Luis's girlfriend typing for him, this morning he said he wishes he hadn't woken up", asked="mood", mood=3),
    crisis("Dana's brother. she's been cutting her thighs again, my mom found blood on the sheets"),
    crisis("his sister here. he's your patient. he keeps saying he wants to disappear forever and gave his dog away"),
    crisis("this is my dad's phone, he's asleep. he said he isn't suicidal... then he said 'not tonight anyway'"),
    crisis("my husband keeps saying we'd be better off if he just wasn't here. he'd be upset I'm telling you"),
    crisis("mi hermano está en tratamiento con ustedes. dijo que si su ex se lleva a los niños, la mata. tiene una escopeta", lang="es"),
    crisis("school counselor at Roosevelt MS here, parent aware. student disclosed burning her arms with a lighter last night"),
    crisis("comparto depa con Ana. lleva días diciendo que se quiere tirar del balcón", lang="es"),
    crisis("he's missed a couple this week, and his coworker saw him scratching his wrists with a key", asked="adherence"),
    crisis("Está con la sertralina desde marzo. Anoche dijo que mejor se moría y no quiso cenar", lang="es"),
    crisis("mi mamá dice que ha dejado la quetiapina y que ojalá le dé un infarto y ya", lang="es"),
    crisis("(Jen, his wife) he said he'll shoot up his old job if they don't pay him"),
    crisis("she's like a 1 today. she admitted she took them all last night, the whole new bottle", asked="mood", mood=1),
    # the writer's own
    crisis("been up on the overpass by the plant a few times after shift. just staring down"),
    crisis("going fishing alone up north. might not come back if you know what i mean"),
    crisis("si no sale el trabajo me cuelgo de la viga del granero. bueno, no tan broma", lang="es"),
    crisis("ya regalé mis cosas a mis sobrinas y dejé todo pagado, estoy tranquila", lang="es"),
    crisis("if the bank takes the farm im taking the easy way out"),
    crisis("no bad thoughts really... well, a couple, mostly late at night"),
    crisis("compré una soga la semana pasada para, ya sabes. está en el cuarto de atrás", lang="es"),
    crisis("quiero desaparecer de la ciudad y que nadie me encuentre nunca más", lang="es"),
    crisis("ill hurt him, been sharpening the machete every night since he moved in"),
    crisis("me tomé como quince de las de dormir con una cerveza, no sé si fue mucho", lang="es"),
    # look-alikes
    not_crisis("my neighbor's son overdosed at a party, he's in the icu. im fine, 4", asked="mood", mood=4),
    not_crisis("mom says im too stubborn to die lol. 4 today", asked="mood", mood=4),
    not_crisis("got off the lamictal last month with the doc, feel fine, dont need it now"),
    not_crisis("antes me moría del miedo en el avión, ahora ya no", lang="es"),
    not_crisis("this is my last text from this number, new phone tomorrow"),
    not_crisis("gave away half my books bc the new studio is tiny, move is friday"),
    not_crisis("the nurse warned me a lithium overdose is serious so i keep it locked up"),
    not_crisis("jumped off the bridge at the lake with my cousins, water was perfect"),
    not_crisis("this med makes me feel like death warmed over for an hour, then fine", asked="side_effects"),
    not_crisis("racing heart at the gym, i swear i was dying lol, had to sit down", asked="side_effects"),
]

# Round 39 (sets 195-199): carers after "Doctor, soy X, la esposa de", a letter "about my mother", "me pidió que le escribiera",
# "the one texting", a signature after a dash, voices telling her to die, blows to one's own face, a note saying sorry;
# the writer's own: blades bought "y ya sabes para qué", a height looked up as enough, a dose taken again and again, alive for
# the cat, pills counted as enough, "prob." after a denial, the wheel jerked, the not-wanting back, not needing the pills
# long, "para lo que me queda", a place chosen; look-alikes: dying for a taco, excited to death, "no está suicida", doing well
# a year on, an anniversary of the attempt, pills counted for a trip, knives sharpened for a holiday.
CRISIS_THIRTY_NINTH_ROUND = [
    # carers, more introductions
    crisis("Doctor, soy Ana, la esposa de Raúl. Anoche se cortó los brazos y ya lo atendieron", lang="es"),
    crisis("Dear Dr. Kim, I am writing about my mother. She keeps saying she'd be better off in the ground next to Dad"),
    crisis("mi papá me pidió que le escribiera. dice que ya no quiere seguir viviendo así", lang="es"),
    crisis("his cousin is the one texting. Rob says he's been sharpening a screwdriver for the guy next door"),
    crisis("she told me tonight she wishes she wouldn't wake up. I'm scared. - Dave"),
    crisis("Mi hermana me marcó llorando, dice que las voces le dicen que se mate. Toma risperidona", lang="es"),
    crisis("Tyler hit himself in the face over and over after the game, he's 15. He takes sertraline"),
    crisis("se fue de la casa y dejó una carta que dice perdón a todos. Es mi hijo, toma quetiapina", lang="es"),
    # the writer's own
    crisis("3. me compré unas cuchillas nuevas y ya sabes para qué", asked="mood", lang="es", mood=3),
    crisis("looked up how tall the bridge on route 9 is. high enough i think"),
    crisis("took my meds at 8 then took them again at noon and then again?? shaky now"),
    crisis("no im not gonna hurt myself. ok thats a lie, i think about it a lot"),
    crisis("if i didnt have my cat id be gone by now honestly"),
    crisis("got the refill. counted them, 90 is enough i think"),
    crisis("not gonna do anything stupid. prob.", asked="mood"),
    crisis("a veces manejando se me cruza dar el volantazo contra un tráiler", lang="es"),
    crisis("the not wanting to wake up thing is back again"),
    crisis("quit the lithium. wont need it much longer anyway", asked="adherence"),
    crisis("no la he tomado. total, para lo que me queda", asked="adherence", lang="es"),
    crisis("ya escogí el lugar, no se preocupe", lang="es"),
    # look-alikes
    not_crisis("gonna die if i dont get a taco rn lol, otherwise fine"),
    not_crisis("so excited for the concert i could die"),
    not_crisis("no está deprimido ni suicida, solo cansado de la escuela", lang="es"),
    not_crisis("el año pasado estaba internada por cortarme, ahora me va muy bien en el trabajo", lang="es"),
    not_crisis("hoy cumplo 2 años del intento, tengo trabajo y novio. un 4", asked="mood", lang="es", mood=4),
    not_crisis("counted them, 30 is enough for the trip"),
    not_crisis("sharpening the kitchen knives before thanksgiving, super relaxing"),
    # round 39's pending sets, read in other fields: a stop request passed on, a missed dose told of her, a mood neither
    # better nor worse, children seen who are not there, a bedroom problem told by the wife
    case("Él me pidió que les avise: dice que no quiere recibir más mensajes, gracias", lang="es", keyword="stop"),
    case("No se tomó la de anoche porque se quedó con su papá. Hoy ya se la tomó", asked="adherence", lang="es", adherence="missed"),
    case("igualito, ni mejor ni peor", asked="mood", lang="es", triage="routine", mood=None),
    flag("confusion", "mi mamá ve a unos niños en la cocina que no existen", asked="open", lang="es"),
    case("the bedroom stuff hasn't worked since the new pill, he won't say it - his wife", asked="side_effects", side_effects=["sexual"]),
    not_crisis("sharpened the knives for the bbq tomorrow, brisket time"),
    not_crisis("no se preocupe doctora, ya estoy mucho mejor, gracias", lang="es"),
]

CRISIS_FORTIETH_ROUND = [
    # carers who sign with a possessive, in brackets, after the last sentence, or mark the patient
    crisis("he told me if nothing changes by new year hes ending it. - Mike's girlfriend"),
    crisis("she cut her legs again last night, i saw blood on the sheets. - Ana (her mum)"),
    crisis("she keeps saying she'd be better off dead. im sitting outside her room now. her husband"),
    crisis("2. anoche me dijo q ya no quiere vivir. soy su pareja", asked="mood", lang="es", mood=2),
    crisis("he keeps saying he wants to kill himself and then laughs, jk jk. its not funny. - Tom's wife"),
    crisis("my daughter on the sertraline told me she has a plan to end her life this weekend"),
    # (the blows are left to the model: a rule for them would call a spouse's "hitting herself" someone else's)
    case("hes been punching himself in the face when he gets frustrated. - Luis (his brother)", triage="urgent", crisis=True),
    crisis("mi hijo dice que un día de estos lo mata a su padrastro. toma quetiapina", lang="es"),
    crisis("sí la toma, pero se tomó unas 8 juntas anoche, dice que para dormir. soy su esposa", asked="adherence", lang="es"),
    crisis("shes been saying whats the point of living. shes on ur list, Maria Lopez. im her aunt"),
    crisis("my husband, your patient, swallowed a handful of his lithium an hour ago, is that dangerous"),
    # the writer's own: every box bought for a day, a denial kept only mostly or for some nights
    crisis("compré todas las cajas de pastillas para dormir que había. el sábado que no hay nadie en casa", lang="es"),
    crisis("not suicidal. mostly. idk"),
    crisis("no thoughts about hurting myself... well, maybe some nights. not really"),
    # look-alikes: another child said not to be the patient, a crewmate, a body part killing her, a relative's relative,
    # pills run out, a hard week, grief, a joke told of someone else, notes, counts, plans and spares
    not_crisis("4. my other daughter (not your patient) has been cutting, where do i get her help", asked="mood"),
    not_crisis("he's doing ok, a 4. a guy from my shift tried to kill himself on sunday. - Dana's husband", asked="mood"),
    not_crisis("quick question from Ana's mom: can she take tylenol with the lamotrigine? her head is killing her"),
    not_crisis("la hermana de mi esposa intentó cortarse las venas, está internada. ella está bien con su medicina. soy su esposo",
               lang="es"),
    not_crisis("se me acabaron las pastillas y no tengo para comprar más hasta el viernes", lang="es"),
    not_crisis("1-2. this is Mark, Jen's husband, she's sleeping. hard week since her dad's funeral", asked="mood"),
    not_crisis("my wife's doing fine, a 4. i'm the one having a hard time, her brother took his life in march", asked="mood"),
    not_crisis("my cousin jokes about jumping off her roof all the time and i never know if she means it, what should i do"),
    not_crisis("3. my roommate burned popcorn again, writing him an angry sticky note", asked="mood"),
    not_crisis("2-3. looking after my dad since his surgery and no one helps me", asked="mood"),
    not_crisis("all good. camping trip this weekend, heading up saturday. packed an extra week of meds just in case"),
    not_crisis("took it every morning. i count them on sundays to be sure", asked="adherence"),
    not_crisis("fine. my husband and i made a plan to go swimming every week and we're sticking to it"),
    not_crisis("haha dropped my pill bottle behind the stove, counted them all, 30 still there"),
    not_crisis("my brother sent me a meme about ending it all lol jk. we laughed"),
]

CRISIS_FORTY_FIRST_ROUND = [
    # carers: many pills or more than the dose told in the third person, a jump threatened, a neighbour with the clinic's number,
    # the patient marked in brackets, a threat to "get them first"
    crisis("Soy la mamá de Sofía, su paciente. Se tomó como 15 pastillas de la sertralina después de una pelea. Está despierta pero mareada",
           lang="es"),
    crisis("mi hija (la que ustedes atienden) dice que se va a aventar del puente si la dejan. ahorita estoy con ella", lang="es"),
    crisis("Doctor soy el esposo de Marta, se tomó de más las pastillas, creo que 5 en vez de 1, se confundió. Está bien por ahora", lang="es"),
    crisis("this is Pam from next door, she had your clinic's number on her fridge. found her on the floor, empty pill bottles all over, 911 is coming"),
    crisis("texting for my husband, hes on the risperidone. he keeps a bat by the door and says he'll get the neighbors first"),
    # the writer's own: a denial taken back by a thought, not waking up that would not matter, "someone" asking for a friend,
    # a gun taken over to a brother-in-law's, pills hidden from the one who counted them, a blade under the pillow, a wish
    # to drive off a bridge that is no simile beside dizziness
    crisis("not suicidal. well. sometimes i think about just steering into the overpass pillar but i wouldnt"),
    crisis("3. no me quiero hacer daño pero tampoco me importaría no amanecer", asked="mood", lang="es", mood=3),
    case("how many seroquel would it take for someone to not wake up. asking for a friend", triage="urgent", crisis=True),
    crisis("mi cuñado le grita a mi hermana y ya me harté, ayer agarré la pistola y me fui para allá. mi esposa me detuvo", lang="es"),
    crisis("mi mamá me escondió las pastillas porque me vio contándolas. tiene razón", lang="es"),
    crisis("terminé con mi esposa y me traje una navaja del taller. la tengo debajo de la almohada", lang="es"),
    crisis("stopped the zoloft cold turkey, now dizzy and buzzing. also feel like driving off the bridge would solve things"),
    # look-alikes: a coworker found, a cousin said not to be the patient, a child's question, phones and batteries about to die,
    # ice cream, finals, joy, a neighbour's or son's errand, a forgetful father, a full pill box, an opt-out, hair, a birthday
    not_crisis("mi compañero de trabajo se ahorcó y yo lo encontré. no duermo", lang="es"),
    not_crisis("Mi primo, que no es su paciente, dice que se quiere matar. Mi papá (su paciente) está bien con su medicina", lang="es"),
    not_crisis("mi hija de 15 me preguntó cuántas de mis pastillas la matarían. no sé qué hacer", lang="es"),
    not_crisis("battery about to die, quick q: can he take tylenol with the lithium? he hurt his back"),
    not_crisis("ugh un 3. mi hermana se comió mi helado y la voy a matar 😤", asked="mood", lang="es"),
    not_crisis("3 finals week im literally dying", asked="mood"),
    not_crisis("5!! me muero de felicidad, pasé el examen 🎉", asked="mood", lang="es"),
    not_crisis("soy la vecina de don Luis, él me pidió que le escribiera. se le acabó la sertralina desde el lunes y anda mareado", lang="es"),
    not_crisis("soy el hijo de la señora Rosa: ¿le toca sacarse sangre este mes para lo del litio? ¿dónde?", lang="es"),
    not_crisis("A veces. Mi papá se olvida porque toma muchas pastillas para la presión. Ya le compré un pastillero", lang="es"),
    not_crisis("my pill box has been full for a week. i keep meaning to start them again"),
    not_crisis("stop texting me i already called the office"),
    not_crisis("idk a 3? dyed my hair myself and regret everything lmao", asked="mood"),
    not_crisis("1. my mom is making me go to my aunt's birthday instead of the game i had tickets for 🙄", asked="mood"),
]

THIRTY_FOURTH_PASS = [
    # on lithium, a relative's gut upset and shaking told beside the slurring or stumbling are the patient's too
    case("mi hijo tiene diarrea desde ayer, está muy tembloroso y habla raro, como arrastrando las palabras", meds=["lithium"], lang="es",
         triage="urgent", side_effects=["diarrhea", "tremor"], reason="red_flag:lithium_toxicity"),
    case("my daughter keeps throwing up and shes so shaky, stumbling around like shes drunk. is it the lithium?", meds=["lithium"],
         triage="urgent", side_effects=["tremor", "vomiting"], reason="red_flag:lithium_toxicity"),
    case("my son has had diarrhea since yesterday, poor guy", meds=["lithium"], side_effects=[], no_reason="red_flag:lithium_toxicity"),
    # lay words: "somnoliento", a stomach "still" upset, a heart pounding at band practice (not exercise), stabbing head pains,
    # the want to eat said in other words, "casi vomito", a partner's euphemism, taken out of class
    case("anda muy somnoliento en las tardes, toma siesta diario", asked="side_effects", lang="es", triage="routine",
         side_effects=["drowsiness"]),
    case("mood 4, stomach still a bit upset in the mornings", asked="mood", triage="routine", mood=4, side_effects=["nausea"]),
    flag("heart_rhythm", "my heart is pounding so fast and i got really dizzy in choir practice", asked="open",
         side_effects=["dizziness", "palpitations"]),
    case("heart was pounding after soccer practice, normal for me", asked="open", no_reason="red_flag:heart_rhythm"),
    case("me dan punzadas de cabeza y ando medio mareada", asked="side_effects", lang="es", side_effects=["dizziness", "headache"]),
    case("me dan muchas ganas de comer dulces y he subido de peso", asked="side_effects", lang="es",
         side_effects=["appetite_change", "weight_gain"]),
    case("se me antoja todo, ya no me cierran los pantalones", asked="side_effects", lang="es",
         side_effects=["appetite_change", "weight_gain"]),
    case("mucho sueño y hambre a todas horas", asked="side_effects", lang="es", side_effects=["appetite_change", "drowsiness"]),
    case("sin hambre a todas horas no, como normal", asked="side_effects", lang="es", no_reason="severe_side_effects"),
    case("náuseas todas las mañanas y me han tenido que sacar de clase dos veces porque casi vomito", asked="side_effects",
         lang="es", triage="high", side_effects=["nausea"], reason="severe_side_effects"),
    case("vomité dos veces anoche", asked="side_effects", lang="es", side_effects=["vomiting"]),
    case("dice mi esposa q suda muchísimo en las noches y q ya no tiene ganas de nada conmigo", asked="side_effects", lang="es",
         side_effects=["sexual", "sweating"]),
    # a zombie dreamt of is a creature; feeling like one is still blunting
    case("sueños rarísimos, anoche soñé que me perseguía un zombi jaja", asked="side_effects", lang="es",
         side_effects=["vivid_dreams"]),
    case("weird dreams and i feel like a zombie all day", asked="side_effects", side_effects=["emotional_blunting", "vivid_dreams"]),
    # what the pill did before the stop, told in the past, is not present now; kept going after it, it is
    case("quit it like 5 days ago, i was sleeping through my alarms and almost lost my job", asked="adherence", triage="high",
         side_effects=[], adherence="stopped"),
    case("we stopped it on our own, she was too sleepy at school. sorry!", asked="adherence", side_effects=[], adherence="stopped"),
    case("la dejé hace una semana, me quitaba el hambre y bajé mucho de peso", asked="adherence", lang="es", side_effects=[],
         adherence="stopped"),
    case("stopped it last week, she was too sleepy and she still is", asked="adherence", side_effects=["drowsiness"],
         adherence="stopped"),
    # a lost function come back is over
    reads("none. appetite disappeared the first week but it's back", "none", asked="side_effects"),
    case("no appetite at all, and now the headaches are back", asked="side_effects", side_effects=["appetite_change", "headache"]),
    # a new baby's nights, or the carer's own sleep set apart with "yo", are not the patient's side effect
    reads("none, but id kill for a decent nights sleep with this newborn", "none", asked="side_effects"),
    case("cant sleep since the new dose", asked="side_effects", side_effects=["insomnia"]),
    case("soy la mamá de Jenifer. ella ya está tranquila y yo no he dormido nada", lang="es", side_effects=[]),
    # ran out, told by a carer or bare; refused; a carer no longer giving it
    case("ya se le acabaron las pastillas hace 5 días y no hemos podido ir por la receta", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("oiga, le puedo dar de mi litio a mi hermana q se le acabó el suyo?", lang="es", adherence=None),
    case("se le acabó la paciencia con el tráfico", lang="es", adherence=None),
    case("sin pastillas desde el jueves y no he dormido nada", lang="es", adherence="stopped"),
    case("Mi papá no quiere tomar sus pastillas porque dice que lo quieren envenenar", lang="es", adherence="stopped"),
    case("no he flat out refuses since he got out of hospital", asked="adherence", triage="high", adherence="stopped"),
    case("no, its summer break, we're not giving it till school starts", asked="adherence", triage="high", adherence="stopped"),
    case("we stopped giving it to him after the rash", adherence="stopped"),
    # missed: an emoji standing for the comma after "no"; the pill left behind on a trip; a past spell of forgetting is none now
    case("no 😬 forgot it at my moms house sunday night", asked="adherence", triage="routine", adherence="missed"),
    case("se me olvidó llevarla al viaje, 3 días sin ella, ya regresé y hoy sí me la tomé", asked="adherence", lang="es",
         triage="routine", adherence="missed"),
    case("se me olvidó llevar la basura", asked="adherence", lang="es", adherence=None),
    case("found old sertraline in the drawer from when i kept forgetting. organizer is full now", adherence=None),
    # sunscreen run out is no medication
    flag("rash", "spots on my arms and my lips are getting blistery. ran out of sunscreen at the lake so maybe thats it?",
         asked="open", meds=["lamotrigine"], side_effects=["rash"], adherence=None),
    # a carer's score, a passed-on one, a hedged word-number; an age is none
    case("mi papá está como en 3 hoy, anda callado pero salió a regar sus matas", asked="mood", lang="es", triage="routine", mood=3),
    case("Mi esposo dice que 2. Desde que lo corrieron del taller no quiere ni comer", asked="mood", lang="es", triage="high", mood=2),
    case("she's 1 today. lying in the dark all day", asked="mood", triage="high", mood=1),
    case("tres mas o menos. hoy fue a misa con las señoras y luego se puso triste. soy su hijo", asked="mood", lang="es",
         triage="routine", mood=3),
    reads("my uncle always says hes ready to meet his maker lol hes 97 and healthy as a horse. family bbq was great, 5", "none",
          asked="mood", mood=5),
    # mood words a carer passes on or signs are the patient's; someone else's struggle stays theirs
    case("mi mamá dice que mal, muy mal, que es la peor semana que ha tenido en años", asked="mood", lang="es", triage="high",
         reason="low_mood"),
    case("shes doing awful. wont eat, barely talks. her mom", asked="mood", triage="high", reason="low_mood"),
    case("my son's friend died and he's been struggling", asked="mood", no_reason="low_mood"),
    reads("hola! mi hijo ya no se levanta de su lugar en clase, la maestra dice que va mucho mejor 😊", "none", lang="es"),
    # pregnancy of the patient told by a carer (the tie in brackets, or the age between)
    case("Doctora, mi hija Valeria (paciente suya) está embarazada, nos enteramos ayer!! ¿la deja o no?", lang="es", triage="high",
         reason="pregnancy"),
    case("mi hija de 22 toma el valproato y nos contó que está buscando embarazarse con su novio, ¿es peligroso?", lang="es",
         triage="high", reason="pregnancy"),
    case("mi hija de 22 está embarazada, qué emoción", lang="es", no_reason="pregnancy"),
    # a question passed on or asked without its mark; an errand told is none
    case("Hermana de Lucía aquí, quiere saber si se puede tomar un vinito en la boda de su prima el sábado", lang="es",
         triage="routine", reason="question"),
    case("none. btw how long after my dose can i drive the forklift, just want to be safe", asked="side_effects", triage="routine",
         reason="question"),
    case("no side effects but these pills arent doing anything, whats the point of them", asked="side_effects", triage="routine",
         reason="question", crisis=False),
    reads("si, y ya fui por el refill ayer", "none", asked="adherence", lang="es", adherence="taking"),
    reads("sí, todos los días, aunque a veces me muero de flojera de ir a la farmacia", "none", asked="adherence", lang="es",
          adherence="taking"),
    reads("gracias doctora, nos vemos en la cita del martes 😊", "none", lang="es"),
    # a request to take a relative off the texts; another "de baja" is no stop
    case("quiero que la den de baja de los mensajes, ya tiene su propio número. este era el mío", lang="es", keyword="stop",
         reason="opt_out"),
    case("lo dieron de baja del trabajo", lang="es", keyword=None),
    # red flags told by a carer or a neighbour: people that are not there, family not known; a blackout; a car bought on the quiet
    flag("confusion", "habla su vecino. el señor Aurelio que usted atiende lleva 3 noches gritando que hay gente en el techo y no hay"
         " nadie, y hoy no reconoció a su propia hija", asked="open", lang="es"),
    flag("fainting", "Mi mamá se cayó ayer en el patio, dice que se le fue todo negro y cuando despertó ya estaba en el piso",
         asked="open", lang="es"),
    flag("mania", "Soy su esposa. Yo creo que un 5. Lleva tres días que no para: compró un carro sin decirme, habla y habla",
         asked="mood", lang="es", mood=5),
    case("compramos un carro nuevo, todos contentos", lang="es", no_reason="red_flag:mania"),
    # nerves for an exam, told as past
    reads("5. me fue super bien en el examen, me morí de nervios pero pasé", "none", asked="mood", lang="es", mood=5),
    case("me morí de nervios toda la semana con la pastilla nueva", asked="side_effects", lang="es", side_effects=["anxiety"]),
]

CRISIS_FORTY_SECOND_ROUND = [
    # the writer's own: a promise doubted ("bueno no sé"), things not needed "where im going", "no im not safe", a denial
    # owned up to as a lie or narrowed to one person, a skull to crack "one of these days"; the devil or voices saying someone
    # has to die, to drown a baby, to "take care of" a caseworker; neighbours to "pay" with a rifle at hand; a stabbing promised
    # if looked at again; God's order to punish told by a carer; the means got against a threat the voices tell of
    crisis("2... no tengo ganas de nada. pero tranquila no voy a hacer ninguna tontería... bueno no sé", asked="mood", lang="es", mood=2),
    crisis("4 lol. sold my bike and gave my xbox to my cousin, dont need them where im going", asked="mood", mood=4),
    crisis("1 💀 before u ask, no im not safe. im at the top of the parking deck", asked="mood", mood=1),
    crisis("i told the nurse no suicidal thoughts but... i lied. thinking about it again every night"),
    crisis("stopped the seroquel, too foggy. also my neighbor keeps staring at me and one of these days im cracking his skull. for real"),
    crisis("no thoughts of hurting anybody... well except my landlord. but thats different"),
    crisis("1/5 the devil talks thru my phone now and says my sister has to die", asked="mood", mood=1),
    crisis("the voices say my caseworker is a demon. she comes friday and im gonna take care of her"),
    crisis("my son is your patient, hes on the clozapine. says the neighbors bugged his car and hes gonna make them pay. he has a rifle"),
    crisis("ya no tomo el aripiprazol. el vecino se me queda viendo y si lo vuelvo a ver así lo acuchillo", lang="es"),
    crisis("nada de efectos. nomás una voz que me dice que ahogue a mi bebé en la tina y me da mucho miedo", lang="es"),
    case("no pienso en lastimar a nadie... bueno a mi hermano a veces sí. pero eso no cuenta", lang="es", triage="urgent", crisis=True),
    crisis("1. el demonio me habla por la tele y dice que mi vecina tiene que morir", asked="mood", lang="es", mood=1),
    crisis("soy el hermano de Beto, toma la risperidona. dice que Dios le ordenó castigar a su jefe y anda afilando el cuchillo", lang="es"),
    crisis("las voces dicen que si no lo detengo mi compadre me mata primero. ya tengo con qué", lang="es"),
    # look-alikes: another's "kms" or "kys", a throat, parents and a husband who will "kill", mania, voices and threats heard with
    # nothing said of harm, a lost dog, a parking lot before work, a reported threat, a benefits office
    not_crisis("my sister told me he wants to kms and idk what to do, hes not your patient btw"),
    not_crisis("my brother said his girlfriend wants to kys, shes not anyone you know, what should he do"),
    not_crisis("2 my throat is killing me, think i caught my kid's cold", asked="mood"),
    not_crisis("voy a reprobar química y mi mamá me va a matar jajaja", lang="es"),
    not_crisis("great, 5. gonna kill my husband, he ate the last of the cake 😤", asked="mood"),
    not_crisis("i feel incredible, booked a trip to paris at 3am on the credit card, my thoughts are going so fast 🚀", asked="mood"),
    not_crisis("escucho voces que me hablan cuando estoy sola y no hay nadie. me asusta mucho", lang="es"),
    not_crisis("2, my dog ran off and we cant find her 😭", asked="mood"),
    not_crisis("oigo a los vecinos por la pared diciendo que me van a matar. mi esposa no oye nada", lang="es"),
    not_crisis("1. sitting in my car in the parking lot, cant make myself go in to work", asked="mood"),
    not_crisis("3. a guy from my old platoon keeps posting about shooting up the base, i reported him. kinda rattled", asked="mood"),
    not_crisis("1. medicaid cut me off and im on hold with them every day, everything is falling apart", asked="mood"),
]

THIRTY_FIFTH_PASS = [
    # voices or sights that no one else hears or sees, a set that talks while off, things known not to be real, a voice giving orders
    flag("confusion", "3. the radio calls my name even when its switched off", asked="mood", mood=3),
    flag("confusion", "la tele me habla aunque esté apagada", asked="open", lang="es"),
    flag("confusion", "keep hearing whispering in my head at night. no one else in the house hears it", asked="open"),
    flag("confusion", "people talking behind the walls all night. my husband was up with me and heard nothing", asked="open"),
    flag("confusion", "oigo voces y pasos en el techo, mi esposo dice que no hay nada", asked="open", lang="es"),
    flag("confusion", "seeing spiders on the walls at night, i know theyre not real", asked="side_effects"),
    flag("confusion", "hearing a voice telling me to leave the house", asked="open"),
    case("the tv was saying my name on the news, my cousin got an award lol", asked="open", no_reason="red_flag:confusion"),
    case("the neighbors were yelling through the walls again, my roommate heard it too", asked="open", no_reason="red_flag:confusion"),
    # the hallucination of years ago, named with its year, is past
    case("back in 2018 i was hearing voices, been fine on the risperidone ever since", asked="open", meds=["risperidone"],
         no_reason="red_flag:confusion"),
    case("been hearing voices again since last week", asked="open", reason="red_flag:confusion"),
    # mania told by a partner: the rent spent and grandiosity beside the talking
    flag("mania", "mi esposo es su paciente. no duerme casi, gastó todos los ahorros y dice que es un genio", asked="open",
         meds=["lithium"], lang="es"),
    case("mi hermano gastó toda la quincena en la fiesta jaja", asked="open", lang="es", no_reason="red_flag:mania"),
    # the power, not the patient, blacked out
    reads("the lights blacked out in the storm last night, all good now", "none", asked="open"),
    flag("fainting", "i blacked out in the kitchen last night", asked="open"),
    # tiredness with an everyday cause: an all-nighter, work named after a task, nights up with a relative in hospice or
    # the NICU, sleep kept away by arthritis pain
    reads("4, half dead after an all nighter studying lol", "none", asked="mood", mood=4),
    reads("4. wiped out from stocking shelves at work but happy", "none", asked="mood", mood=4),
    reads("3, my mom is on hospice. taking my meds, just exhausted from being up nights with her", "routine", asked="mood",
          mood=3, adherence="taking"),
    case("3, mi papá está en terapia intensiva, no he dormido", asked="mood", lang="es", mood=3, side_effects=[]),
    case("3, con el dolor de espalda no duermo bien", asked="mood", lang="es", mood=3, side_effects=[]),
    case("3, no duermo bien desde la nueva dosis", asked="mood", lang="es", mood=3, side_effects=["insomnia"]),
    case("4, dead tired from the new dose at work", asked="mood", mood=4, side_effects=["drowsiness"]),
    # a symptom named only as what something is not for
    case("got some ibuprofen, not for my headaches tho", asked="open", side_effects=[], no_reason="side_effects"),
    case("ibuprofen for my headaches, they wont quit", asked="open", side_effects=["headache"]),
    # disgust at one's own thoughts is no nausea; disgust at food still is
    case("tengo ideas horribles en la cabeza, me dan asco", asked="open", lang="es", side_effects=[]),
    case("me da asco la comida desde la pastilla", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    # eased is still present; gone, said with "ya" after the "pero", is over
    case("headaches every afternoon but its better than before", asked="side_effects", side_effects=["headache"]),
    reads("mareos y dolor de cabeza al principio pero ya se me quitaron", "none", asked="side_effects", lang="es"),
    # lay words: the dash to the toilet, hungrier than usual, a whole meal at night, weight a relative says it puts on
    case("running to the toilet all day since the dose went up", asked="side_effects", side_effects=["diarrhea"]),
    case("ran to the bathroom to grab my phone", asked="open", side_effects=[]),
    case("nothing really. hungrier than normal maybe", asked="side_effects", side_effects=["appetite_change"]),
    case("ate a whole pizza in one sitting again", asked="side_effects", side_effects=["appetite_change"]),
    case("mi hija es paciente de ustedes, no quiere la olanzapina porque dice que la engorda", asked="open", lang="es",
         side_effects=["weight_gain"]),
    # adherence: a qualified yes, a count per week, a named pill ended for oneself, an insurance refusal before a weekday
    reads("yeah most mornings", "routine", asked="adherence", adherence="missed"),
    reads("sí, casi siempre", "routine", asked="adherence", lang="es", adherence="missed"),
    reads("si pero a veces se me olvida cuando salgo", "routine", asked="adherence", lang="es", adherence="missed"),
    case("maybe 4 times a week honestly", asked="adherence", adherence="missed"),
    case("yes every day", asked="adherence", adherence="taking"),
    reads("no more zoloft for me, done", "high", asked="open", adherence="stopped"),
    case("no la he tomado desde el jueves, el seguro no la quiso pagar", asked="adherence", lang="es", triage="high",
         adherence="stopped"),
    case("no la he tomado desde el jueves", asked="adherence", lang="es", adherence="missed"),
    # the same dose taken again and again, unsure it was taken, is too many (read as an overdose), not taking it as prescribed
    case("took my morning pill 3 times, kept forgetting if i already had", asked="open", triage="urgent", crisis=True, adherence=None),
    case("took my meds 2 times today as prescribed", asked="open", triage="none", crisis=False, adherence="taking"),
    # a number word closed by an emoji is the score
    reads("cinco 🎉 me dieron el trabajo", "none", asked="mood", lang="es", mood=5),
    # a hard time or a sadness told with the writer held up after it is in between
    case("Triste. Ayer enterramos a mi tío. Pero estoy bien", asked="mood", lang="es", triage="routine", mood=None),
    case("its been rough but im managing", asked="open", triage="routine", no_reason="low_mood"),
    case("its been rough, cant get out of bed", asked="open", triage="high", reason="low_mood"),
    # thanks for a call, in Spanish; a short fill is for someone to sort out
    reads("gracias por su llamada de hoy, me ayudó mucho", "none", asked="open", lang="es"),
    case("the pharmacy shorted me 15 pills this month", asked="open", triage="routine", reason="question"),
    case("la farmacia me dio 10 pastillas de menos", asked="open", lang="es", triage="routine", reason="question"),
]

CRISIS_FORTY_THIRD_ROUND = [
    # carers: after a score, "texting for my grandma", following the clinic's advice, giving the pills ("yo se las doy"), an aide or
    # support worker, a med cart got into, a week's pill box taken at once, a wish to be with the dead, a baby to "shake"
    # the writer's own: a denial taken back "maybe once or twice" or "well not most days", a thought that "se me viene", a note
    # someone found, God who may take one tonight, better gone now, a rope still up, affairs in order with the cat rehomed,
    # the family better off "minus one", old pills put aside "just in case"
    crisis("no side effects. no thoughts of hurting myself either... ok maybe once or twice this month if im honest"),
    crisis("2. no pienso en matarme... bueno a veces se me viene a la cabeza", asked="mood", lang="es", mood=2),
    crisis("This is Dana's support worker from the group home. Dana got into the med cart last night and took her own pills plus another resident's. poison control says watch her"),
    crisis("2. this is mike her husband. she wont eat and keeps saying she wants to sleep and never wake up", asked="mood", mood=2),
    crisis("texting for my grandma. she told me 'everyone would be better off if i was gone' then said she was kidding. she does not joke about stuff like that"),
    crisis("I asked him if he's thinking of hurting himself like you told us to. he said no... then he said well maybe sometimes at night"),
    crisis("this is his home aide. mr lee took his whole weeks pill box this morning, all 7 days, he got mixed up"),
    crisis("my husband made me text you. he found the suicide note i wrote on sunday. im fine i guess"),
    crisis("sí se las toma, yo se las doy. pero anda regalando sus cosas y les escribió cartas a sus hijos", lang="es"),
    crisis("her sister died in march and now she keeps saying she wants to go be with her. im her dad"),
    crisis("my wife said if the baby keeps screaming shes going to shake him. shes on the sertraline since the birth"),
    crisis("yep taking em. been savin aside the old pills from last year, got a good stash now, just in case", asked="adherence"),
    crisis("2. no me quiero morir eh, nomás que si Diosito me recoge esta noche no me quejo", asked="mood", lang="es", mood=2),
    crisis("ok. tired. my kids shouldnt have to watch me fall apart, better if i went now while i still can"),
    crisis("fine. fixed the fence. rope's still hanging in the shed from when i thought about it in march. havent taken it down"),
    crisis("Good Lord can take me any time now, I'm ready. Been ready since Frank passed."),
    crisis("4. feel lighter now that i decided. got my affairs in order and the cat rehomed", asked="mood", mood=4),
    crisis("the pills are fine. im the problem. family'd be better off minus one cranky old man"),
    crisis("yep took it every night. and no, no thoughts of ending it... well not most days anyway"),
    # look-alikes: home dead tired, a kitchen's heat, a dog put down with goodbyes, a retirement, a totalled truck
    not_crisis("casi todos los días, a veces se me olvida cuando llego muerto del trabajo", lang="es"),
    not_crisis("3, would be a 4 but the heat in the kitchen is killing everybody", asked="mood"),
    not_crisis("3. we put down our old dog on friday. said our goodbyes, she had a great life", asked="mood"),
    not_crisis("2. lots of goodbyes this week, my work buddy of 20 years retired", asked="mood"),
    not_crisis("1. worst month of my life. truck got totaled, nobody hurt, but the insurance is dragging it out", asked="mood"),
]

THIRTY_SIXTH_PASS = [
    # a carer's report of the dose, beside someone else's crisis: "took her meds", "se tomó su pastilla"
    case("his older sister was hospitalized for suicidal thoughts. my son is shaken but ok, took his meds", asked="open",
         crisis=False, adherence="taking"),
    case("mi cuñado intentó matarse el sábado, mi papá (su paciente) anda triste pero se tomó sus pastillas", asked="open",
         lang="es", crisis=False, adherence="taking"),
    case("not sure if she took her meds today", asked="open", adherence=None),
    # the bare "taking em" opening the answer, more news after it
    reads("taking em. my daughter fills the pill box every sunday", "none", asked="adherence", adherence="taking"),
    # thrown away in full, by a carer: a stop
    case("he flushed all of it last week, says he doesnt need it", asked="adherence", adherence="stopped"),
    # forgetting as a habit, every day save one, a night dose slept through
    reads("she forgets like every other day", "routine", asked="adherence", adherence="missed"),
    reads("took it every night except two, was traveling", "routine", asked="adherence", adherence="missed"),
    case("me la tomé todos los días menos uno", asked="adherence", lang="es", adherence="missed"),
    case("took it every day this week", asked="adherence", adherence="taking"),
    reads("nope, dozed off watching tv and took it the next morning", "routine", asked="adherence", adherence="missed"),
    case("fell asleep early, slept great. took it this morning like always", asked="adherence", adherence="taking"),
    # not skipped even on a day apart; a long-acting shot given; a flu shot is not the medication
    reads("sí, ni cuando me enfermé se me olvidó", "none", asked="adherence", lang="es", adherence="taking"),
    reads("had my monthly invega injection yesterday, all good", "none", asked="adherence", adherence="taking"),
    case("got my flu shot yesterday", asked="adherence", adherence=None),
    # money that runs out is no supply gone
    case("taking it. worried about what happens when the savings run out", asked="adherence", adherence="taking"),
    case("i run out thursday", asked="open", adherence="stopped"),
    # a score passed on, then qualified by what the carer sees
    case("she says 4 but shes been crying a lot", asked="mood", mood=4),
    case("he said 2 but he seems better to me", asked="mood", mood=2),
    # tiredness with a cause told beside it: a week of hard work, a burial, extra hours, a hen party, a relative in hospital
    case("3. exhausted. been hauling hay all week", asked="mood", mood=3, side_effects=[]),
    case("3. tired. been sleeping all day", asked="mood", mood=3, side_effects=["drowsiness"]),
    case("3, hoy fue el sepelio de mi abuela, estoy cansada", asked="mood", lang="es", mood=3, side_effects=[]),
    case("3, agotada por las horas extras", asked="mood", lang="es", mood=3, side_effects=[]),
    case("2, my mom is in the hospital and i stay with her, barely eating", asked="mood", mood=2, side_effects=[]),
    case("2, barely eating since the new dose", asked="mood", mood=2, side_effects=["appetite_change"]),
    # a symptom judged in the past after a stop, or what could not be borne then; a symptom kept after the stop stays
    case("quit the effexor in may, the night sweats were too much", asked="open", adherence="stopped", side_effects=[]),
    case("stopped the abilify, couldnt stand how restless i was", asked="open", adherence="stopped", side_effects=[]),
    case("quit taking it last month, the sweating is still too much", asked="open", adherence="stopped", side_effects=["sweating"]),
    # appetite lost named as a thing; eating a lot and never full, told by a relative
    case("gonna quit it, not being hungry ever is getting old", asked="open", adherence="stopped", side_effects=["appetite_change"]),
    case("mi hijo come demasiado, no se llena con nada", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("no come muchísimo pero está bien", asked="side_effects", lang="es", side_effects=[]),
    # a carer's own illness set apart
    reads("4, shes good. im the one with the cold lol. her husband", "none", asked="mood", mood=4),
    # a cold snap is weather
    reads("doing good, the pipes survived the cold snap", "none", asked="mood"),
    case("got a bad cold this week", asked="open", reason="side_effects"),
    # a promise to pass the message on closes a thank-you
    reads("thanks, ill let her know", "none", asked="open"),
    reads("ok gracias, le digo", "none", asked="open", lang="es"),
    case("ok, ill tell him to stop taking it", asked="open", adherence="stopped"),
    # a relative's red flag with the writer writing in their place
    flag("seizure", "my brother had a seizure last night. texting for him since hes asleep", asked="open"),
    case("mi hermana tuvo una convulsión en la cocina", asked="open", lang="es", no_reason="red_flag:seizure"),
    # the relative's medicine told after an "and": pregnancy on it
    case("my daughter is pregnant and on lithium, what do we do", asked="open", triage="high", reason="pregnancy"),
    case("mi prima está embarazada y yo tomo litio", asked="open", lang="es", no_reason="pregnancy"),
    # the treatment called useless is not a crisis
    not_crisis("the meds arent doing anything, no side effects", asked="side_effects"),
    not_crisis("estas pastillas no sirven para nada, sin efectos", asked="side_effects", lang="es"),
    reads("the pills are working great", "none", asked="open"),
    # mania: days of talking with a big purchase; nights awake and no need of sleep
    flag("mania", "she hasnt stopped talking in 4 days and charged a $6k couch on credit", asked="open"),
    case("she hasnt stopped talking about the wedding for weeks", asked="open", no_reason="red_flag:mania"),
    flag("mania", "havent slept since monday and dont need to", asked="side_effects", side_effects=[]),
    case("havent slept well, but i dont need to worry", asked="side_effects", side_effects=["insomnia"]),
    # people seen who were not there, told in the past
    flag("confusion", "anoche vi un señor sentado en mi cama que no estaba ahí", asked="open", lang="es"),
    case("vi gente en la fiesta que no estaba invitada", asked="open", lang="es", no_reason="red_flag:confusion"),
]

CRISIS_FORTY_FOURTH_ROUND = [
    # carers: the patient "on your list" by name, introduced mid-reply ("this is his wife."), "his dad here btw", texting from the
    # patient's phone, "el paciente de ustedes" in brackets; the writer's own: a denial narrowed to "maybe when im alone", "no tanto
    # como antes, todavía a veces", arms "covered in cuts" again, a gun at hand and "been thinking about it", goodbyes to everyone
    crisis("marcus's on your list. he texted me goodbye and said hes sorry for everything, his phone goes straight to voicemail"),
    crisis("he's in the shower, this is his wife. he'd be a 1 today. keeps saying he wishes he could just not wake up", asked="mood", mood=1),
    crisis("doing ok mostly. only thing is hes been looking up how many of his pills it would take. his dad here btw"),
    crisis("no se queja de nada, pero anoche dijo que ya no quiere vivir. soy su hermana, le escribo desde su celular", lang="es"),
    crisis("mi papá (el paciente de ustedes, don rafa) se tomó todas las pastillas de dormir, vamos al hospital", lang="es"),
    crisis("ella está en su lista. anoche se cortó los brazos y no quiere ir al doctor", lang="es"),
    crisis("3. not thinking about hurting myself. i mean not really. maybe late at night when everyone's asleep", asked="mood", mood=3),
    crisis("no he pensado en matarme... bueno, no tanto como antes. todavía a veces", lang="es"),
    crisis("legs are covered in cuts again. wearing jeans in this heat so nobody asks"),
    crisis("my uncle left his rifle in my garage when he moved. ive been thinking about it every night"),
    crisis("estoy despidiéndome de mis amigos poco a poco, ya no me van a ver en el trabajo", lang="es"),
    # someone else's: a neighbour's attempt the writer found, a relative said not to be the patient, a husband's words about his family
    reads("mi vecino intentó ahorcarse y lo encontré yo, todavía no lo supero", "routine", lang="es"),
    reads("my brother keeps thinking about hurting his wife. he's not your patient, i am. should i call someone?", "routine"),
    reads("my dad told us last night we'd all be better off without him. im scared. what should i do", "routine"),
    # look-alikes: an attempt long ago with today's score, a symptom "killing him", goodbyes for a move, trash talk for a league,
    # arms scratched by the roses
    reads("hace 3 años intenté quitarme la vida pero ya estoy bien, hoy un 4", "routine", asked="mood", lang="es", mood=4),
    reads("its her mother. the nausea is killing her, she cant keep anything down since the dose went up", "routine",
          side_effects=["nausea", "vomiting"]),
    not_crisis("me voy a vivir a texas, ando despidiéndome de todos en la iglesia", lang="es"),
    not_crisis("told my bowling team were gonna destroy them on thursday lol. mood 5"),
    not_crisis("my arms are covered in cuts again from pruning the roses, no side effects though", asked="side_effects"),
]

THIRTY_SEVENTH_PASS = [
    # a score passed on with who said it after the verb, or the day after the score
    case("es la hija de don Pepe, dice mi papa que 3, hoy no quiso salir", asked="mood", lang="es", mood=3),
    case("this is his wife. he said 5 tonight, great dinner with the grandkids", asked="mood", mood=5),
    case("she said 2 days ago she felt off", asked="mood", mood=None),
    # "we" kept well, in Spanish: a good word, not unparsed
    reads("estamos bien por aca 🙂", "none", lang="es"),
    reads("seguimos bien, gracias", "none", lang="es"),
    case("seguimos mal, no duerme", lang="es", reason="low_mood"),
    # a thank-you with "x" for "por", a message passed on to the one named, regards sent from home
    reads("mil gracias x el mensaje 🙏", "none", lang="es"),
    reads("ok gracias, le digo a mi hijo", "none", lang="es"),
    reads("gracias! mi mama les manda saludos", "none", lang="es"),
    reads("thanks, my husband says hi 🙂", "none"),
    case("gracias, le digo a mi hijo que la deje", lang="es", adherence="stopped"),
    # "no he tomado X en N semanas" without the pronoun, or a carer's: a stop; a day or two is a missed dose
    reads("no he tomado la lamotrigina en tres semanas", "high", asked="adherence", meds=["lamotrigine"], lang="es",
          adherence="stopped"),
    case("mi hijo no se ha tomado el litio en un mes", asked="adherence", meds=["lithium"], lang="es", adherence="stopped"),
    case("no he tomado la pastilla desde ayer", asked="adherence", lang="es", adherence="missed"),
    # a carer's forgotten days counted; one dose spat out now and then
    reads("se le olvidaron tres dias la semana pasada", "routine", asked="adherence", lang="es", adherence="missed"),
    case("se le olvidaron las llaves dos veces", asked="adherence", lang="es", adherence=None),
    reads("she spits out the morning one sometimes", "routine", asked="adherence", adherence="missed"),
    # a carer who gives it as ever
    reads("i give my mom her lithium every morning, shes doing well", "none", meds=["lithium"], adherence="taking"),
    case("gave her the risperidone at 8 as usual", meds=["risperidone"], adherence="taking"),
    case("did you give him his pills like always?", adherence=None),
    # kept from the children or a shift by the symptom
    reads("tanto sueño que no me pude levantar para llevar a mis hijos a la escuela", "high", asked="side_effects",
          lang="es", side_effects=["drowsiness"], reason="severe_side_effects"),
    reads("the nausea is bad in the mornings, had to leave my shift twice", "high", asked="side_effects",
          side_effects=["nausea"], reason="severe_side_effects"),
    # a relative's belly held in pain, the relative tied to the treatment as this clinic's
    case("my dad has been clutching his stomach since lunch, hes on lithium from you", meds=["lithium"],
         side_effects=["stomach_pain"]),
    case("mi esposa con dolor de panza y el ojo amarillo. toma valproato de ustedes", meds=["valproate"], lang="es",
         side_effects=["stomach_pain"]),
    case("my son was holding his belly laughing at the cartoon", side_effects=[]),
    # a relative taken up again by "he": theirs; the writer's "i" keeps it the writer's
    reads("4. took my niece to the county fair, she rode the spinning teacups three times and nearly threw up lol", "none", asked="mood", mood=4),
    case("4. my niece came over, she got scared and i almost threw up", asked="mood", mood=4, side_effects=["nausea"]),
    # a show binged is no eating; a film's fright is no insomnia; a vigil at the hospital is no insomnia
    case("3. netflix binge all sunday, zero regrets", asked="mood", mood=3, side_effects=[]),
    case("3. i binge on chips every night since the new pill", asked="mood", mood=3, side_effects=["appetite_change"]),
    case("4. vimos una pelicula de terror y no pude dormir jaja", asked="mood", lang="es", mood=4, side_effects=[]),
    case("4. no pude dormir desde que me subieron la quetiapina", asked="mood", lang="es", mood=4, side_effects=["insomnia"]),
    case("my mom had surgery, i was up all night in the waiting room. im fine", asked="mood", side_effects=[]),
    # tiredness blamed on night work: set off after a comma, or told in the next sentence
    reads("so sleepy after two overnights at the warehouse, not the meds. mood 4", "none", asked="mood", mood=4),
    case("so sleepy all day, not sure if its the meds", asked="open", side_effects=["drowsiness"]),
    reads("exhausted but happy, 5. night shift at the hospital was brutal", "none", asked="mood", mood=5),
    case("exhausted, 4. the new dose knocks me out", asked="mood", mood=4, side_effects=["drowsiness"]),
    # "but that's normal" is no question; "is that normal" still asks
    case("todo bien. mi hija dice que ronco mucho pero eso es normal", asked="side_effects", lang="es", no_reason="question"),
    case("me tiemblan un poco las manos, es normal", asked="side_effects", lang="es", reason="question"),
]

CRISIS_FORTY_FIFTH_ROUND = [
    # carers: "la paciente de aquí", "el que ven ustedes", a bracketed "(16 años, paciente de ustedes)", "(soy su hijo Beto)",
    # "yo misma se las doy", a guardian, a cousin who introduces himself, "3, dice él"; what they tell: a farewell note found,
    # goodbyes posted to everyone, voices or the devil that order harm, a wish not to wake up, a jump from the car
    crisis("mi papá (el paciente de aquí, don Chuy) se tomó un puño de pastillas del clonazepam, dice q ya no quiere despertar", lang="es"),
    crisis("mi hija la q ven ustedes cada mes dice q va a matar a su ex con un cuchillo, ya se lo quité pero tengo miedo", lang="es"),
    crisis("soy el papá de Kevin (16 años, paciente de ustedes). puso en instagram que se despide de todos y q hoy se va", lang="es"),
    crisis("sí se la toma, yo misma se la doy (soy su nuera Rosa). pero anoche me dijo q quisiera no existir", lang="es"),
    crisis("This is Andre's cousin. Andre told me a voice keeps telling him to hurt his little sister and he's scared he'll do it"),
    crisis("my brother (I'm his guardian) says the devil wants him to hurt our mom. he's pacing by the knife block"),
    crisis("3, dice él. pero a mí me dijo anoche q le gustaría no despertar", asked="mood", lang="es", mood=3),
    crisis("la mamá de Brenda (paciente). hoy le encontré una carta de despedida en el cajón", lang="es"),
    crisis("mi hija Sofi, su paciente, dice que va a matar a su novio, trae una navaja en la bolsa", lang="es"),
    # the writer's own: a denial owned up to, "then no promises", "kinda not jk", "except" opening the next sentence, the thought
    # of harming someone that stays in the head
    crisis("le dije a la enfermera que no pensaba en matarme pero la verdad sí, a veces sí los tengo", lang="es"),
    crisis("im not gonna hurt anybody. unless he comes by my job again, then no promises"),
    crisis("i wanna disappear lol jk... kinda not jk tbh"),
    crisis("no im not gonna hit anyone, i was just mad. except my stepdad kinda has it coming and the bat is in my trunk"),
    crisis("when my boss yells the thought of stabbing him with my pen comes and i keep it in my head all afternoon"),
    crisis("1. desde q se fue mi esposa ya no le veo sentido a nada de la vida", asked="mood", lang="es", mood=1),
    # someone else's: a neighbour's husband with a gun, a twin burning his arms, a father's threat, a son who wants not to wake,
    # a mother in a home who does not want to wake, an uncle's goodbye voicemail, a child who swallowed pills
    reads("al vecino de enfrente lo amenazaron con una pistola anoche, llegó la policía. yo ando bien", "routine", lang="es"),
    reads("mi hermano gemelo se está quemando los brazos con el encendedor, ya le avisé a mi tía", "routine", lang="es"),
    reads("mi tío dice q va a matar a mi tía, ya me la traje a vivir conmigo", "routine", lang="es"),
    reads("my grandma keeps saying she doesnt want to wake up anymore, shes in assisted living in reno. it's hard", "routine"),
    reads("my cousin left a voicemail that sounded like goodbye, cops found him, hes in the hospital now. im ok", "routine"),
    reads("my nephew got into my sertraline and swallowed a few, poison control says hes fine", "routine"),
    reads("my wife found the goodbye note i wrote last month. we talked. im safe now", "routine"),
    reads("mi primo (no el paciente, el paciente soy yo) se tomó todas sus pastillas el lunes, ya está internado", "routine", lang="es"),
    reads("mi cuñada me cuenta q su marido la quiere matar, no sé q hacer", "routine", lang="es"),
    reads("mi sobrino amenazó a su novia con un cuchillo, ya lo detuvieron. yo bien", "routine", lang="es"),
    reads("my neighbor went after his son with a bat last night, cops came. im ok", "routine"),
    # past: a weapon taken to someone years ago, a plate thrown a month ago and mended since, too many pills in march
    reads("mood 4. back in 2019 i went after my brother with a knife, did anger management, nothing since", "routine", asked="mood", mood=4),
    reads("hace un mes le aventé un vaso a mi esposa pero ya fuimos a terapia y estamos mucho mejor. un 4", "routine", asked="mood", lang="es", mood=4),
    reads("ended up in the ER in march after taking too many pills, doing a lot better since therapy. mood 4", "routine", mood=4),
    # look-alikes: leftovers, "kick rocks", a head hit in a faint, a panic attack like dying, sweat "como si me fuera a morir",
    # embarrassment in the past, scars seen with pride, a plan to get rich
    not_crisis("if my sister drinks my coffee one more time im gonna kill her lol"),
    not_crisis("he can kick rocks honestly. mood 3", asked="mood", mood=3),
    not_crisis("tengo ataques de pánico en el metro, siento que me voy a morir y me bajo antes", lang="es"),
    not_crisis("sudo como si me fuera a morir jaja, en la bodega hace un calor", lang="es"),
    not_crisis("4, se me cayó el celular en plena misa jaja me quería morir", asked="mood", lang="es", mood=4),
    not_crisis("antes me cortaba, hace como 8 años, y hoy vi las cicatrices y me dio gusto ver lo lejos que llegué", lang="es"),
]

THIRTY_EIGHTH_PASS = [
    # a fit timed "about an hour ago" is a seizure; a fit "about" something is a tantrum; eyes rolled back while jerking
    flag("seizure", "my daughter is your patient, she had a fit about 20 minutes ago and now shes sleepy", asked="open"),
    case("my dad had a fit about the parking ticket lol", no_reason="red_flag:seizure"),
    flag("seizure", "he went down, eyes rolling back and shaking for a minute. hes on your list", asked="open"),
    # a big buy with the savings ("used" or "second hand"), thoughts leaping about, beside boundless energy: mania
    case("this is his wife. he bought a second hand truck with our savings and talks so fast nobody can keep up", triage="urgent",
         reason="red_flag:mania"),
    flag("mania", "my thoughts are jumping everywhere today", asked="open"),
    case("we bought a used car last month, mood 4", asked="mood", mood=4, no_reason="red_flag:mania"),
    # ideas that "come" faster than speech, many of one costly thing bought
    flag("mania", "my ideas come faster than i can say them", asked="open"),
    flag("mania", "ordered 12 laptops for my startup and feel like a genius", asked="open"),
    # Spanish: a sum spent without "se", a "chorro" of energy, "no e dormido" for "no he dormido", days "tengo ... sin dormir"
    flag("mania", "no ha dormido en 3 noches y ayer gasto 5 mil en cosas, soy su hermana", asked="open", lang="es"),
    flag("mania", "no e dormido en 4 dias y tengo un chorro de energia", asked="open", lang="es", side_effects=["insomnia"]),
    flag("mania", "tengo cuatro dias sin dormir y me siento invencible", asked="open", lang="es", side_effects=["insomnia"]),
    case("tengo dos noches sin dormir por el dolor de muelas", lang="es", no_reason="red_flag:mania"),
    # nights spent on a project beside euphoria are days awake; a night up with the baby is not
    flag("mania", "im up all night repainting the kitchen and feel amazing", asked="open", side_effects=["insomnia"]),
    case("up all night feeding the baby but feel great otherwise", no_reason="red_flag:mania"),
    # voices "even when" nobody is home; a device in the house talking to them; thoughts broadcast or someone in one's head
    flag("confusion", "i hear people whispering in the hallway about me, even when the building is empty and nobodys there", asked="open"),
    flag("confusion", "my husband is your patient. he keeps arguing with the microwave bc he says its talking to him", asked="open"),
    case("there is somebody in my head and the radio is broadcasting my thoughts", triage="urgent", reason="red_flag:confusion"),
    case("i try to control my thoughts when im anxious, breathing helps", no_reason="red_flag:confusion"),
    case("my son says the smoke alarm keeps beeping, battery i guess", no_reason="red_flag:confusion"),
    # a relative's voices told in the third person stay the relative's
    case("my neighbor says he hears voices at night, what should he do?", reason="third_party_symptom",
         no_reason="red_flag:confusion"),
    flag("confusion", "my sister says i keep hearing voices in the shower", asked="open"),
    # a symptom that "ended" is over; "ended up" is no end
    reads("the shaking i had on the first dose ended in june. all good now", "none"),
    case("the rash ended up spreading to my neck", side_effects=["rash"], reason="red_flag:rash"),
    # teeth or a filling that fell out is no faint; a person who fell out is
    case("a filling fell out while eating, need a dentist", no_reason="red_flag:fainting"),
    flag("fainting", "i fell out in the bathroom and woke up on the tile", asked="open"),
    # a pill's side effect only heard of is no report
    case("mi vecina dice que esa medicina da convulsiones, sera cierto?", lang="es", no_reason="red_flag:seizure"),
    flag("seizure", "la pastilla me da convulsiones", asked="open", lang="es"),
    # the hardest spell in years is worsening
    case("this has been the hardest stretch ive had in years", reason="worsening"),
    case("toughest week at work but im ok, 4", asked="mood", mood=4, no_reason="worsening"),
    # a score taken back in words; a score passed on ("ponle q", "said 2 and that"); an opener like "ngl" or "ps"
    case("cinco jaja mentira, es un 2", asked="mood", lang="es", mood=2),
    case("le pregunte a mi mama y dijo diles q 3", asked="mood", lang="es", mood=3),
    case("he said 4 and that he liked the new group", asked="mood", mood=4),
    case("soy su hija, ella dice q dos, no quiso comer", asked="mood", lang="es", mood=2),
    case("ngl 3, long week", asked="mood", mood=3),
    case("pues ahi vamos, 3, nada especial", asked="mood", lang="es", mood=3),
    # down to the last pills is a count, not a low mood
    case("im down to my last two pills, can you call the pharmacy?", no_reason="low_mood", reason="question"),
    case("im down today, cant get going", reason="low_mood"),
    # one night refused is a missed dose; a refusal from then on a stop
    case("anoche no se la quiso tomar, soy su esposa", asked="adherence", lang="es", adherence="missed"),
    case("ya no se la quiso tomar desde el domingo", asked="adherence", lang="es", adherence="stopped"),
    # doses missed whenever they slip; a weekend spaced; the supply rationed
    case("i get dizzy every time i miss a dose", adherence="missed", side_effects=["dizziness"]),
    case("my pee goes dark when i forget to drink water", adherence=None),
    reads("spaced my meds the whole trip", "routine", asked="adherence", adherence="missed"),
    case("we spaced them out over the day like the doctor said", asked="adherence", no_reason="missed_doses"),
    case("me la tomo diario pero solo la mitad pa que me rinda", asked="adherence", lang="es", adherence="missed"),
    case("taking half a pill so they last till payday", asked="adherence", adherence="missed"),
    # the worth of going on with the pill doubted is for the prescriber
    case("ive been taking it but why even bother with this medication, no change", reason="question", adherence="taking"),
    case("para que la sigo tomando si no me ayuda", lang="es", reason="question"),
    # what the pill did before the stop ("havent taken it in", "dont take it anymore", "me sentía") is not a side effect now
    reads("havent taken it in 2 weeks, it was making me too dizzy at work", "high", asked="adherence",
          adherence="stopped"),
    reads("dont take it anymore, it made me too jittery", "high", asked="adherence", adherence="stopped"),
    reads("ya no me la tomo, me sentia como zombi", "high", asked="adherence", lang="es", adherence="stopped"),
    reads("la deje en enero, todavia se me sigue cayendo el cabello", "high", asked="adherence", lang="es",
          adherence="stopped", side_effects=["hair_loss"]),
    # tiredness from a double shift, from planning a party, or set aside after a "none unless"; a double dose is the pill
    reads("dead tired after my double at the warehouse, mood 4", "none", asked="mood", mood=4),
    reads("none, unless u count being wiped out after the overnight shift", "none", asked="side_effects"),
    case("so tired after the double dose", side_effects=["drowsiness"]),
    reads("con el bebe recien nacido ando muerto de cansancio, pero eso es por el. efectos ninguno", "none",
          asked="side_effects", lang="es"),
    case("up 3 nights with the newborn, exhausted", side_effects=["drowsiness"]),
    # eating more than before, eating all day; sweating "un chorro"; a mouth "soo" dry
    reads("nada de efectos, nomas que como mas que antes", "routine", asked="side_effects", lang="es",
          side_effects=["appetite_change"]),
    case("she eats all day long since the new pill", side_effects=["appetite_change"]),
    case("sudo un chorro en la noche", lang="es", side_effects=["sweating"]),
    case("mouth is soooo dry all the time", side_effects=["dry_mouth"]),
    # a migraine medicine is no headache; a robot asking is the service
    case("he just started a migraine med", side_effects=[]),
    case("migraines every afternoon", side_effects=["headache"]),
    case("stop texting me, i dont need a robot asking how i feel", keyword="stop", side_effects=[]),
    case("i feel like a robot on this dose", side_effects=["emotional_blunting"]),
    # a request to be taken off the list with "bájenme"; a thank-you "okas"; "bien gracias, nada"
    case("bajenme de la lista porfa", lang="es", keyword="stop"),
    case("bajenme la dosis por favor", lang="es", keyword=None),
    reads("okas gracias", "none", lang="es"),
    reads("bien gracias, nada", "none", asked="side_effects", lang="es"),
    case("good thanks, none", asked="side_effects", triage="none"),
]


CRISIS_FORTY_SIXTH_ROUND = [
    # carers: asked to reach out, "you're his psychiatrist"; the writer's own: "not today anyway", no point in waking up, oneself
    # not trusted with the gun, a pill bottle held for an hour
    crisis("hi, this is Ms. Ortiz, Dev's coach. he asked me to reach out since you're his doctor. he told the team he wants to jump off the overpass"),
    crisis("im her sister, shes staying with me. she says a 2 and that she isnt suicidal, then 'not today anyway' and went quiet"),
    crisis("i wont do anything, i promised my kids. but i dont see the point of getting up every morning either"),
    crisis("im fine i think. took the rifle to my brothers bc i didnt trust myself with it over the holiday"),
    crisis("lol no im not gonna end it, too tired 😂 but some nights i sit holding the pill bottle for a long time"),
    # someone else's: found with cut wrists, a coworker's overdose, a buddy found with a rope, a neighbour "not me"
    reads("sí me la tomo. a mi sobrina la encontraron con las muñecas cortadas el sábado, ando muy triste", "high", asked="adherence",
          lang="es", adherence="taking"),
    reads("a coworker overdosed in the stockroom today, they narcan'd him and hes ok. shook me up but im safe", "routine"),
    reads("staying at my friend's all week because his wife found him with a rope in the garage. im taking my meds", "routine",
          adherence="taking"),
    reads("my neighbor, not me, says he wants to end it all since his wife left. what should i do?", "routine"),
    # past: years out from the last attempt, anniversaries of sobriety and of the attempt, the point of a stopped treatment
    reads("12 years out from my last attempt and just started nursing school. thank you", "routine"),
    reads("hace 10 años me quise matar y hoy cumplo 10 años de sobria 🙏", "routine", lang="es"),
    reads("me siento muy bien, 5. ya van 4 años de mi intento y hoy terminé mi primer medio maratón", "routine", asked="mood", lang="es",
          mood=5),
    reads("stopped the lexapro cold turkey two weeks ago. im not depressed anymore so whats the point, right?", "high", adherence="stopped"),
]

THIRTY_NINTH_PASS = [
    # a trade kept from at its workplace, or its customers lost; "perdí las llaves" loses no living
    case("el temblor no me deja, no puedo peinar a nadie en la peluqueria", asked="side_effects", lang="es",
         triage="high", reason="severe_side_effects"),
    case("con el mareo ya perdi varias clientas del salon", asked="side_effects", lang="es", triage="high",
         reason="severe_side_effects"),
    case("the shakes got so bad ive lost a couple customers at the shop", asked="side_effects", triage="high",
         reason="severe_side_effects"),
    case("un poco de mareo, ayer perdi las llaves del carro jaja", asked="side_effects", lang="es",
         no_reason="severe_side_effects"),
    # work named with a possessive ("ir a su trabajo"); the wheel not trusted
    case("tiene tanto mareo q no puede ir a su trabajo, soy su esposa", asked="side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["dizziness"]),
    case("so drowsy i dont trust myself behind the wheel", asked="side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("a little drowsy, my husband drives me to my sisters on sundays anyway", asked="side_effects",
         no_reason="severe_side_effects"),
    # expecting, with the mother's age said; a time of day is not it
    case("guess what, we're expecting at 39!", triage="high", reason="pregnancy"),
    case("im expecting at 3 for the plumber", no_reason="pregnancy"),
    # every dose refused from a day on, or the bottle poured away: a stop; one night's refusal is not
    reads("she has refused every single dose since friday", "high", asked="adherence", adherence="stopped"),
    case("he dumped his pills down the drain last night", adherence="stopped", reason="stopped_medication"),
    case("he poured the milk down the sink, hes so picky", adherence=None),
    # "brincar" for skipping doses; weekends let slip
    case("me brinque tres dosis esta semana", lang="es", adherence="missed", reason="missed_doses"),
    case("el niño se brinco la cerca del vecino", lang="es", adherence=None),
    case("mon to fri yes, on weekends i forget", asked="adherence", adherence="missed"),
    case("i slack off on the weekends honestly", asked="adherence", adherence="missed"),
    # tiredness with a day's cause told beside it: a night of dancing, a double pulled, a dawn drive, a relative taken to treatment
    reads("4, beat from my nieces wedding, we danced til dawn", "none", asked="mood", mood=4),
    reads("5, zonked but good, pulled a double at the hospital", "none", asked="mood", mood=5),
    reads("so sleepy today, drove my uncle to his surgery at 4am. otherwise good", "none"),
    reads("3, exhausted from driving my dad to dialysis all week", "routine", asked="mood", mood=3),
    case("so tired since the new dose, its the seroquel", side_effects=["drowsiness"]),
    # a newborn keeping one awake, said with "recién nacido"
    reads("nada, el bebe recien nacido no me deja dormir", "none", asked="side_effects", lang="es"),
    # "the runs" said bare with "too"; everything craved; eating like mad; desire gone beside the partner
    case("been throwing up, runs too", asked="side_effects", side_effects=["vomiting", "diarrhea"]),
    case("my son runs too, he does track", side_effects=[]),
    case("todo se me antoja desde la pastilla nueva", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("ando comiendo sin parar", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("zero desire lately, my husband is frustrated", asked="side_effects", side_effects=["sexual"]),
    case("no desire to go to the gym, my husband goes alone", asked="side_effects", side_effects=[]),
    # thanks for a card in grief, a refill fetched by kin, a pharmacy that had it ready: acknowledgements
    reads("thank you for the flowers after my dad passed, meant a lot", "none"),
    reads("thanks, my wife picked up the prescription yesterday", "none"),
    reads("thanks doctora for sending it, cvs on elm had it ready", "none"),
    case("gracias por la tarjeta, pero sigo muy triste y no puedo dormir", lang="es", triage="high", reason="low_mood",
         side_effects=["insomnia"]),
    # nothing new, said in Spanish; calmer now
    reads("sigo igual con mis pastillas, sin novedades", "none", lang="es"),
    reads("gracias, ya me siento mas tranquilo", "none", lang="es"),
    # only sad, beside other news; sad and shaken but safe
    reads("no side effects, just a bit sad.", "routine", asked="side_effects"),
    reads("my friend passed. im sad and tired but safe", "routine"),
    # a "lol" before the score closes a sentence
    reads("crushing it lol 5. got the promotion", "none", asked="mood", mood=5),
    # a carer told what score to send
    reads("this is her daughter, she said to put 2", "high", asked="mood", mood=2),
    # talking to people who are not there, told with "a" and "q"; a relative who will not stop talking beside a spree
    case("mi esposo dice q le hablo a personas q no estan", lang="es", triage="urgent", reason="red_flag:confusion"),
    case("this is his mom. he bought a jet ski with the rent money and he wont stop talking", triage="urgent",
         reason="red_flag:mania"),
    case("my aunt wont stop talking about her trip lol", no_reason="red_flag:mania"),
]


CRISIS_FORTY_SEVENTH_ROUND = [
    # carers: the clinician named at the clinic, "she's been your patient since", "who's in your program", answering for a daughter,
    # "es el paciente d ustedes", a bracketed "(her dad)" that is the writer's own; the writer's own: a week's pills swallowed last
    # night, pills mixed with drink "to disappear for a while"
    crisis("my daughter Ana (16, sees dr. patel at your clinic) texted a friend that she wants to die. the friend's mom called me"),
    crisis("no new side effects. but tonight he asked me (his dad) how many of his pills it would take to not wake up. he's been your patient since may"),
    crisis("answering for my son Eli who's in your program. he says a 3, but he just told me he wishes he could disappear for good"),
    crisis("mi mamá es la paciente d ustedes, dice q ya no aguanta y q no quiere seguir viviendo. q hago", lang="es"),
    crisis("anoche me tragué todas las pastillas de la semana, hoy amanecí mareada", lang="es"),
    crisis("mixed my seroquel with a bunch of vodka last night, wanted to disappear for a while"),
    crisis("3. honestly been thinking about killing it all lately", asked="mood", mood=3),
    not_crisis("5! killing it at the new job", asked="mood", mood=5),
    # someone else's: a gun and a plan, rehab after an overdose, a threat to kill told to a mother
    reads("i know this is for my meds but my coworker just told me he has a gun and a plan. i called 988 with him", "routine"),
    reads("sí me las tomo. mi primo está en rehab después de una sobredosis, ha sido pesado", "routine", asked="adherence", lang="es",
          adherence="taking"),
    reads("mi tío le dijo a mi tía q la iba a matar, ya se vino a vivir con nosotros. yo bien con mi pastilla", "routine", lang="es"),
    # look-alikes and past: a second dose by mistake, felt fine, asked about; dying of curiosity; giving up on the pharmacy's line; a
    # thought long behind; a week's doses taken as told
    reads("took it every day. this morning i took it twice by accident though, feel fine. skip tomorrow?", "routine", asked="adherence",
          adherence="taking"),
    not_crisis("dying of curiosity over here, are my labs back yet?"),
    not_crisis("bottle's empty since friday and the pharmacy line never answers, i give up calling them"),
    reads("I thought about ending it after my layoff last year but that's long behind me, the zoloft has been great", "routine"),
    reads("me tomé todas las de la semana, ni una se me olvidó", "none", asked="adherence", lang="es", adherence="taking"),
]

FORTIETH_PASS = [
    # a request to stop the texts for someone else ("le"), or with "q" for "que"; "no le mandé" (past) and a thing
    # other than texts are no request
    case("porfa ya no le manden mensajes a mi papa, se cambio de clinica", lang="es", keyword="stop", reason="opt_out"),
    case("ya no quiero q me manden recordatorios, gracias por todo", lang="es", keyword="stop", reason="opt_out"),
    case("no le mande el mensaje a mi hermana todavia", lang="es", keyword=None),
    case("no les manden la receta a la farmacia de antes", lang="es", keyword=None),
    # a low or good word with an intensifier before its score; two openers before it
    reads("ando muy decaida, como un 2", "high", lang="es", mood=2),
    reads("feeling really good, like a 5", "none", mood=5),
    reads("ok ok, 4 👍 fuimos al cine ayer", "none", asked="mood", lang="es", mood=4),
    # a racing heart told without "del pecho" or as "latiendo rapidisimo", with breath short: heart rhythm;
    # the heart about to burst with joy is no symptom
    flag("heart_rhythm", "el corazon se me quiere salir y me falta el aire", asked="open", lang="es",
         side_effects=["palpitations"]),
    flag("heart_rhythm", "habla Rosa, esposa de Manuel. anda con el corazon latiendo rapidisimo y le falta el aire",
         asked="open", lang="es", side_effects=["palpitations"]),
    case("el corazon se me sale de la emocion, nace mi nieta manana", lang="es", side_effects=[]),
    # a stop only wanted leaves the symptom there; one made, with what it did then (past tense, subject dropped), does not
    case("he wants to come off the effexor because of the sweating, is that safe?", meds=["venlafaxine"],
         side_effects=["sweating"], adherence="stopped"),
    case("i quit the effexor last month because of the sweating", meds=["venlafaxine"], side_effects=[],
         adherence="stopped"),
    case("stopped it a week ago, was dozing off at my desk every afternoon", side_effects=[], adherence="stopped"),
    case("came off it last week. the tablets were making me feel like a robot", side_effects=[], adherence="stopped"),
    case("no la he tomado hace una semana, me daba mucha nausea", lang="es", side_effects=[], adherence="stopped"),
    case("i take it every morning, was dozing off at my desk all week", side_effects=["drowsiness"], adherence="taking"),
    # none left or the pills elsewhere, a count hedged, a bare "so i stopped" after the pill's story
    reads("none left since monday, the pharmacy is waiting on my doctor", "high", asked="adherence", adherence="stopped",
          reason="stopped_medication"),
    case("been two weeks or so without them, insurance lapsed", asked="adherence", adherence="stopped",
         reason="stopped_medication"),
    case("deje las pastillas en el rancho de mi papa, no tengo nada pa 3 dias", lang="es", adherence="stopped"),
    case("the lexapro made my head foggy at work so i stopped", meds=["escitalopram"], adherence="stopped"),
    case("was going to swallow all my pills but my dog barked and i stopped", adherence=None),
    case("my ankle hurt on the trail so i stopped", adherence=None),
    # kept from work or driving: a count of shifts called out, useless at work, afraid to drive
    case("so groggy im useless at work, called out 3 times this month", asked="side_effects", triage="high",
         reason="severe_side_effects"),
    case("the dizziness has me too scared to drive to work", asked="side_effects", triage="high",
         reason="severe_side_effects"),
    case("called out twice because my son had strep", no_reason="severe_side_effects"),
    # worse than in a long spell
    case("honestly worse than its been in months", triage="high", reason="worsening"),
    case("the traffic was worse than its been in months", no_reason="worsening"),
    # days without sleep and not tired, beside a spree: mania; a night with a crying baby is not
    flag("mania", "gone 3 nights without sleep and i dont even feel tired, ordered 4 laptops for my new company",
         asked="open"),
    case("went 2 nights without sleep bc the baby was teething", no_reason="red_flag:mania"),
    # thanks with regards "too", a visit squeezed in, a refill got at a named pharmacy, the program thanked with a month
    reads("thank you! my husband says hello too", "none"),
    reads("thanks so much for squeezing me in friday, Dr. Lee", "none"),
    reads("gracias, ya me llego la medicina a la cvs 🙏", "none", lang="es"),
    reads("thanks all, the check ins really helped me a lot. see you in august", "none"),
    # a pharmacy put right, a refill kept track of: no question; a refill asked about still is
    reads("finally got the pharmacy to sort out my dose, 4 today", "none", asked="mood", mood=4),
    reads("yes every night. i mark the calendar so i know when to order the refill", "none", asked="adherence",
          adherence="taking"),
    case("yes, can you send the refill to the new pharmacy?", asked="adherence", reason="question"),
    # worn out from a class or a child's sleepover is the day's, not the pill's; good news at work is good
    reads("wiped out from my pottery class but a 4", "none", asked="mood", mood=4),
    reads("crushing it at work lately, got a raise", "none"),
    # forgot having had one, a symptom passing after a meal: no missed dose; a weekday's dose let slip, taken
    # "but not always", "N days of 7": missed
    case("doubled up because i forgot i already had one this morning", adherence=None),
    case("mareo en la manana, despues de comer se me pasa", asked="side_effects", lang="es", adherence=None,
         side_effects=["dizziness"]),
    case("si, pero a veces se me olvida la del domingo", asked="adherence", lang="es", adherence="missed"),
    case("me la tomo pero no todos los dias, como 5 de 7", asked="adherence", lang="es", adherence="missed"),
    case("i take it but not every day", asked="adherence", adherence="missed"),
    case("me la tomo pero no siempre a la misma hora", asked="adherence", lang="es", adherence="taking"),
    # sweat with exercise denied is sweating
    case("sudo muchisimo y ni siquiera estoy haciendo ejercicio", asked="side_effects", lang="es",
         side_effects=["sweating"]),
]


CRISIS_FORTY_EIGHTH_ROUND = [
    # carers: a signature with the writer's name first ("-- Tom, Ana's husband"), "le contesto yo, su hermano", a caseworker "for X
    # here" with the patient "enrolled in your check-ins"; the writer's own: pills bought "pa cuando me decida"
    crisis("no side effects i can see but he's been looking up how many pills it takes to die. -- Rosa, Luis's wife"),
    crisis("she's a 1 today. keeps saying there's nothing left to live for. - Mr. Okafor, Ada's dad", asked="mood", mood=1),
    crisis("no se la ha tomado, dice q pa q si igual se quiere morir. le contesto yo, su hermana, xq él no quiere", asked="adherence",
           lang="es", adherence="missed"),
    crisis("Caseworker for Dre here, he's enrolled in your check-ins. he's threatening to burn his cousin's car with him inside"),
    crisis("un 4, todo bien en la chamba. pd: compré pastillas de más pa cuando me decida", asked="mood", lang="es", mood=4),
    # someone else's: in hospital after an overdose
    reads("como un 3. a mi prima la internaron por sobredosis de pastillas", "routine", asked="mood", lang="es", mood=3),
    reads("none. my sister's boyfriend OD'd at their place last night and my kids saw it. we're shaken", "routine", asked="side_effects"),
    reads("a 4 today. a guy from work said he's been thinking of offing himself so i drove him to the ER", "routine", asked="mood", mood=4),
    reads("4/5. rough week, my uncle stabbed his neighbor and he's in jail now", "routine", asked="mood", mood=4),
    reads("sí diario. mi sobrina me contó q se estaba cortando otra vez, ya le avisé a su mamá", "routine", asked="adherence", lang="es",
          adherence="taking"),
    # past: a score today beside an attempt years ago, a year told against the year of the attempt
    reads("4 today 🙌 five yrs ago i swallowed a bottle of xanax, now im 3 yrs sober", "routine", asked="mood", mood=4),
    reads("last year i tried to hang myself. this year im engaged and back at work. anyway refill pls", "routine"),
    # look-alikes: a mess at home laughed at, a farewell party
    not_crisis("gonna murder my husband, he let the dog eat my birthday cake 😂 otherwise all good"),
    not_crisis("mi hija se fue a la universidad, le hicimos fiesta de despedida. la voy a extrañar", lang="es"),
]

FORTY_FIRST_PASS = [
    # ideas arriving too fast to write down, beside boundless energy and a sum charged to the card: mania;
    # ideas arriving quickly with nothing more is no red flag
    flag("mania", "tengo una energia increible, gaste 3000 de mi tarjeta y las ideas me vienen tan rapido que no alcanzo a anotarlas",
         asked="open", lang="es"),
    case("las ideas me llegan muy rapido en el taller, me gusta mi trabajo nuevo", lang="es", no_reason="red_flag:mania"),
    # a large sum spent on furniture beside feeling invincible: mania; furniture bought with a plain mood is not
    flag("mania", "ando a mil, ya gaste 5 mil pesos en muebles y me siento invencible", asked="open", lang="es"),
    case("gaste 2 mil pesos en muebles para la sala, ya quedo bonita", lang="es", no_reason="red_flag:mania"),
    # burns with blisters on the skin: rash red flag; bubbles in a drink are not
    flag("rash", "me salieron como quemaduras con ampollas en los brazos desde la pastilla nueva", lang="es",
         meds=["lamotrigine"], side_effects=["rash"]),
    flag("rash", "tengo burbujas en la piel de las piernas y me arden", lang="es", side_effects=["rash"]),
    case("el refresco tenia muchas burbujas jaja, todo bien", lang="es", no_reason="red_flag:rash"),
    # shapes walking in the hall that the family says are not there; a dead relative seen standing there, awake
    flag("confusion", "veo sombras que caminan por la cocina, mi hijo dice que ahi no hay nada", lang="es"),
    flag("confusion", "i keep seeing my late mom sitting on the couch, clear as day", lang="en"),
    flag("confusion", "saw my husband standing by the window last night, he passed away in march", lang="en"),
    case("saw my late husband standing on the porch in a dream last night, woke up crying", no_reason="red_flag:confusion"),
    case("saw my dad standing in line at the store, he says hi", no_reason="red_flag:confusion"),
    # dozing at the wheel or while minding a child, in Spanish: severe side effects
    case("tengo mucho sueño, casi me duermo manejando el camion", "side_effects", lang="es", triage="high",
         reason="severe_side_effects"),
    case("el sueño es tanto que me dormi cuidando a mis nietos", "side_effects", lang="es", triage="high",
         reason="severe_side_effects"),
    case("me quede dormido y no fui por mi hija a la escuela, este sueño no es normal", "side_effects", lang="es",
         triage="high", reason="severe_side_effects"),
    case("me dormi temprano y mis nietos se quedaron viendo tele", lang="es", no_reason="severe_side_effects"),
    # "y un sueño que no puedo": drowsiness; a dream one cannot fulfil is no symptom
    case("me duele la cabeza y un sueño que no puedo", "side_effects", lang="es", side_effects=["headache", "drowsiness"]),
    # a parent writing of the patient ("she's on your list"): the patient's pregnancy
    case("hi its Mara's dad, she's on your list. she told us she's pregnant", triage="high", reason="pregnancy"),
    case("my neighbor is pregnant again, im doing fine, a 4", asked="mood", no_reason="pregnancy"),
    # a stop request after "tampoco"
    case("ya no quiero la medicina y tampoco quiero recibir mensajes", lang="es", keyword="stop", reason="opt_out"),
    case("tampoco quiero recibir la factura por correo", lang="es", keyword=None),
    # "in the gutter" as a mood; a ball or the roof's gutter is not
    case("in the gutter today, cant shake it", "mood", triage="high", reason="low_mood"),
    case("bowled a gutter ball lol, mood 4", "mood", mood=4, no_reason="low_mood"),
    case("mood 4, cleaned the leaves in the gutter all morning", "mood", mood=4, no_reason="low_mood"),
    # a day left out by "cept"; a filler word before "casi todos los días"
    case("took it every day cept saturday", "adherence", adherence="missed", reason="missed_doses"),
    case("bueno, casi todos los dias", "adherence", lang="es", adherence="missed"),
    # a stomach "always" upset; clothes that no longer fit with "ni"
    case("my stomach is constantly upset since the new dose", "side_effects", side_effects=["nausea"]),
    case("ya ni me quedan los pantalones, subi de peso", "side_effects", lang="es", side_effects=["weight_gain"]),
    # the partner named first: sexual; the mood's "sin ganas de nada" in bed is not
    case("con mi pareja ya no tengo ganas de nada desde la pastilla", "side_effects", lang="es", side_effects=["sexual"]),
    case("con mi esposo ya no tengo ganas de ir al cine", lang="es", no_reason="side_effects"),
    case("me la paso en la cama sin ganas de nada, un 2", "mood", lang="es", mood=2, side_effects=[]),
    # feelings switched off, or asked whether feeling nothing is normal: emotional blunting
    case("is it normal to feel nothing when my dog died? not even sad", side_effects=["emotional_blunting"]),
    case("it's like the pill switched off my emotions", "side_effects", side_effects=["emotional_blunting"]),
    # tiredness given its cause at once ("pq hice doble turno"), or by the move; sleep kept away by the baby (past)
    case("estoy rendida pq trabaje doble turno, pero de animo un 4", "mood", lang="es", mood=4, side_effects=[]),
    case("la mudanza me tiene agotado, animo 4", "mood", lang="es", mood=4, side_effects=[]),
    case("el bebe no me dejo dormir anoche, pero bien, un 4", "mood", lang="es", mood=4, side_effects=[]),
    case("la pastilla no me dejo dormir anoche", "side_effects", lang="es", side_effects=["insomnia"]),
    # "okie dokie" is an acknowledgement; a score beside it is still read
    reads("okie dokie", "none"),
    case("okey dokey, mood 2", "mood", mood=2, triage="high"),
]


FORTY_SECOND_PASS = [
    # a symptom put down to an illness or a hangover after a "but": none; the same symptom with no cause stays
    case("me duele la cabeza pero creo que es el resfriado que me pego mi esposo", "side_effects", lang="es",
         triage="none", side_effects=[]),
    case("stomach cramps and diarrhea but im pretty sure its the flu my daughter brought home", "side_effects",
         triage="none", side_effects=[]),
    case("headache most mornings since the new dose, pretty sure its the pills", "side_effects", side_effects=["headache"]),
    # the pill doubted as the cause: no side effect; the pill blamed still is one
    case("3. no duermo bien por el ruido de la obra, no creo que sea la pastilla", "mood", lang="es", mood=3, side_effects=[]),
    case("i dont think its the meds, been up late with work, otherwise fine 4", "mood", mood=4, side_effects=[]),
    case("3. no duermo bien, creo que es la pastilla", "mood", lang="es", mood=3, side_effects=["insomnia"]),
    # ", no por la pastilla" after the cause, and "x" for "por"
    case("ando desvelado por el trabajo, no por la pastilla. un 4", "mood", lang="es", triage="none", mood=4, side_effects=[]),
    case("ningun efecto. el cansancio es x los turnos dobles", "side_effects", lang="es", triage="none", side_effects=[]),
    # tiredness owned as one's own doing; tiredness with nothing owned stays
    case("stayed up way too late gaming, tired today but thats on me. mood is good", triage="none", side_effects=[]),
    case("tired all day today, mood is good", side_effects=["drowsiness"]),
    # nights up with someone, told in the next sentence
    case("2 honestly, just exhausted. the baby has croup and i was up with her all night", "mood", mood=2, side_effects=[]),
    # sweat at a class of exercise is the class's
    case("nothing really, i sweat a ton at crossfit but thats crossfit", "side_effects", triage="none", side_effects=[]),
    case("sweating a lot at night since the venlafaxine went up", "side_effects", side_effects=["sweating"]),
    # so much pain in the head, and days of work lost: severe
    case("me duele tantisimo la cabeza q falte al trabajo", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["headache"]),
    case("me duele tanto la cabeza desde la pastilla nueva", "side_effects", lang="es", side_effects=["headache"]),
    # drowsiness that got the patient written up, or asleep while minding a child: severe
    case("so groggy on the quetiapine that my supervisor wrote me up yesterday", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("the seroquel makes me so sleepy i nodded off while watching my grandson", "open", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("wrote up my notes for work and watched my grandson, feeling good", no_reason="severe_side_effects"),
    # a request in words to stop the texts
    case("no quiero que me sigan enviando mensajes por favor", lang="es", keyword="stop"),
    case("please remove my number", keyword="stop"),
    case("no quiero que me sigan doliendo las piernas", lang="es", keyword=None),
    case("i asked my ex to delete my number and block me. mood is ok", keyword=None),
    # not taking it, and not wanting to be taking it: stopped; taking it said plainly stays taking
    case("no la estoy tomando, ya no quiero estar tomando esas pastillas", "adherence", lang="es", triage="high",
         adherence="stopped"),
    case("si, la estoy tomando diario", "adherence", lang="es", adherence="taking"),
    # days let slip, said first in the answer; days of work missed are not doses
    case("falte dos dias, me fui de viaje y se me quedaron", "adherence", lang="es", adherence="missed"),
    case("spaced on a couple, busy week at work", "adherence", adherence="missed"),
    case("falte 2 dias al trabajo por la gripa", "adherence", lang="es", adherence=None),
    # "ni muerta se me olvida": never forgotten
    case("si diario, ni loco se me pasa", "adherence", lang="es", adherence="taking"),
    # "been good, every day" after a threat in jest
    case("my wife says she'll kill me if i forget again lol. i've been good, every day", adherence="taking", crisis=False),
    # a lab test missed is no dose missed; a dose missed still is
    case("I missed the blood draw for my lithium level, can I reschedule?", meds=["lithium"], adherence=None),
    case("I missed two doses of my lithium this week", meds=["lithium"], adherence="missed"),
]

CRISIS_FORTY_NINTH_ROUND = [
    # carers: "mi papá es el paciente" said apart from the crisis; the writer's own: a rope stowed in the car, after a denial
    # taken back
    crisis("escribe Rocio, su nuera. mi suegro es el paciente. anda diciendo q ya se quiere morir y no sale del cuarto", lang="es"),
    crisis("im fine. well no. packed the rope in my car last night"),
    not_crisis("packed the rope in my truck for the camping trip this weekend, mood a 4", asked="mood", mood=4),
    # past: an attempt years ago beside "sigo bien" today; a wish said now beside it is not past
    reads("hace 3 años fue mi intento, hoy les cuento q sigo bien 😊", "routine", lang="es"),
    crisis("hace 3 años fue mi intento y sigo con ganas de morirme", lang="es"),
    # someone else's words, quotes dropped: a friend who "always goes" the words when his team loses
    reads("my cousin always goes im gonna kill myself whenever the Cowboys lose. should i worry? im fine", "routine"),
    # look-alikes: going away for weeks, a pet's prey brought in dead, deaths counted in a game, a threat over a chore done
    # "one more time" (not over harm done to someone), a denial of intent beside a low score and someone else's attempt
    not_crisis("voy a desaparecer unos dias, me voy a la playa con mis primas. todo bien con la pastilla", lang="es"),
    reads("4, el gato me trajo un raton muerto a la cocina jaja", "none", asked="mood", lang="es", mood=4),
    not_crisis("my nephew made me die like 15 times in mario kart lol. a 4", asked="mood", mood=4),
    not_crisis("gonna strangle my husband if he leaves the milk out one more time 🙄 otherwise fine"),
    crisis("im gonna kill him if he hits her one more time"),
    reads("2. my cousin overdosed last month and it keeps replaying. im not going to do anything myself", "high", asked="mood", mood=2),
]

FORTY_THIRD_PASS = [
    # a little mouth or eye sore, in the diminutive, on lamotrigine: a rash red flag; a sore in the leg is not one
    flag("rash", "me salieron unas ulceritas en la boca desde la lamotrigina", meds=["lamotrigine"], lang="es", side_effects=["rash"]),
    case("tengo una ulcera en la pierna de la diabetes, nada de la pastilla", "side_effects", lang="es", no_reason="red_flag:rash"),
    # a mood score with a word of its tone between the article and the number
    case("honestly a cranky 2 all week", "mood", triage="high", mood=2),
    case("id say a solid 4", "mood", triage="none", mood=4),
    case("took a grumpy walk with the dog today", "mood", mood=None),
    # on lithium, a carer's word of an unsteady walk beside the diarrhea: lithium toxicity
    flag("lithium_toxicity", "mi mama tiene diarrea y ya no puede caminar bien, se tropieza con todo", meds=["lithium"], lang="es"),
    case("ya puedo caminar bien despues de la cirugia de rodilla", "open", meds=["lithium"], lang="es", no_reason="red_flag:lithium_toxicity"),
    # shadows seen "que no estaban", the clause closed there: a confusion red flag; a guest who was not there is no sighting
    flag("confusion", "vi unas figuras en el pasillo que no estaban, me asuste mucho", asked="open", lang="es"),
    case("vi a unos primos en la fiesta que no estaban invitados", "open", lang="es", no_reason="red_flag:confusion"),
    # the supply that never came, nothing taken for a week: stopped; a parcel that has not come is not the medication
    case("no me han llegado las pastillas de la farmacia, desde hace una semana no he tomado nada", "adherence", lang="es",
         triage="high", adherence="stopped", reason="stopped_medication"),
    case("no me ha llegado el paquete de amazon, por lo demas bien", "open", lang="es", adherence=None),
    # kept from a day's trade or sent home by the boss: severe
    case("me duele mucho la cabeza y no pude ir a vender al mercado", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["headache"]),
    case("me mareo tanto que mi jefa me mando a mi casa", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["dizziness"]),
    case("me duele un poco la cabeza en la tarde, pero voy a vender al mercado normal", "side_effects", lang="es",
         no_reason="severe_side_effects", side_effects=["headache"]),
    # sweating "thru" the sheets, a head that "pounds", a carer's "ve todo borroso", the want with the partner lowered
    case("i sweat thru my shirt every day now", "side_effects", side_effects=["sweating"]),
    case("my head pounds by the afternoon", "side_effects", side_effects=["headache"]),
    case("mi esposo dice que ve todo borroso desde la pastilla nueva", "side_effects", lang="es", side_effects=["blurred_vision"]),
    case("se me bajaron las ganas con mi marido", "side_effects", lang="es", side_effects=["sexual"]),
    case("se me bajaron las ganas de salir con mi esposo al centro, un 3", "mood", lang="es", mood=3, side_effects=[]),
    # a stop asked for the patient ("ya no quiere q le manden mensajes") or as being taken off the texts; not a waiting list kept
    case("mi papa (paciente de ustedes) ya no quiere q le manden mensajes, gracias", lang="es", keyword="stop"),
    case("quiero que me quiten de los mensajes por favor", lang="es", keyword="stop"),
    case("no quiero que me quiten de los mensajes, me ayudan", lang="es", keyword=None),
    # people in the room no one else sees: confusion; the ride home is no day's work missed
    flag("confusion", "veo gente sentada en la sala que nadie mas ve, me asusta", asked="open", lang="es"),
    case("boca seca y me la paso bostezando en el camion de regreso a casa", asked="side_effects", lang="es", triage="routine"),
]


CRISIS_FIFTIETH_ROUND = [
    # the writer's own: too much taken "ayer en la noche"; too many denied, then owned up to; the count after the medicine;
    # self-harm in the clinic's words; new scars dated apart from old ones
    crisis("me tome de mas anoche, como 9 de las de dormir, ni se por que", lang="es"),
    crisis("i didnt take too many. ok i did. most of the bottle"),
    crisis("no me tome de mas... bueno si, como 12", lang="es"),
    crisis("i took my klonopin, like 12 of them, after work"),
    crisis("self harm relapse on friday, a few cuts on my thigh, cleaned them up"),
    crisis("tengo marcas nuevas y viejas en los brazos. las nuevas son de ayer", lang="es"),
    not_crisis("took my morning pills, 6 of them, like always", adherence="taking"),
    reads("went to my NSSI relapse prevention group tonight, it helped. a 4", "none", asked="mood", mood=4),
    # carers: a writer's name given, then the relative; a child who took the pills of a medicine named
    crisis("this is Marta. my son Leo took his lamotrigine at 8, then again at 9, then again at 11. should I worry?"),
    crisis("mi hija Karla se tomo las pastillas de la sertralina, faltan como 15, que hago??", lang="es"),
    # someone else's: a relative's partner introduced by the relation, a death by overdose, a report on the news; the
    # writer's own relative found once, with no act told
    reads("el novio de mi prima la dejo y ella dijo q se iba a aventar del puente, ya esta internada. yo bien", "routine", lang="es"),
    reads("a 3. a regular at the bar where i work died of an overdose last week", "routine", asked="mood", mood=3),
    reads("3. vi un reportaje de las sobredosis en mi ciudad y me dejo pensando", "routine", asked="mood", lang="es", mood=3),
    reads("mi sobrina de 14 se esta cortando, la encontre el lunes. yo estoy bien, solo preocupada", "routine", lang="es"),
    # past: an overdose years ago, a talk given about it today
    reads("hace 3 anos me tome un frasco de pastillas. hoy di una charla en la escuela sobre eso, estoy muy bien", "routine", lang="es"),
    # look-alikes: a denial with "nothing like", a threat to kill the writer over a chore laughed off (not one made with a
    # knife), "OD'd" on snacks, a cut peeling onions, a nightmare of a patient dying
    reads("2. nothing like wanting to hurt myself, just numb", "high", asked="mood", mood=2, side_effects=["emotional_blunting"]),
    not_crisis("mi abuela dice q me va a matar si no le llamo el domingo jaja. todo bien", lang="es"),
    crisis("mi papa dijo q me iba a matar si le escondia las pastillas y saco el cuchillo", lang="es"),
    not_crisis("OD'd on halloween candy and k dramas all weekend, mood 4", asked="mood", mood=4),
    not_crisis("nada, me corte un poquito picando cilantro jaja", asked="side_effects", lang="es"),
    not_crisis("pesadillas de que se me muere mi perro, bien feo", asked="side_effects", lang="es"),
]

CRISIS_FIFTY_FIRST_ROUND = [
    # carers: a resident who cut his forearm, marked as the patient; a sister's overdose "le hablo por mi hermana"
    crisis("night staff at Oak House here. Marcus (your patient) burned his arm with a lighter last night, he won't talk about it"),
    crisis("le hablo por mi hermano Toño, anoche se tomo como 15 de las de dormir y no despierta bien", lang="es"),
    reads("my coworker cut her hand on a broken glass at the bar, took 4 stitches. im fine, a 4", "none", asked="mood", mood=4),
    # harm to others: anger that could land on anyone, a fist through someone's face, nearly hitting a stranger, a gun to take
    # to school, "i'll find her and break her jaw"
    crisis("honestly so angry today i could actually hurt someone"),
    crisis("i could put my fist through somebody's face right now, everyone is pissing me off"),
    crisis("ando que exploto, hoy casi le pego a una señora en la fila del banco", lang="es"),
    crisis("my son (your patient) says he's going to take his dad's rifle to school on monday"),
    crisis("if my ex calls me one more time i'll find him and break his nose"),
    not_crisis("so mad i punched a pillow, feel better now"),
    not_crisis("taking my rifle to the range saturday with my brother, mood 4", asked="mood", mood=4),
    # someone else's: "me tomo todo a diario" is a day's doses beside a neighbour's death; a nightmare told as the side effect;
    # thoughts that went away since the dose was raised
    not_crisis("mi vecino se avento de un puente la semana pasada, me dolio. yo me tomo todo a diario", lang="es"),
    not_crisis("nightmares about stabbing people since i started the new dose, wake up sweating", asked="side_effects"),
    reads("4. las ganas de hacerle daño a mi hermano se fueron desde que me cambiaron la pastilla", "routine", asked="mood",
          lang="es", mood=4),
    # look-alikes: freezing to death in a cold flat, a sister who ate the cake, "nada de querer" hurting oneself
    not_crisis("the heater broke again, gonna freeze to death tonight lol"),
    not_crisis("my brother finished my leftovers so now i have to kill him lol 😂 a 4 tho", asked="mood", mood=4),
    reads("no, nada de querer hacerme daño, solo cansada del trabajo. un 3", "routine", asked="mood", lang="es", mood=3),
    # a rope bought and a tree picked, with a day when no one will come
    crisis("ya tengo la soga y encontre el arbol, nadie va a ir al terreno hasta el lunes", lang="es"),
    # harm nearly done, or a threat with a knife, by the writer: now, or years ago and over
    crisis("i almost hurt my girlfriend last night, i scared myself"),
    reads("3 years ago i almost hurt my dad, therapy and meds since, no thoughts like that anymore. a 4", "routine", asked="mood", mood=4),
    reads("hace 5 anos amenace a mi cunado con un machete, desde entonces nada, ando tranquilo. 4", "routine", asked="mood", lang="es", mood=4),
    # dreams of doing violence likened to a horror film: a side effect, not intent
    case("these dreams where im hurting people, like a horror movie every night", asked="side_effects", crisis=False,
         side_effects=["vivid_dreams"]),
]

FORTY_FOURTH_PASS = [
    # nights without sleep counted first, beside a "never felt better": mania; the same nights with a newborn are not
    flag("mania", "4 nights no sleep and honestly ive never felt better, started 2 new projects", asked="open"),
    case("2 nights no sleep with the newborn, exhausted", "open", no_reason="red_flag:mania"),
    # a carer's "keeps saying she's going to be famous" beside nights awake: mania; famous said of a singer is not
    flag("mania", "my son hasnt slept since friday and keeps saying hes going to be a billionaire", asked="open"),
    case("my niece keeps saying shes going to be famous one day lol, im good, a 4", "mood", mood=4, no_reason="red_flag:mania"),
    # the clinic's patient named in brackets, a reading of fever told by a carer, legs that jerk: serotonin toxicity
    flag("nms_serotonin", "mi papa Ruben (paciente de la clinica) esta sudando mucho, le brincan las piernas y tiene 39 de temperatura",
         asked="open", lang="es"),
    case("mi hijo tiene 39 anos y le encanta brincar en el trampolin con los nietos", "open", lang="es", no_reason="red_flag:nms_serotonin",
         side_effects=[]),
    # asleep while minding a child, or not to be left with one: severe; asleep in front of the tv is not
    case("so drowsy on the new dose that i fell asleep while watching my 3 yr old", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("grandpa is so drowsy on the new dose he cant be left with the grandkids now", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("bit sleepy, fell asleep watching a movie last night", "side_effects", no_reason="severe_side_effects", side_effects=["drowsiness"]),
    # the score after "me siento", set off by a comma or a stop; a percentage is no score
    case("me siento 2, peleamos con mi hermana otra vez", "mood", lang="es", triage="high", mood=2),
    case("me siento 100% mejor desde el cambio", "mood", lang="es", mood=None),
    # a digit opening a later sentence with its news after a comma; a size of game ("a 6 point buck") is no score
    case("what a week!! 4, finally finished the kitchen", "mood", triage="none", mood=4),
    case("got an 8 point buck this weekend, best time ever. 5", "mood", triage="none", mood=5),
    # nothing taken since the move, or the whole week forgotten: stopped; a single day forgotten is a missed dose
    case("no la he tomado desde que nos mudamos, no encuentro la caja", "adherence", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("no me he tomado nada, se me olvido todo el mes con el trabajo", "adherence", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("se me olvido ayer nomas", "adherence", lang="es", adherence="missed"),
    # food refused since the pill, told by a carer: appetite change; a diet is not one
    case("my dad is barely eating since the new pill", "side_effects", side_effects=["appetite_change"]),
    case("hes barely eating out these days, saving money. otherwise ok", "side_effects", side_effects=[]),
]

CRISIS_FIFTY_SECOND_ROUND = [
    # the writer's own: death by illness welcomed beside a denial, life called the worst side effect, voices that say to jump
    crisis("no voy a hacerme nada, pero si me da un infarto pues que bueno", lang="es"),
    crisis("not gonna do anything. but if i had a heart attack tomorrow honestly fine by me"),
    crisis("the biggest side effect is still being here tbh", asked="side_effects"),
    crisis("oigo una voz que me dice que me aviente del puente", lang="es"),
    # past: an overdose last spring or "last yr", the writer in a good place now
    reads("last spring i overdosed after my divorce, been in a good place for months now. refill to cvs pls", "routine"),
    reads("last yr i took a bunch of pills. im in a way better place now, just so you know", "routine"),
    # someone else's: a roommate's crisis from a writer who is a patient too
    reads("mi roomie se queria cortar anoche, ya vino su hermana. yo tambien soy paciente de ustedes pero ando bien", "routine", lang="es"),
    # look-alikes: the point of getting up for a job, waking at 3 and "ya no puedo", dying content once retired, the fear of
    # dying in a spell of chest pain, a pain "a morir", "no literal", a bill, "provoca matarlo jaja", "sin mi de portero",
    # a roommate who drank the milk again, a weekend away, a dose doubled since which the symptoms came
    reads("not suicidal, just dont see the point of getting up for work lately. a 3", "routine", asked="mood", mood=3),
    case("me despierto a las 4 y ya no puedo, desde la pastilla nueva", asked="side_effects", lang="es", crisis=False,
         side_effects=["insomnia"]),
    not_crisis("cuando se gradue mi hija ya me puedo morir tranquila jaja", lang="es"),
    flag("chest_pain", "senti que me iba a morir, el pecho apretado y me faltaba el aire", asked="open", lang="es"),
    case("me duelen las piernas a morir desde la dosis nueva", asked="side_effects", lang="es", crisis=False),
    not_crisis("me quiero morir cada vez que me subo a la bascula jaja no literal", lang="es"),
    not_crisis("me queria morir cuando me llego la cuenta del hospital, pero bien, un 4", asked="mood", lang="es", mood=4),
    not_crisis("mi jefe me tiene harta, provoca matarla jaja pero nah", lang="es"),
    not_crisis("mi equipo estaria mejor sin mi de arquero jaja, perdimos 5-0", lang="es"),
    not_crisis("gonna kill my brother, he ate my leftovers again. otherwise fine"),
    not_crisis("me voy a desaparecer el finde, me voy al rancho sin señal. todo bien", lang="es"),
    flag("nms_serotonin", "since i doubled the dose im sweating a ton, twitching and my temp is 102, on tramadol too", asked="open"),
    # a double dose today asked about with "am i ok?" is the worry, not a check that came back fine
    crisis("me tome doble dosis sin querer hoy, agarre la caja de mi mama. estoy bien?", lang="es"),
]

FORTY_FIFTH_PASS = [
    # kept from class or work in other words: late again and again, a lab missed, a shift called out of: severe
    case("so drowsy on it ive been late to work 4 times this month", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("so groggy in the mornings i missed my 9am bio lab", "side_effects", triage="high", reason="severe_side_effects",
         side_effects=["drowsiness"]),
    case("the pill makes me queasy every morning, called out of my shift twice", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["nausea"]),
    case("a bit groggy, was late to class once because of the bus", "side_effects", no_reason="severe_side_effects"),
    # a boss's warning, a job nearly lost, or a task kept from with "ni": severe
    case("me da mucho sueño en la oficina, el jefe ya me llamo la atencion", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("traigo la cabeza que me estalla, no me deja ni trabajar", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["headache"]),
    case("todo bien, me llamo la atencion lo barato de la farmacia", "side_effects", lang="es", no_reason="severe_side_effects",
         side_effects=[]),
    # the chest the subject of the squeeze; a relative's "says his chest ..." told of the relative
    flag("chest_pain", "felt my chest squeezing while carrying groceries and it hasnt let up", asked="open"),
    flag("chest_pain", "my wife says her chest feels heavy since lunch, what should we do", asked="open"),
    case("my cousin says his chest hurts after boxing", "open", no_reason="red_flag:chest_pain"),
    # the relative's own "se tomó la pastilla" is no dose of the writer's
    flag("allergic_reaction", "a mi esposo se le hincho la cara y los labios. se tomo la pastilla en la mañana", asked="open", lang="es"),
    # racing thoughts with the possessive "s"; a deposit put down on what one cannot afford, beside euphoria
    flag("mania", "brain's going like a hundred miles an hour and i feel incredible", asked="open"),
    flag("mania", "made a deposit on a new camper we cant afford, feel on top of the world", asked="open"),
    case("put a deposit on the apartment today, so excited", "open", no_reason="red_flag:mania"),
    # voices from a set switched off, talk to someone in an empty room, a set sending messages: not there
    flag("confusion", "i hear my mom calling me through the tv when its turned off", asked="open"),
    flag("confusion", "my dad keeps talking to someone in the empty kitchen at night since the new pill", asked="open"),
    case("heard the game on the radio and then turned it off", "open", no_reason="red_flag:confusion"),
    # a mood relayed, signed by a name with the tie in brackets
    case("idk she wont give a number, shes really low though. - Kim (roommate)", "mood", triage="high", reason="low_mood"),
    # tiredness put down to exams, night feeds, a roommate, shifts worked or a layoff
    case("4, dead on my feet from midterms", "mood", triage="none", mood=4, side_effects=[]),
    case("3, tired bc of the night feeds with the baby", "mood", mood=3, side_effects=[]),
    case("4, mi roomie me tiene muerta de sueño con sus fiestas", "mood", lang="es", triage="none", mood=4, side_effects=[]),
    case("did 2 12s back to back so exhausted but mood is a 4", "mood", triage="none", mood=4, side_effects=[]),
    case("doble turno en el hospital y estoy muerta de cansancio, de animo un 4", "mood", lang="es", triage="none", mood=4,
         side_effects=[]),
    case("no side effects. just fried from closing the bar 5 nights straight, i could sleep for a week", "side_effects", triage="none",
         side_effects=[]),
    case("no side effects. just fried, i could sleep for a week", "side_effects", side_effects=["drowsiness"]),
    case("anda cansado pero es q el bebe no nos deja dormir, se sigue tomando su litio", "adherence", lang="es", side_effects=[]),
    case("4, but so tired since the new dose", "mood", mood=4, side_effects=["drowsiness"]),
    case("ando cansada pero es que la pastilla me tumba", "side_effects", lang="es", side_effects=["drowsiness"]),
    # doubts about the treatment in other words are for the prescriber to hear
    case("la sertralina no me hace nada, que caso tiene esta pastilla", "open", lang="es", triage="routine", reason="question"),
    case("my wife keeps asking if the zoloft is working and honestly what good is it even doing", "open", triage="routine",
         reason="question"),
    case("si me la tomo, pero ya perdi la fe en que me ayude", "adherence", lang="es", triage="routine", reason="question",
         adherence="taking"),
    case("perdi la fe en mi equipo de futbol jaja, todo bien", "open", lang="es", no_reason="question"),
    # blurred vision said without a verb; nightmares told by the one night wished without them
    case("todo borroso desde ayer con la pastilla nueva", "side_effects", lang="es", side_effects=["blurred_vision"]),
    case("nada borroso, todo bien", "side_effects", lang="es", side_effects=[]),
    case("id kill for one night without the war dreams", "side_effects", side_effects=["vivid_dreams"]),
    case("finally a night without nightmares!", "side_effects", side_effects=[]),
    # the "si" of a doubt is no "sí"
    case("no recuerdo si me la tome, creo que si", "adherence", lang="es", triage="routine"),
    case("si me la tome", "adherence", lang="es", triage="none", adherence="taking"),
    # vomiting put down to a hangover, in the past tense; an appetite back to normal
    case("vomite anoche pero fue la cruda del cumple", "side_effects", lang="es", side_effects=[]),
    case("vomite toda la noche", "side_effects", lang="es", side_effects=["vomiting"]),
    case("el apetito ya volvio a lo normal", "side_effects", lang="es", side_effects=[]),
    case("mucho apetito todo el dia", "side_effects", lang="es", side_effects=["appetite_change"]),
    # a pounding heart at the gym beside a blackout keeps its red flag
    flag("heart_rhythm", "heart was pounding and i passed out at the gym", asked="open", side_effects=["palpitations"]),
    case("heart was pounding on the treadmill, great run", "open", no_reason="red_flag:heart_rhythm"),
]

CRISIS_FIFTY_THIRD_ROUND = [
    # the writer's own: a household poison to drink, every pill of a new bottle, a supply counted beside drink, "no con la
    # pastilla, con todo", "ni la pastilla ni yo"
    crisis("quiero tomarme el cloro, ya no puedo mas", lang="es"),
    crisis("thinking about drinking the drain cleaner under the sink"),
    crisis("took every seroquel in the new bottle about an hour ago"),
    crisis("counted 60 lithium left and theres a bottle of vodka in the freezer. house is empty tonight"),
    crisis("ya no quiero seguir. no con el tratamiento, con todo", lang="es"),
    crisis("ya no tiene sentido nada, ni el tratamiento ni yo", lang="es"),
    not_crisis("i clean with bleach every saturday, the smell gives me a headache", asked="side_effects"),
    # carers: "(el paciente)" beside more pills than the dose, "(shes the one on your program)"
    crisis("mi hija Sofi (la paciente) se tomo unas pastillas de mas anoche, no sabemos cuantas", lang="es"),
    crisis("my son Eli (hes the one on your program, 15) said he took a bunch of my sleeping pills after school"),
    # past: an overdose "a few months back" or "hace como dos meses", not done again
    reads("a few months back i took a handful of my trazodone and ended up in the ER. doing way better now", "routine"),
    reads("hace como tres meses me tome 6 de mas, pero no lo he vuelto a hacer y estoy bien", "routine", lang="es"),
    # a denial answered before the next question; look-alikes: "i was DEAD 💀", a "kms" meme, "dying about homework",
    # every daily dose of a pill box taken one a day
    reads("thoughts of hurting myself? no. of hurting anyone? also no. just sad", "routine"),
    not_crisis("my friend fell up the stairs in front of the whole class and i was DEAD 💀"),
    not_crisis("someone posted a 'me during finals: kms' meme about our group chat lol"),
    not_crisis("im dying over homework this week lol, mood 3", asked="mood", mood=3),
    case("me tome todas las del pastillero, una por dia como corresponde", asked="adherence", lang="es", crisis=False,
         triage="none"),
]

FORTY_SIXTH_PASS = [
    # a Spanish range joined by "a" takes the lower number; a lone "a 3" is still the score
    case("regular, 1 a 2", "mood", lang="es", triage="high", mood=1, reason="low_mood"),
    case("pues como a 3, normal", "mood", lang="es", triage="routine", mood=3),
    # worse than in "a long while"; a while of something else is no worsening
    case("feeling worse than its been in a long while", "mood", triage="high", reason="worsening"),
    case("havent seen my cousin in a long while, visiting this weekend", "open", no_reason="worsening"),
    # weeks along, counted bare; a treatment's weeks are not
    case("im 28 weeks and the zoloft has been fine", "open", triage="high", reason="pregnancy"),
    case("ya voy en 30 semanas, todo bien con la pastilla", "open", lang="es", triage="high", reason="pregnancy"),
    case("im 3 weeks into the zoloft and feel better", "open", no_reason="pregnancy"),
    case("llevo 12 semanas con la sertralina", "open", lang="es", no_reason="pregnancy"),
    # kept from rising to mind the children, from a school period, or asleep through a child called by name: severe
    case("me da tanto mareo que no me puedo levantar a cuidar a mis hijos", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["dizziness"]),
    case("headaches so bad i had to leave 3rd period twice", "side_effects", triage="high", reason="severe_side_effects",
         side_effects=["headache"]),
    case("the trazodone knocks me out, slept right through Mia crying last night", "side_effects", triage="high",
         reason="severe_side_effects", side_effects=["drowsiness"]),
    case("a bit sleepy, slept through the storm last night", "side_effects", no_reason="severe_side_effects"),
    # a child's clothes are no time of life: the spree and the sleepless nights still make mania
    flag("mania", "3 noches sin dormir, tengo mil ideas y abri una tienda de ropa de nino", asked="open", lang="es"),
    case("de nino tenia convulsiones, ya no", "open", lang="es", no_reason="red_flag:seizure"),
    # no need of sleep told through a carer, the carer's "wired", the bill money spent
    flag("mania", "my husband is your patient. hasnt slept in 3 nights and says he doesnt need to", asked="open"),
    flag("mania", "hes really wired and hasnt slept in 4 days", asked="open"),
    flag("mania", "mi hija (su paciente) lleva 4 noches sin dormir y se gasto lo de la luz en zapatos", asked="open", lang="es"),
    case("me gaste lo del gas en el super, ando corta", "open", lang="es", no_reason="red_flag:mania"),
    # sweating said bare in a list of what is wrong, the body that jumps on its own: with fever, nms/serotonin
    flag("nms_serotonin", "tengo fiebre, sudo y estoy inquieta, el cuerpo me brinca solo", lang="es"),
    case("me suda todo el cuerpo con la pastilla nueva", "side_effects", lang="es", side_effects=["sweating"]),
    case("tuve que usar sudo y me funciono el comando", "open", lang="es", side_effects=[]),
    # the dead seen ("she's been dead"), a set that talks to one, the late heard: not there
    flag("confusion", "saw my grandpa sitting on the porch this morning and hes been dead 5 years", asked="open"),
    flag("confusion", "she told me the radio is talking to her again", asked="open"),
    flag("confusion", "since the new dose i keep hearing my late husband in the hallway at night", asked="open"),
    case("i listen to my late moms voicemail when i miss her", "open", no_reason="red_flag:confusion"),
    case("the tv is too loud, talking to the neighbors about it", "open", no_reason="red_flag:confusion"),
    # a mood sent word for word through a carer
    case("his mom here, he says to tell you terrible, awful week", "mood", triage="high", reason="low_mood"),
    case("dice que les diga que muy mal", "mood", lang="es", triage="high", reason="low_mood"),
    case("she says to tell you thanks for the call", "mood", no_reason="low_mood"),
    # a symptom put down to a bug someone brought home, or ruled out in a sentence of its own; one only to watch for, or
    # foretold by the pharmacist (unless it came)
    case("threw up twice, my son brought a stomach bug home from school", asked="side_effects", side_effects=[]),
    case("headache all afternoon from the paint fumes. not the meds, just letting you know", asked="open", side_effects=[]),
    case("la farmacia me dijo q vigile si me mareo, por ahora nada", asked="open", lang="es", side_effects=[]),
    case("pharmacist said id just be extra sleepy. i am lol", asked="open", side_effects=["drowsiness"]),
    # voices a carer says the patient hears, and what they say
    flag("confusion", "mi mama es paciente de ustedes, dice que escucha voces que le dicen que no coma", asked="open", lang="es"),
]

CRISIS_FIFTY_FOURTH_ROUND = [
    # the writer's own: the calm of a plan settled, an earlier denial owned up to as a lie
    crisis("un 4. ya estoy en paz, ya se como lo voy a hacer", asked="mood", lang="es", mood=4),
    crisis("i lied in my last check in when i said i was fine. the thoughts are there every night"),
    # carers: the writer's name, then whose parent they are; the patient "16 and on your" medicine; "hablo de parte de"
    crisis("hi its Dana (Marcus's mom). found cuts on his arms again last night, he's 15 and on your sertraline"),
    crisis("hablo de parte de mi hermano Luis, su paciente. dice que se quiere matar", lang="es"),
    # someone else's, the writer saying who the patient is: "he's not your patient", "yo soy la paciente"
    reads("my brother keeps saying everyone would be better off without him. he's not your patient but im worried", "routine"),
    reads("mi hijo de 17 se esta cortando, lo vi ayer. yo soy la paciente, que hago con el", "routine", lang="es"),
    # past: an urge not back since the dose went up
    reads("the urge to cut hasn't been back since the new dose in june. a 4", "routine", asked="mood", mood=4),
    # look-alikes: not waking for an early shift, a will before a trip, not existing on social media, tired of a quarrel,
    # "not in a hurt-myself way"
    reads("un 3, no quiero despertar mañana porque entro a las 5 jaja", "routine", asked="mood", lang="es", mood=3),
    reads("3, gonna not exist on instagram for a while, too much drama", "routine", asked="mood", mood=3),
    reads("no me quiero morir ni nada, solo cansada de todo el drama con mi suegra. un 3", "routine", asked="mood", lang="es", mood=3),
    reads("1/5 but not in a hurt-myself way, my landlord is evicting me", "high", asked="mood", mood=1),
    # a request to leave "estos mensajes"
    case("ya me quiero salir de estos mensajes, gracias", lang="es", keyword="stop"),
]

CRISIS_FIFTY_FIFTH_ROUND = [
    # carers: the patient's age before the medicine ("she's 81 and on"), the medicine alone after a relative ("toma
    # risperidona"), one who told someone else ("told his coach he's going to"), voices that order harm to "su" sister
    crisis("dad says most nights he hopes he just doesn't wake up. he's 81 and on sertraline, is that normal for his age"),
    crisis("mi hija dice que quiere desaparecer para siempre. toma escitalopram desde marzo", lang="es"),
    crisis("our son told his coach today he's going to kill himself after the game. he's your patient, on fluoxetine"),
    crisis("mi sobrino oye una voz que le dice que empuje a su mama por la escalera. toma risperidona, yo soy su tia", lang="es"),
    # the writer's own: old bottles kept "just in case", thanks for trying "with me" after "i'm done"
    crisis("taking them yes. also keeping all my leftover bottles in the closet, quite a pile, just in case", asked="adherence"),
    crisis("ya no puedo, ya me canse de todo. gracias por intentarlo conmigo, de verdad", lang="es"),
    # someone else's: a teenager who cuts, with no tie to the clinic
    reads("my teen has been burning herself with a lighter, the school called. who should we see? i'm a mess", "routine"),
    # look-alikes: scratched by the roses, a pill that left one "como muerto", taking the plunge, a bleeding wallet, a ghost
    # at home, a second dose by mistake last week and felt fine, not wanting to go on "con ellas" (the pills)
    reads("got my arms all scratched up pruning the rose bushes, looks worse than it is. no side effects", "none",
          asked="side_effects"),
    reads("la olanzapina me traia como muerto todo el dia, por eso la deje hace 10 dias", "high", lang="es", adherence="stopped"),
    reads("ya me voy a tirar a la pileta y renunciar al laburo jaja, estoy un 4", "none", asked="mood", lang="es", mood=4),
    reads("my bank account is bleeding after the car repair lol. mood a 4", "none", asked="mood", mood=4),
    reads("3. i feel like a ghost at work since the new manager came, nobody asks me anything", "routine", asked="mood", mood=3),
    case("did i mess up? by accident i took my night one twice on friday, felt fine the next day", triage="routine",
         crisis=False),
    not_crisis("no me las tomo desde el sabado, me caen mal, ya no quiero seguir con ellas", asked="adherence", lang="es"),
    # asked to keep the texts coming is no stop request
    case("no dejen de mandarme los recordatorios porfa, me sirven", lang="es", keyword=None),
    case("please don't stop texting me, it helps", keyword=None),
]

FORTY_SEVENTH_PASS = [
    # on lithium, walking not straight and confusion in Spanish beside the vomiting; confused about a thing is no confusion
    flag("lithium_toxicity", "vomite toda la mañana, no puedo andar recto y estoy confundidisima", meds=["lithium"], lang="es"),
    case("me confundi de pastilla ayer y me tome la de mi esposo, pero nada paso", "open", lang="es",
         no_reason="red_flag:confusion"),
    case("el camion no puede andar rapido en la sierra", "open", lang="es", no_reason="red_flag:lithium_toxicity", meds=["lithium"]),
    # a carer's account of endless talk beside a big sum spent, or a loan for a purchase: mania
    flag("mania", "le escribo por mi esposo que es su paciente, habla sin parar y se gasto 12 mil pesos en bocinas", asked="open", lang="es"),
    flag("mania", "mi hermana anda con una energia que no es normal y saco un prestamo para comprar un carro. es paciente de ustedes",
         asked="open", lang="es"),
    case("me gaste 3 mil pesos en la renta, ando corta", "open", lang="es", no_reason="red_flag:mania"),
    # a shake that keeps one from a task: "no puedo ni ..." is severe; "no puedo ni llorar" is the feeling itself
    case("me tiembla tanto la mano que no puedo ni escribir en la oficina", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["tremor"]),
    case("me siento apagada, no puedo ni llorar", "side_effects", lang="es", no_reason="severe_side_effects"),
    # a dry mouth "just" dry
    case("nothing dark, my mouth is just really dry all the time", "side_effects", triage="routine", side_effects=["dry_mouth"]),
    # a late period counted without "im" and a positive test: pregnancy; a covid test is not
    case("a week late and the test came back positive, is the lexapro ok?", "open", triage="high", reason="pregnancy"),
    case("three days late on rent and my covid test was positive", "open", no_reason="pregnancy"),
    # a stop or exit missed is no dose; an emphatic "did miss a few" is
    case("so groggy i missed my exit on the freeway", "side_effects", adherence=None, side_effects=["drowsiness"]),
    case("did miss a couple, the bottle rolled under the couch", "adherence", triage="routine", adherence="missed"),
    # running low and a week's pills left ask for a refill; two left is running out
    reads("cuando me mandan la receta? ya casi no me queda sertralina", "routine", lang="es", reason="question"),
    case("only 12 pills left, can i get a refill before my trip?", "open", triage="routine", adherence=None),
    case("only 3 pills left and the pharmacy is closed", "open", triage="high", adherence="stopped"),
    # about to stop, the time given: stopped
    case("lo voy a dejar en cuanto se termine la caja", "open", lang="es", triage="high", adherence="stopped"),
    case("la voy a dejar en la casa de mi hermana", "open", lang="es", adherence=None),
    # getting by is in between; a pill carried daily is no mood
    case("bien, ahi la vamos llevando", "mood", lang="es", triage="routine", mood=None, reason="mid_mood"),
    # a car given back on empty is the car's
    case("my brother brought the truck back on empty, im gonna kill him lol. 4", "mood", triage="none", mood=4),
    case("4 i guess but i feel so empty inside", "mood", reason="low_mood"),
    # today's score over one told of another time
    case("was a 2 last month after the surgery, but today im a 4", "mood", triage="none", mood=4),
    case("2. last month was a 4", "mood", triage="high", mood=2),
    # tiredness with a new baby or children keeping one up, the pill unnamed; with the pill it stays
    case("our baby was born friday! wiped out but so happy. 5", "mood", triage="none", side_effects=[], mood=5),
    case("mi hija de 2 meses no me deja dormir, ando agotada pero de animo un 4", "mood", lang="es", triage="none",
         side_effects=[], mood=4),
    case("so tired since the new dose of zoloft, the baby is 3 weeks old. 3", "mood", side_effects=["drowsiness"]),
    # tiredness with the load told as going on
    case("hes more tired lately but hes been working doubles at the plant. no other side effects", "side_effects",
         triage="none", side_effects=[]),
    case("more tired lately, cant get through a shift", "side_effects", side_effects=["drowsiness"]),
    # a hangover called horrible is no severe side effect
    case("traigo una resaca horrible, fue el cumple de mi primo. fuera de eso nada", "side_effects", lang="es",
         no_reason="severe_side_effects"),
]


CRISIS_FIFTY_SIXTH_ROUND = [
    # carers: a stepparent or a support worker who writes, the patient's own named medicine taken all at once, an overdose
    # threatened if left
    crisis("its Noah's stepdad. he cut his forearm with a razor last night on purpose, we found the blood in the sink"),
    crisis("im the home care aide for Mrs. Lopez, today she told me she plans to jump from her balcony when her son leaves"),
    crisis("my son says he swallowed a handful of his seroquel an hour ago, he's slurring. should i call 911"),
    crisis("soy la esposa de Raul, me dijo que se va a tomar todo el frasco si lo dejo", lang="es"),
    crisis("if my ex shows up at the party again im taking my brothers bat, not kidding"),
    # someone else's: a friend's or roommate's overdose of their own medicine, a brother who "anda diciendo" it
    reads("my roommate took a bunch of her klonopin at a party, she's ok now. just rattled. 4 today", "routine", asked="mood",
          mood=4),
    not_crisis("me preocupa mi primo que anda diciendo que ya no quiere vivir, el no es su paciente"),
    # look-alikes: weariness after "nothing will be done", a boss's threat over lateness, sprints called suicides
    reads("2. no voy a hacer nada malo, solo estoy harta de todo el pleito en la casa", "high", asked="mood", lang="es", mood=2),
    reads("mi mama me dijo que me iba a matar si llego tarde otra vez jaja. un 4", "none", asked="mood", lang="es", mood=4),
    not_crisis("we did suicides at practice till i almost puked lol. mood 4", asked="mood", mood=4),
]

CRISIS_FIFTY_SEVENTH_ROUND = [
    # the writer's own: a razor kept for the worst nights, searches one should not make, "unless" left hanging, a lethal dose
    # asked beside one's own count, a whole bottle meant to be swallowed, cough syrup drunk to the end, strong tablets counted
    crisis("my sister took the razors i keep for the worst nights. i still have one she didnt find"),
    crisis("2. up at 3am looking up things you shouldnt", asked="mood", mood=2),
    crisis("i promise im not gonna do anything... unless"),
    crisis("how many lithium before its deadly? asking bc i have 60 in the drawer"),
    crisis("anoche me iba a tomar todo el frasco pero me quede dormida", lang="es"),
    crisis("drank the whole bottle of nyquil tonight, not for the cold"),
    crisis("popped like 12 of the 50s an hour ago, feel weird"),
    # carers: a mother who says the family is better off if she goes, pills counted on the bed; a mother who took her mood
    # pills with the rest
    crisis("mi papa dice que nos haria un favor si se muere. ayer lo vi contando sus pastillas. es su paciente", lang="es"),
    crisis("hi, Rosa's daughter here. mom swallowed all her pills, the heart ones and her antidepressants, ambulance is coming"),
    # someone else's: a pet that got into the pills, a parrot that repeats a line
    reads("our puppy got into my bag and chewed up half my lamotrigine. vet says he's fine. can i get a refill", "routine"),
    not_crisis("my cockatoo keeps repeating 'i wanna die' from a tv show lol"),
    # look-alikes: strengths that add up, a dose the prescriber allowed, glass from a broken window, pills taken without fail,
    # too many pills for one's age, a parrot that makes one die laughing, a threat explained, a rope for a tree swing
    not_crisis("me tome 3 de 25 en vez de 1 de 75 porque se acabaron, esta bien?", lang="es"),
    not_crisis("took an extra quetiapine last night, my dr said i could when i cant sleep. mood 4", mood=4),
    not_crisis("me corte la mano con el vidrio de un vaso que se cayo lavando trastes, ya me cure", lang="es"),
    not_crisis("si me tomo todo sin falta, mi hija me ayuda con el pastillero", asked="adherence", lang="es"),
    not_crisis("el geriatra dijo que tomo demasiadas pastillas y me quito una. un 3", asked="mood", lang="es", mood=3),
    not_crisis("mi perrito me hace morir de risa con sus gracias. un 5", asked="mood", lang="es", mood=5),
    not_crisis("cuando dije que me iba a matar era del cansancio jaja, ya dormi", lang="es"),
    not_crisis("bought a rope and a seat for the kids tree swing. mood 4", asked="mood", mood=4),
]

CRISIS_FIFTY_EIGHTH_ROUND = [
    # the writer's own: a phone's passcode handed over, the peace of having it all wrapped up, a stomach washed out today
    crisis("gave my brother the passcode to my phone and my bank. its all sorted now, feels peaceful"),
    crisis("its so peaceful now that everything is taken care of. the cat goes to my neighbor sunday"),
    crisis("anoche me hicieron un lavado de estomago, ya me dieron de alta", lang="es"),
    # carers: on the patient's phone, a bottle swallowed by the wife, a grandson who hopes not to open his eyes
    crisis("this is Mike on Tara's phone, she asked me to answer. she says she wants to go to sleep and stay asleep"),
    crisis("mi esposo se trago una caja de clonazepam hace una hora, el es el paciente", lang="es"),
    crisis("my son keeps saying he hopes he never opens his eyes again. he's 19 and on sertraline"),
    # someone else's or no one's: a lady in a podcast, a class on suicide in teenagers, homework, a message put right
    reads("a true crime podcast had a guy who overdosed on his wife's pills, is that even possible with zoloft?", "routine"),
    not_crisis("en la clase de salud hablaron de suicidio en jovenes, estuvo interesante. un 4", asked="mood", lang="es", mood=4),
    not_crisis("the text i sent saying i want to die was meant for my friend, it was about the season finale lol. all good"),
    # look-alikes: a trip by occasion, a city left for a job, "dead to me", a load for the dump, a Caribbean "ya eso paso"
    not_crisis("won't be around for the next check in, flying to denver for a conference. 4", asked="mood", mood=4),
    not_crisis("me voy para siempre de quito, me dieron el trabajo en bogota!! un 5", asked="mood", lang="es", mood=5),
    not_crisis("my ex is dead to me lol. mood 4 tho", asked="mood", mood=4),
    not_crisis("gonna take the whole pile of boxes to the dump saturday. 4", asked="mood", mood=4),
    reads("hace dos años me corte, ya eso paso. hoy un 4", "routine", asked="mood", lang="es", mood=4),
    # past: a stay in hospital for the pills, the cutting "from when i was" young
    reads("un 4. hace un año me internaron por lo de las pastillas, hoy estoy bien", "routine", asked="mood", lang="es", mood=4),
    reads("4. finally told my sister about the self harm from when i was 15, she hugged me", "routine", asked="mood", mood=4),
    # a number passed on to someone else is taken off the texts
    case("this is his wife, he has a new phone. please remove this number from your list", keyword="stop"),
]

CRISIS_FIFTY_NINTH_ROUND = [
    # the writer's own: a burn "para sentir algo" with a household tool, a prayer to be taken, life without the job, the last
    # day on earth
    crisis("el viernes me encerre en el cuarto y me queme la mano con la plancha para sentir algo", lang="es"),
    crisis("le pido a Dios que me quite esta tristeza aunque sea llevandome", lang="es"),
    crisis("la vida no tiene sentido sin mi esposa, ya no sirvo para nada", lang="es"),
    crisis("today is my last day on earth. thank you for everything"),
    # look-alikes: weariness put right at once, "better off without meds", a sunburn, a drink doubled, a child's "im literally
    # dying", dying "de flaca", a face "de que me quiero morir", a chat called "suicide squad", a roommate one could strangle
    reads("2. so tired of everything this week. not suicidal, just worn out", "high", asked="mood", mood=2),
    not_crisis("stopped the zoloft, my mom says im better off without meds", asked="adherence"),
    not_crisis("me queme toda la espalda con el sol en la playa jaja, un 4", asked="mood", lang="es", mood=4),
    not_crisis("doubled up on the espresso today lol, mood 4", asked="mood", mood=4),
    not_crisis("my daughter said im literally dying when the wifi went out lol. refill please"),
    not_crisis("mi tia dice que me voy a morir de flaca jaja, ya estoy comiendo bien", lang="es"),
    not_crisis("mi prima dice que tengo cara de que me quiero morir jaja, nomas es sueño. un 4", asked="mood", lang="es", mood=4),
    not_crisis("the office group chat is called suicide squad lol. mood 4", asked="mood", mood=4),
    not_crisis("my neighbors dog barking at 5am makes me want to strangle him lol, earplugs tonight"),
    # past: cutting told as over ("antes me cortaba pero ya no")
    reads("antes me cortaba pero ya no, llevo 5 meses bien. un 4", "routine", asked="mood", lang="es", mood=4),
    # the texts wished to stop, passed on by a relative
    case("her husband here, she wants these reminders to stop. thank you", keyword="stop"),
]

CRISIS_SIXTIETH_ROUND = [
    # carers: answering for one who cannot use the phone, a whole bottle of a named medicine, a week's pills at once, talk of
    # nothing but dying
    crisis("contesto por mi abuela, ella no sabe usar el cel. dice que ya se quiere morir, que ya no quiere estar aqui", lang="es"),
    crisis("my husband swallowed the whole bottle of his lithium an hour ago, he's throwing up"),
    crisis("le escribo por mi papa, se tomo las pastillas de toda la semana juntas y esta muy dormido", lang="es"),
    crisis("soy la hija de don Pepe, ya no habla de otra cosa mas que de matarse", lang="es"),
    # the writer's own: strong tablets counted "at 10" (the clock, not an age)
    crisis("took 9 of my trazodone at 11 bc i wanted to sleep forever"),
    # someone else's: an overdose asked about for another's sake, others better off without him
    reads("how many lithium would be an overdose? asking because my dad keeps forgetting if he took his", "routine"),
    reads("my brother in law keeps saying without him they would be better off. im ok tho, 4", "routine", asked="mood", mood=4),
    # look-alikes: "si un dia", a sister threatened over the car, a boss one could strangle, a road trip, a haircut
    not_crisis("si un dia me siento muy mal, a que numero llamo? hoy estoy bien", lang="es"),
    not_crisis("im gonna kill my brother if he takes my charger again 😤 anyway mood 4", asked="mood", mood=4),
    not_crisis("my manager micromanages so much i could strangle him lol. refill pls"),
    not_crisis("if i end up killing someone on this drive its my sister and her podcasts lol. all good with meds"),
    not_crisis("me cortaron el pelo horrible, me quiero morir jaja. puedo cambiar mi cita?", lang="es"),
    # past: the crisis set in a time now over
    reads("4. last summer i was cutting, now im back at work and doing ok", "routine", asked="mood", mood=4),
    reads("un 5, en la prepa no queria seguir viva y ahora estoy feliz", "routine", asked="mood", lang="es", mood=5),
    # no red flag: a flu shot asked about on clozapine, road rash from a fall
    case("can i get the flu shot on clozapine? no fever or anything", meds=["clozapine"], no_reason="red_flag:infection_on_clozapine"),
    case("crashed my scooter, road rash on both knees, healing fine", no_reason="red_flag:rash"),
    # someone else's partner's pregnancy is not the writer's
    case("my nephew's girlfriend is pregnant, they're only 18. im a 4", asked="mood", mood=4, no_reason="pregnancy"),
    # one's own part told well, pride in oneself: nothing for anyone to read
    reads("mi perro tiene sarna y lo llevo al veterinario cada semana. por mi parte bien con la sertralina", "none", lang="es"),
    reads("finished my first 5k today, proud of myself", "none"),
]

CRISIS_SIXTY_FIRST_ROUND = [
    # the writer's own: the same thoughts as a year ago, a day named when one will be here no more
    crisis("hace un año me quise matar y ahorita ando igual o peor que esa vez", lang="es"),
    crisis("ya lo decidi, el viernes ya no voy a estar aqui para nadie", lang="es"),
    # past: days counted since the attempt
    reads("today is 200 days since my attempt and im doing ok. a 4", "routine", asked="mood", mood=4),
    # look-alikes: oversleeping on a medicine, the sea walked into over work, a final lost, a hangover, eyelashes burned
    # studying, a bonus spent whole
    not_crisis("i sleep forever on the quetiapine and miss my alarm, can i take it earlier?"),
    not_crisis("if i get one more spreadsheet today im walking into the ocean lol. meds fine"),
    not_crisis("i said id die if we lost the derby and we lost lol, still here, mood 4", asked="mood", mood=4),
    not_crisis("me quiero morir pero de la cruda jaja, la fiesta estuvo buena", lang="es"),
    not_crisis("me estoy quemando las pestanas con la tesis, un 3", asked="mood", lang="es", mood=3),
    not_crisis("me gaste todo el aguinaldo en regalos jaja, ya no me queda nada", lang="es"),
]

CRISIS_SIXTY_SECOND_ROUND = [
    # carers: one who cannot write just now, a dose confirmed in the third person before the son's words
    crisis("mi esposo no puede contestar ahorita, dice que ya tiene todo listo para matarse", lang="es"),
    crisis("si se tomo la pastilla. pero mi hija me dijo anoche que se quiere morir", asked="adherence", lang="es"),
    # the writer's own: a plan for a day when no one is home
    crisis("taking them yes. honestly i have a plan for saturday when the kids are at their dads", asked="adherence"),
    # look-alikes: dying of the heat, cooking that is killing someone, vanishing to a beach
    not_crisis("not suicidal lol, just dying bc of the heat, 110 today. mood 4", mood=4),
    not_crisis("my wife says my singing is killing her lol. no side effects", asked="side_effects"),
    not_crisis("quisiera desaparecer a una isla una semana jaja, un 4", asked="mood", lang="es", mood=4),
    # not wanting the texts to stop is no request to stop them
    case("i dont want these check ins to stop, they help me", keyword=None),
    # bothering told of a symptom is no request; said to the clinic it is
    case("my back pain finally quit bothering me, all good", keyword=None),
    case("ok seriously, stop bugging me", keyword="stop"),
    # "your" texted as "ur": the patient named all the same
    crisis("my wife keeps saying she wants to end it all. shes ur patient, Ana"),
]

FORTY_EIGHTH_PASS = [
    # chest pressure told as someone or something sitting on it: chest_pain
    flag("chest_pain", "my chest feels like somebody is standing on it, on and off since breakfast", asked="open"),
    # a swoon in lay Spanish, or a spell of time away: fainting
    flag("fainting", "me dio un soponcio en la fila del banco, dicen que me cai", asked="open", lang="es"),
    flag("fainting", "en la boda estuve como unos minutos fuera, me contaron mis primas", asked="open", lang="es"),
    # skin peeling with the place named after it: rash
    flag("rash", "se me esta pelando en los brazos y el cuello desde la lamotrigina", meds=["lamotrigine"], lang="es"),
    # dark urine with a word or two between, belly pain beside it: liver; urine said to be clear is none
    flag("liver", "me duele la panza del lado derecho y la orina me sale bien oscura", meds=["valproate"], lang="es"),
    case("la orina la tengo clara y normal, nada raro", "side_effects", lang="es", no_reason="red_flag:liver"),
    # the relative's medicine in a sentence of its own: a carer's report, not a bystander's
    flag("liver", "mi papa tiene la piel amarilla y le duele la panza. toma valproato", asked="open", meds=["valproate"], lang="es"),
    # nights without sleep and no need of it, a costly thing charged: mania
    flag("mania", "havent slept since thursday and honestly i dont even need to, put a boat on my credit card", asked="open"),
    # a carer: the side effects keep the patient from work
    case("mi esposo dice que la nausea no lo deja ir a trabajar", "side_effects", lang="es", triage="high",
         reason="severe_side_effects", side_effects=["nausea"]),
    # a carer says she is the worst she has ever been: worsening
    case("this is her brother, she asked me to tell you shes the worst shes ever been", "open", triage="high", reason="worsening"),
    # refusing from a day on, not taking it for days told in the present, the refill never fetched, the last pill taken: stopped
    case("no. mom has been refusing since friday, says they make her sick", "adherence", triage="high", adherence="stopped"),
    case("no me la tomo desde hace como dos semanas", "adherence", lang="es", triage="high", adherence="stopped"),
    case("havent taken it since saturday, keep forgetting to pick up my refill", "open", triage="high", adherence="stopped"),
    case("ayer me tome mi ultima pastilla y la farmacia no tiene, que hago?", "open", lang="es", triage="high", adherence="stopped"),
    # the last pill of the day is no stop
    case("ya me tome la ultima pastilla del dia", "adherence", lang="es", adherence="taking"),
    # a half after a spelled-out score
    case("dos y medio. no se me antojo salir hoy", "mood", lang="es", triage="high", mood=2),
    # a request the clinic must act on; the pills given up on, the point asked at the end
    case("me cambiaron de trabajo y necesito que me manden la receta a otra farmacia", "open", lang="es", triage="routine",
         reason="question"),
    not_crisis("third one we tried and nothing. what is the point of taking them", "open", triage="routine", reason="question"),
    # lay words for side effects
    case("i feel like cardboard lately, no highs and no lows", "side_effects", triage="routine", side_effects=["emotional_blunting"]),
    case("ni feliz ni triste, todo plano", "side_effects", lang="es", triage="routine", side_effects=["emotional_blunting"]),
    case("my husband hasn't been able to finish in bed since the new pill", "side_effects", triage="routine", side_effects=["sexual"]),
    case("se me brinca el corazon a ratos", "side_effects", lang="es", triage="routine", side_effects=["palpitations"]),
    case("me suda la frente todo el tiempo", "side_effects", lang="es", triage="routine", side_effects=["sweating"]),
    case("tengo la vista borrosa en las tardes", "side_effects", lang="es", triage="routine", side_effects=["blurred_vision"]),
    case("she was sick three times last night", "side_effects", triage="routine", side_effects=["vomiting"]),
    case("ya me canso lo del peso", "side_effects", lang="es", triage="routine", side_effects=["weight_gain"]),
    # empty blister packs are packs, not skin
    case("encontre dos blisters vacios en la basura, ya le pregunte y dice que se le cayeron", "open", lang="es",
         no_reason="red_flag:rash"),
    # a cause of its own, the pill cleared: no side effect
    case("no issues from the meds. my back is killing me but thats 15 years of construction", "side_effects", side_effects=[],
         triage="none"),
    case("ando cansadisima, pero trabajo de noche en la fabrica", "side_effects", lang="es", side_effects=[], triage="none"),
    case("4, a little nervous about the move but in a good way", "mood", mood=4, side_effects=[], triage="none"),
    case("so tired, Leo is 3 weeks old and wakes every 2 hours. mood a 4", "mood", mood=4, side_effects=[], triage="none"),
]


FORTY_NINTH_PASS = [
    # blisters said with the diminutive: rash
    flag("rash", "le salieron ampollitas en la espalda desde que empezo la lamotrigina", meds=["lamotrigine"], lang="es"),
    # a relative's tongue that trips while speaking, with gut upset, on lithium: lithium_toxicity
    flag("lithium_toxicity", "mi abuela tiene diarrea desde ayer y se le traba la lengua cuando platica, toma litio",
         asked="open", meds=["lithium"], lang="es"),
    # stumbling over nothing beside the runs, on lithium: lithium_toxicity
    flag("lithium_toxicity", "i keep tripping over thin air and ive had the runs since sunday", asked="open", meds=["lithium"]),
    # a relative's pay spent in one go beside talking nonstop: mania
    flag("mania", "mi hijo no para de hablar y se gasto toda su quincena en tenis", asked="open", lang="es"),
    # nights without sleep beside a person bouncing off the walls: mania
    flag("mania", "she hasnt slept in 4 days and is bouncing off the walls", asked="open"),
    # a red flag told of "him"/"her" with no one else named is the patient's: chest_pain
    flag("chest_pain", "dice que le duele el pecho desde la clase de educacion fisica", asked="open", lang="es"),
    # refused since an event, the carers leaving it off since an event, no longer given, a whole week since the last
    # pill, given up on it: stopped
    case("no se las ha querido tomar desde que regreso del viaje", "open", lang="es", triage="high", adherence="stopped"),
    case("las dejamos desde que empezo la escuela, estaba bien", "adherence", lang="es", triage="high", adherence="stopped"),
    case("ya no se las estamos dando, le caian muy pesadas", "adherence", lang="es", triage="high", adherence="stopped"),
    case("its been a full week since he took his zoloft", "open", triage="high", adherence="stopped"),
    case("honestly ive given up on the seroquel", "open", triage="high", adherence="stopped"),
    # a short spell since the last pill is some doses missed
    case("its been 2 days since i took my meds", "open", triage="routine", adherence="missed"),
    # the night's dose put off to the next day: missed
    case("a veces se me hace tarde y me la tomo hasta el dia siguiente", "adherence", lang="es", adherence="missed"),
    # a side effect that made them stop is no longer present
    case("ya no se la doy porque le daba mucho mareo", "adherence", lang="es", triage="high", adherence="stopped",
         side_effects=[]),
    # barely eating, told of a child; unable to stop eating; eating more than normal: appetite_change
    case("mi hijo casi no come desde que le dieron la pastilla", "side_effects", lang="es", side_effects=["appetite_change"]),
    case("cant stop eating since the new dose", "side_effects", side_effects=["appetite_change"]),
    case("ando comiendo mas de lo normal", "side_effects", lang="es", side_effects=["appetite_change"]),
    # the diminutive of disgust is queasiness: nausea
    case("en las tardes me da asquito", "side_effects", lang="es", side_effects=["nausea"]),
    # a carer's dry mouth and headache told with "le": both listed
    case("se le seca mucho la boca y le duele la cabeza", "side_effects", lang="es", side_effects=["dry_mouth", "headache"]),
    # waking up soaked: sweating
    case("amanece toda empapada casi diario", "side_effects", lang="es", side_effects=["sweating"]),
    # the kids bouncing off the walls with no nights awake are no mania
    case("the kids are bouncing off the walls today, snow day lol", "open", crisis=False, no_reason="red_flag:mania"),
]

FIFTIETH_PASS = [
    # the chest the subject of the squeeze: chest_pain
    flag("chest_pain", "desde la mañana el pecho se me oprime cuando subo la escalera", asked="open", lang="es"),
    # a relative given the drug in hospital, then stiff, feverish and not knowing anyone: nms_serotonin
    flag("nms_serotonin", "a mi tio le pusieron haloperidol ayer, ahora tiene fiebre, esta todo tieso y no nos reconoce",
         asked="open", lang="es"),
    # a carer's pounding heart beside breath he cannot catch: heart_rhythm
    flag("heart_rhythm", "my son says his heart is pounding and he cant catch his breath since lunch", asked="open"),
    # a seizure told with "tuvo un ataque" and what the family saw: seizure
    flag("seizure", "mi papa tuvo un ataque en la cena, se quedo rigido y no respondia. el toma bupropion", asked="open", lang="es"),
    # nights awake and talking a mile a minute: mania
    flag("mania", "he hasnt slept since thursday and talks a mile a minute about his new business", asked="open"),
    # a side effect that has her not trusting herself at the wheel: severe
    case("my wife is so drowsy on the new pills she doesnt trust herself to drive the kids", "side_effects",
         triage="high", reason="severe_side_effects", side_effects=["drowsiness"]),
    # the bowel euphemism blamed on the medicine: constipation
    case("kinda backed up from the new pills, otherwise good", "side_effects", side_effects=["constipation"]),
    # sleep told as bad, hungry all the blessed time, sleeping into the afternoon: listed
    case("my sleep has been awful lately", "side_effects", side_effects=["insomnia"]),
    case("im hungry all the freaking time", "side_effects", side_effects=["appetite_change"]),
    case("she sleeps till 1pm most days now", "side_effects", side_effects=["drowsiness"]),
    # the belly pointed at, named last: stomach_pain
    case("me duele aqui abajo de la panza", "side_effects", lang="es", side_effects=["stomach_pain"]),
    # days without a pill the pharmacy got wrong are a stop, not a missed dose
    case("cvs gave me the wrong strength so i havent taken any since tuesday", "open", triage="high", adherence="stopped"),
    # a pill named by what it is for, not taken anymore: stopped; "memory pill" is no memory complaint
    case("she isnt taking her memory pill anymore", "adherence", triage="high", adherence="stopped", side_effects=[]),
    # what the medicine did then, given as the reason it was stopped, is not present now
    case("stopped the abilify, it was making me a zombie", "adherence", triage="high", adherence="stopped", side_effects=[]),
    case("la suspendi porque me estaba dando mucha nausea", "adherence", lang="es", triage="high", adherence="stopped",
         side_effects=[]),
    # the treatment said not to work (a death wish denied beside it): no crisis, but for the prescriber to hear
    not_crisis("this med is never gonna work for me, third one in a row that flopped", triage="routine", reason="question"),
    not_crisis("la pastilla no me hace nada, no es que me quiera morir", lang="es", triage="routine", reason="question"),
    # a bare closing score after a free message is the mood
    case("hoy no tuve ganas de salir, pero estoy tranquila. un 3", "open", lang="es", mood=3, triage="routine"),
    # (a score of something else is not: "my kid got a 5 on the test")
    case("my kid got a 5 on the ap test", "open", mood=None),
]

FIFTY_FIRST_PASS = [
    # the squeeze on the chest told as it goes on: chest_pain
    flag("chest_pain", "a mi esposo le esta oprimiendo el pecho desde la comida, dice que le baja al brazo", asked="open", lang="es"),
    flag("chest_pain", "me sigue apretando el pecho aunque ya me sente", lang="es"),
    # a racing heart beside the feeling of tipping over: heart_rhythm, with dizziness
    flag("heart_rhythm", "my heart is racing and i feel like i might tip over", side_effects=["palpitations", "dizziness"]),
    # talking to someone who is not there, told by a roommate: confusion
    flag("confusion", "mi hermana dice que anoche platicaba con una señora que no estaba y que yo veia sombras en la cocina",
         asked="open", lang="es"),
    flag("confusion", "my wife found me in the hallway talking to someone who wasnt there", asked="open"),
    # a relative feeling incredible beside nights awake: mania
    flag("mania", "mi hijo no ha dormido en 3 noches y dice que se siente invencible", asked="open", lang="es"),
    # nights awake with full energy and a vehicle bought: mania
    flag("mania", "van 4 noches sin dormir, ando full energia y me compre una cuatrimoto y un barco", asked="open", lang="es"),
    # not taken since a birthday written short: stopped
    reads("i havent taken my zoloft since my b day last month", "high", asked="adherence", adherence="stopped"),
    # a headache given a cause of its own, a few words on: no side effect
    not_crisis("me duele la cabeza porque me dieron un pelotazo en la clase de deportes", asked="side_effects", lang="es",
               side_effects=[]),
    # sleep lost to exams, not the pill: no side effect
    not_crisis("barely slept this week bc of my chem finals", asked="side_effects", side_effects=[]),
    # tired because a relative is in hospital: no side effect
    not_crisis("ando agotado porque mi papa esta hospitalizado y me quedo con el", asked="side_effects", lang="es",
               side_effects=[]),
]

FIFTY_SECOND_PASS = [
    # a lasting erection, many words between it and "still": priapism
    flag("priapism", "woke up with an erection around 3 and hours later its still there and sore"),
    # the chest felt as if squeezed, told by a carer: chest_pain
    flag("chest_pain", "soy su hija, mi papa siente el pecho como si se lo aplastaran desde la mañana", asked="open", lang="es"),
    # the heart gone off its rhythm beside lightheadedness: heart_rhythm
    flag("heart_rhythm", "my heart got all erratic on the walk home and i felt super lightheaded", asked="open",
         side_effects=["palpitations", "dizziness"]),
    # "bien" as an intensifier, not "fine": a fast heart and breathlessness are heart_rhythm
    flag("heart_rhythm", "traigo el corazon bien acelerado y me falta el aire al subir las escaleras", lang="es"),
    # a relative named by the medicine they take is the patient: red flag, not someone else's
    flag("heart_rhythm", "my son on clozapine has his heart racing and he nearly passed out", asked="open"),
    # voices heard where no one is: confusion
    flag("confusion", "mi mama dice que oye a alguien platicando en el cuarto pero no hay nadie", asked="open", lang="es"),
    # hair falling, the clitic "se" left out: hair_loss
    reads("me esta cayendo muchisimo el cabello", "routine", asked="side_effects", lang="es", side_effects=["hair_loss"]),
    # a cold sweat: sweating
    not_crisis("ando sudando frio en las noches", asked="side_effects", lang="es", side_effects=["sweating"]),
    # fertility treatment is trying to conceive: pregnancy
    case("we are doing an embryo transfer next month, is the lexapro ok?", reason="pregnancy", triage="high"),
    case("estoy en tratamiento de fertilidad, puedo seguir con la sertralina?", lang="es", reason="pregnancy", triage="high"),
    # a complication only a pregnancy has: pregnancy
    case("my doctor is watching me for gestational diabetes now", reason="pregnancy", triage="high"),
    # weeks along told bare beside the baby: pregnancy
    case("4, feeling the baby kick a lot. 31 weeks now", asked="mood", reason="pregnancy", triage="high", mood=4),
    # a period late by days counted: pregnancy; late with rent is not
    case("i am like five days late, should i take a test?", reason="pregnancy", triage="high"),
    case("im 3 days late on rent lol but mood 4", no_reason="pregnancy"),
    # a short spell off it, the carer giving what the pill did as the reason: stopped
    reads("he hasnt taken it since friday, says it makes him too dizzy", "high", asked="adherence",
          adherence="stopped", side_effects=["dizziness"]),
    # not taken since an event counted back in weeks behind a comma: stopped
    reads("havent taken it since the wedding, 2 weeks ago", "high", asked="adherence", adherence="stopped"),
    # a taper of one's own: stopped; one the doctor set is not
    case("im tapering the effexor down on my own, half a pill a day", adherence="stopped", triage="high"),
    case("la doctora me esta bajando la dosis poco a poco", lang="es", no_reason="stopped_medication"),
    # driving given up for a side effect: severe
    case("se me nubla la vista y ya no manejo", asked="side_effects", lang="es", reason="severe_side_effects", triage="high"),
    # the writer's own score set against another's
    reads("mi novio dice que 2 pero yo digo 3", "routine", asked="mood", lang="es", mood=3),
    reads("my mom says 5 but id say a 4", "none", asked="mood", mood=4),
    reads("he says 3 and i agree", "routine", asked="mood", mood=3),
    # a refill said to be due: question
    reads("ya me toca surtir la receta del escitalopram", "routine", lang="es"),
]


FIFTY_THIRD_PASS = [
    # a stop the surgeon or the anaesthetist ordered, reported and not asked: stopped (about to stop)
    case("el cirujano me dijo q tengo q dejar la sertralina una semana antes", lang="es", triage="high",
         adherence="stopped", reason="stopped_medication"),
    case("si me la tomo, pero el dentista dice que la tengo que suspender antes de la extraccion", asked="adherence", lang="es",
         triage="high", adherence="stopped"),
    case("the surgeon said i have to stop the lithium two days before the operation", triage="high", adherence="stopped"),
    # ... but the same words asked are a question, not a stop
    case("tengo que dejar el litio antes de la cirugia?", lang="es", adherence=None),
    # no pills on hand until the pharmacy opens: ran out
    case("the dog chewed up my meds so i have none until the refill comes thursday", triage="high", adherence="stopped"),
    # not taken since a weekday, with an operation keeping it from being swallowed: stopped
    case("havent taken it since saturday, had my wisdom teeth out", asked="adherence", triage="high", adherence="stopped"),
    # "yes, but yesterday no": a missed day
    case("si, pero anoche no porque me dormi temprano", asked="adherence", lang="es", triage="routine", adherence="missed"),
    case("yes but yesterday no, we were at the ER with my dad", asked="adherence", adherence="missed"),
    # the whole regimen taken, joined by "y"
    case("ando en un 4 y tomando todo", lang="es", mood=4, adherence="taking"),
    # a score the writer sets at the end of a free message
    case("no se, me siento apagada toda la semana. yo diria que un 2", lang="es", triage="high", mood=2),
    # legs or body that will not stop moving: restlessness (high)
    case("since the dose went up i cant stop moving my feet, its all day", triage="high", side_effects=["restlessness"],
         reason="restlessness"),
    # a painful erection for hours, told by a partner: priapism
    flag("priapism", "he's been erect for about four hours now and it really hurts, he takes trazodone", asked="open"),
    # chest pain in the Spanish preterite: chest_pain
    flag("chest_pain", "anoche me dolio el pecho bien feo como si me lo apretaran", asked="open", lang="es"),
    # nights awake, nonstop talk and grandiosity told by a carer: mania
    flag("mania", "my daughter hasnt slept in like 3 days, talks nonstop and says shes gonna be rich by summer", asked="open"),
    # sent home from work by the drowsiness, in colloquial Spanish: severe
    case("ando con mucho sueño, casi me duermo en la linea y el jefe me mando pa mi casa", lang="es", triage="high",
         side_effects=["drowsiness"], reason="severe_side_effects"),
    # a request for guidance in the middle of a message: question
    case("my sister is not your patient but can you tell me who she should call about her meds", reason="question"),
    # shy words for sexual side effects
    case("the bedroom stuff isnt working the way it did before the zoloft", side_effects=["sexual"]),
    case("me cuesta trabajo terminar con mi pareja desde que empece la pastilla", lang="es", side_effects=["sexual"]),
    # work clothes that no longer fit: weight gain
    case("up a lot since spring, none of my work jeans fit anymore", side_effects=["weight_gain"]),
    # eating at all hours, told of a relative on the pill: appetite_change
    case("mi hija come a todas horas desde que empezo la olanzapina", asked="side_effects", lang="es", side_effects=["appetite_change"]),
    case("desde la pastilla me la paso comiendo a toda hora", asked="side_effects", lang="es", side_effects=["appetite_change"]),
]

FIFTY_FOURTH_PASS = [
    # a faint told in the plain present by a learner of English: a faint all the same
    flag("fainting", "my husband faint again this morning at the market, he was down for a few seconds", asked="open"),
    # the chest felt tight, the words mixed: chest pain
    flag("chest_pain", "since the new dose my chest se siente muy apretado when i climb stairs", lang="es"),
    # a carer's drunk-like walk and mushy words on lithium, beside vomiting: lithium toxicity
    flag("lithium_toxicity", "this is his daughter. dad threw up all night and now he walks like he's drunk, his words come out all garbled",
         asked="open", meds=("lithium",)),
    # the pulse gone wild, or a rate named of the heart, with dizziness: heart rhythm
    flag("heart_rhythm", "my pulse keeps going crazy and i get so dizzy i have to sit down", asked="open"),
    flag("heart_rhythm", "heart was at 135 while watching tv and i felt lightheaded"),
    # the dead heard talking, home not known: confusion
    flag("confusion", "mi mama dice que oye a mi papa muerto hablandole en la cocina", asked="open", lang="es"),
    flag("confusion", "mi abuelo ya no reconoce ni la casa, pregunta donde esta", asked="open", lang="es"),
    # red patches that came out on the skin: rash
    flag("rash", "le salieron unas manchas moradas rojizas por toda la espalda desde el lunes", lang="es"),
    flag("rash", "me salio algo como una mancha roja en el cuello y me arde", lang="es"),
    # the whole rent spent, or no sleep with boundless energy: mania
    flag("mania", "blew through it, spent my whole rent on scratch tickets in one night lol", asked="open"),
    flag("mania", "duermo como 3 horas y me sobra energia para todo", asked="open", lang="es"),
    # a spree beside ideas that arrive at full speed: mania
    flag("mania", "compre dos carros a credito y las ideas me llegan a mil", asked="open", lang="es"),
    # cannot sit quiet, legs that want to walk: restlessness (high)
    case("since the new pill I cannot sit quiet, my legs always want to move", asked="side_effects",
         triage="high", reason="restlessness"),
    # too sleepy to take the children: severe
    case("tengo tanto sueno que no pude llevar a mis hijos a la escuela", asked="side_effects", lang="es",
         triage="high", reason="severe_side_effects"),
    # no longer kept on: stopped
    case("ya no sigo con la quetiapina, me la cobraban muy cara", lang="es", triage="high", adherence="stopped"),
    # days without, the medicine named before and left unsaid after: stopped
    case("the pharmacy lost my lamotrigine script, so now 5 days without", asked="adherence", triage="high", adherence="stopped"),
    # a dose skipped now and then, in the present: missed
    case("si me las tomo, pero a veces me salto la de la manana", asked="adherence", lang="es", triage="routine", adherence="missed"),
    case("la semana pasada me salte como dos dias por el viaje", asked="adherence", lang="es", adherence="missed"),
    # crying that will not stop: a clearly bad mood
    case("se murio mi abuela y no paro de llorar", lang="es", triage="high", reason="low_mood"),
    # the injection site sore after the shot: a side effect reported, routine
    case("had the shot friday, my arm is a bit sore still", asked="side_effects", triage="routine", reason="side_effects"),
    # ... not the same word for a sore throat on another day, nor a denial
    not_crisis("got my abilify shot monday, no soreness at all, all good", asked="side_effects"),
]

FIFTY_FIFTH_PASS = [
    # a request in words to end the texts, said with "no longer want" and the short "msgs": stop
    case("i no longer want these reminder msgs, switched doctors", keyword="stop"),
    # ... in Spanish, the texts that "arrive": stop
    case("ya no quiero que me sigan llegando los recordatorios", lang="es", keyword="stop"),
    # ... an imperative to the senders: stop
    case("paren ya con los mensajes por favor", lang="es", keyword="stop"),
    # a symptom that quit bothering is relief, not a request about the texts
    case("the nausea quit bugging me after the first week, all good now", asked="side_effects", keyword=None),
    # a relative's erection that will not go down, hours long: priapism
    flag("priapism", "mi esposo trae 5 horas con una ereccion que no se le baja, toma trazodona", asked="open", lang="es"),
    # the relative tied to the clinic by who they see: their red flag is the patient's
    flag("liver", "writing about my son who sees you, the whites of his eyes look yellow today", asked="open"),
    # mouth sores on the inside of the cheeks with peeling skin: rash
    flag("rash", "me salieron llagas por dentro de las mejillas y se me esta pelando la piel del pecho", asked="open", lang="es",
         meds=("lamotrigine",)),
    # people seen where nobody is, told of a relative: confusion
    flag("confusion", "mi mama anda viendo ninos en la sala y ahi no hay nadie", asked="open", lang="es"),
    # shapes seen that speak: confusion
    flag("confusion", "keep seeing figures by the door that whisper my name", asked="open"),
    # nights awake with no need of sleep, new stores and the card maxed: mania
    flag("mania", "havent slept since friday and really dont need to, opened two online shops and maxed my amex", asked="open"),
    # a mission from god with days awake and the savings spent: mania
    flag("mania", "mi hermano es paciente de ustedes, lleva 4 dias sin dormir, dice que tiene una mision divina y gasto sus ahorros en rifas", asked="open", lang="es"),
    # drowsiness that keeps the children from school: severe, high
    case("so drowsy in the mornings its hard to get my kids to school, my sister has had to take them", asked="side_effects",
         triage="high", reason="severe_side_effects"),
    # ... but the school run hard for another cause is no side effect
    not_crisis("hard to get my kids to school on time since the car died", asked="open", side_effects=[]),
]

SECTIONS = {
    "crisis_en": CRISIS_EN, "crisis_typos": CRISIS_TYPOS, "crisis_overdose": CRISIS_OVERDOSE,
    "crisis_self_harm": CRISIS_SELF_HARM, "crisis_others": CRISIS_OTHERS, "crisis_es": CRISIS_ES,
    "crisis_mixed": CRISIS_MIXED, "idioms": IDIOMS, "negations": NEGATIONS,
    "other_people": OTHER_PEOPLE, "past": PAST, "red_flags": RED_FLAGS,
    "not_red_flags": NOT_RED_FLAGS, "high": HIGH, "routine": ROUTINE, "none": NONE, "mood": MOOD,
    "keywords": KEYWORDS, "passive_and_indirect": PASSIVE_AND_INDIRECT,
    "lay_red_flags": LAY_RED_FLAGS, "adherence_and_mood_variants": ADHERENCE_AND_MOOD_VARIANTS,
    "denials_and_opt_outs": DENIALS_AND_OPT_OUTS,
    "misspelt_and_spanish_side_effects": MISSPELT_AND_SPANISH_SIDE_EFFECTS,
    "mixed_and_acknowledgements": MIXED_AND_ACKNOWLEDGEMENTS, "lookalikes": LOOKALIKES,
    "more_crisis": MORE_CRISIS, "hyperbole_denials_and_others": HYPERBOLE_DENIALS_AND_OTHERS,
    "red_flags_typed": RED_FLAGS_TYPED, "wishes_and_goodbyes": WISHES_AND_GOODBYES,
    "means_and_spanish_perfect": MEANS_AND_SPANISH_PERFECT, "past_and_resolved": PAST_AND_RESOLVED,
    "lay_red_flags_2": LAY_RED_FLAGS_2, "lay_answers": LAY_ANSWERS,
    "timelines_and_observers": TIMELINES_AND_OBSERVERS,
    "letters_places_and_numbers": LETTERS_PLACES_AND_NUMBERS,
    "chance_counts_and_guards": CHANCE_COUNTS_AND_GUARDS,
    "carers_lay_words_and_thanks": CARERS_LAY_WORDS_AND_THANKS,
    "lay_words_second_pass": LAY_WORDS_SECOND_PASS,
    "spelt_as_heard_and_third_pass": SPELT_AS_HEARD_AND_THIRD_PASS,
    "fourth_pass": FOURTH_PASS, "fifth_pass": FIFTH_PASS, "sixth_pass": SIXTH_PASS, "seventh_pass": SEVENTH_PASS,
    "eighth_pass": EIGHTH_PASS,
    "ninth_pass": NINTH_PASS,
    "tenth_pass": TENTH_PASS,
    "eleventh_pass": ELEVENTH_PASS,
    "twelfth_pass": TWELFTH_PASS,
    "thirteenth_pass": THIRTEENTH_PASS,
    "fourteenth_pass": FOURTEENTH_PASS,
    "fifteenth_pass": FIFTEENTH_PASS,
    "sixteenth_pass": SIXTEENTH_PASS,
    "seventeenth_pass": SEVENTEENTH_PASS,
    "eighteenth_pass": EIGHTEENTH_PASS,
    "nineteenth_pass": NINETEENTH_PASS,
    "twentieth_pass": TWENTIETH_PASS,
    "twenty_first_pass": TWENTY_FIRST_PASS,
    "twenty_second_pass": TWENTY_SECOND_PASS,
    "twenty_third_pass": TWENTY_THIRD_PASS,
    "twenty_fourth_pass": TWENTY_FOURTH_PASS,
    "twenty_fifth_pass": TWENTY_FIFTH_PASS,
    "twenty_sixth_pass": TWENTY_SIXTH_PASS,
    "twenty_seventh_pass": TWENTY_SEVENTH_PASS,
    "twenty_eighth_pass": TWENTY_EIGHTH_PASS,
    "twenty_ninth_pass": TWENTY_NINTH_PASS,
    "thirtieth_pass": THIRTIETH_PASS,
    "thirty_first_pass": THIRTY_FIRST_PASS,
    "thirty_second_pass": THIRTY_SECOND_PASS,
    "thirty_third_pass": THIRTY_THIRD_PASS,
    "thirty_fourth_pass": THIRTY_FOURTH_PASS,
    "thirty_fifth_pass": THIRTY_FIFTH_PASS,
    "thirty_sixth_pass": THIRTY_SIXTH_PASS,
    "thirty_seventh_pass": THIRTY_SEVENTH_PASS,
    "thirty_eighth_pass": THIRTY_EIGHTH_PASS,
    "thirty_ninth_pass": THIRTY_NINTH_PASS,
    "fortieth_pass": FORTIETH_PASS,
    "forty_first_pass": FORTY_FIRST_PASS,
    "forty_second_pass": FORTY_SECOND_PASS,
    "forty_third_pass": FORTY_THIRD_PASS,
    "forty_fourth_pass": FORTY_FOURTH_PASS,
    "forty_fifth_pass": FORTY_FIFTH_PASS,
    "forty_sixth_pass": FORTY_SIXTH_PASS,
    "forty_seventh_pass": FORTY_SEVENTH_PASS,
    "forty_eighth_pass": FORTY_EIGHTH_PASS,
    "forty_ninth_pass": FORTY_NINTH_PASS,
    "fiftieth_pass": FIFTIETH_PASS,
    "fifty_first_pass": FIFTY_FIRST_PASS,
    "fifty_second_pass": FIFTY_SECOND_PASS,
    "fifty_third_pass": FIFTY_THIRD_PASS,
    "fifty_fourth_pass": FIFTY_FOURTH_PASS,
    "fifty_fifth_pass": FIFTY_FIFTH_PASS,
    "crisis_tenth_round": CRISIS_TENTH_ROUND, "crisis_eleventh_round": CRISIS_ELEVENTH_ROUND,
    "crisis_twelfth_round": CRISIS_TWELFTH_ROUND,
    "crisis_thirteenth_round": CRISIS_THIRTEENTH_ROUND,
    "crisis_fourteenth_round": CRISIS_FOURTEENTH_ROUND,
    "crisis_fifteenth_round": CRISIS_FIFTEENTH_ROUND,
    "crisis_sixteenth_round": CRISIS_SIXTEENTH_ROUND,
    "crisis_seventeenth_round": CRISIS_SEVENTEENTH_ROUND,
    "crisis_eighteenth_round": CRISIS_EIGHTEENTH_ROUND,
    "crisis_nineteenth_round": CRISIS_NINETEENTH_ROUND,
    "crisis_twentieth_round": CRISIS_TWENTIETH_ROUND,
    "crisis_twenty_first_round": CRISIS_TWENTY_FIRST_ROUND,
    "crisis_twenty_second_round": CRISIS_TWENTY_SECOND_ROUND,
    "crisis_twenty_third_round": CRISIS_TWENTY_THIRD_ROUND,
    "crisis_twenty_fourth_round": CRISIS_TWENTY_FOURTH_ROUND,
    "crisis_twenty_fifth_round": CRISIS_TWENTY_FIFTH_ROUND,
    "crisis_twenty_sixth_round": CRISIS_TWENTY_SIXTH_ROUND,
    "crisis_twenty_seventh_round": CRISIS_TWENTY_SEVENTH_ROUND,
    "crisis_twenty_eighth_round": CRISIS_TWENTY_EIGHTH_ROUND,
    "crisis_twenty_ninth_round": CRISIS_TWENTY_NINTH_ROUND,
    "crisis_thirtieth_round": CRISIS_THIRTIETH_ROUND,
    "crisis_thirty_first_round": CRISIS_THIRTY_FIRST_ROUND,
    "crisis_thirty_second_round": CRISIS_THIRTY_SECOND_ROUND,
    "crisis_thirty_third_round": CRISIS_THIRTY_THIRD_ROUND,
    "crisis_thirty_fourth_round": CRISIS_THIRTY_FOURTH_ROUND,
    "crisis_thirty_fifth_round": CRISIS_THIRTY_FIFTH_ROUND,
    "crisis_thirty_sixth_round": CRISIS_THIRTY_SIXTH_ROUND,
    "crisis_thirty_seventh_round": CRISIS_THIRTY_SEVENTH_ROUND,
    "crisis_thirty_eighth_round": CRISIS_THIRTY_EIGHTH_ROUND,
    "crisis_thirty_ninth_round": CRISIS_THIRTY_NINTH_ROUND,
    "crisis_fortieth_round": CRISIS_FORTIETH_ROUND,
    "crisis_forty_first_round": CRISIS_FORTY_FIRST_ROUND,
    "crisis_forty_second_round": CRISIS_FORTY_SECOND_ROUND,
    "crisis_forty_third_round": CRISIS_FORTY_THIRD_ROUND,
    "crisis_forty_fourth_round": CRISIS_FORTY_FOURTH_ROUND,
    "crisis_forty_fifth_round": CRISIS_FORTY_FIFTH_ROUND,
    "crisis_forty_sixth_round": CRISIS_FORTY_SIXTH_ROUND,
    "crisis_forty_seventh_round": CRISIS_FORTY_SEVENTH_ROUND,
    "crisis_forty_eighth_round": CRISIS_FORTY_EIGHTH_ROUND,
    "crisis_forty_ninth_round": CRISIS_FORTY_NINTH_ROUND,
    "crisis_fiftieth_round": CRISIS_FIFTIETH_ROUND,
    "crisis_fifty_first_round": CRISIS_FIFTY_FIRST_ROUND,
    "crisis_fifty_second_round": CRISIS_FIFTY_SECOND_ROUND,
    "crisis_fifty_third_round": CRISIS_FIFTY_THIRD_ROUND,
    "crisis_fifty_fourth_round": CRISIS_FIFTY_FOURTH_ROUND,
    "crisis_fifty_fifth_round": CRISIS_FIFTY_FIFTH_ROUND,
    "crisis_fifty_sixth_round": CRISIS_FIFTY_SIXTH_ROUND,
    "crisis_fifty_seventh_round": CRISIS_FIFTY_SEVENTH_ROUND,
    "crisis_fifty_eighth_round": CRISIS_FIFTY_EIGHTH_ROUND,
    "crisis_fifty_ninth_round": CRISIS_FIFTY_NINTH_ROUND,
    "crisis_sixtieth_round": CRISIS_SIXTIETH_ROUND,
    "crisis_sixty_first_round": CRISIS_SIXTY_FIRST_ROUND,
    "crisis_sixty_second_round": CRISIS_SIXTY_SECOND_ROUND,
}
CASES = [c for cases in SECTIONS.values() for c in cases]


def _params():
    return [
        pytest.param(c, id=f"{section}-{i:03d}-{c['text'][:40]}")
        for section, cases in SECTIONS.items() for i, c in enumerate(cases)
    ]


def run(c) -> Classification:
    return classify(Reply(c["text"], c["asked"], tuple(c["medications"]), c["language"]))


@pytest.mark.parametrize("c", _params())
def test_case(c):
    result = run(c)
    got = result.to_dict()
    got["side_effects"] = sorted(got["side_effects"])
    wrong = {k: (got[k], v) for k, v in c["expect"].items() if got[k] != v}
    assert not wrong, f"{c['text']!r}: (got, expected) {wrong}; reasons {result.reasons}"
    if c["reason"]:
        assert c["reason"] in result.reasons, result.reasons
    if c["no_reason"]:
        assert c["no_reason"] not in result.reasons, result.reasons


def test_case_set_is_large_and_covers_both_languages():
    assert len(CASES) >= 300
    assert sum(c["language"] == "es" for c in CASES) >= 60
