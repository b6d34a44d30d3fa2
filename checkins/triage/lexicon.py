"""Shared vocabulary: medication names, people, negators and the spelling targets.

Patterns are written against normalised text (see ``normalize.py``): lower case,
accents stripped, apostrophes removed ("don't" -> "dont"), hyphens between
letters turned into spaces, whitespace collapsed and letter runs cut to two.
"""

from __future__ import annotations


def alt(words) -> str:
    """Return a non-capturing alternation, longest first so phrases win over prefixes."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


def not_after(*words: str) -> str:
    """Return lookbehinds ruling out a match right after any of ``words`` and a space (each lookbehind has one width)."""
    return "".join(f"(?<!{word} )" for word in words)


# generic name -> other names patients use (brands, Spanish spellings)
MEDICATIONS: dict[str, tuple[str, ...]] = {
    "sertraline": ("zoloft", "sertralina"),
    "escitalopram": ("lexapro", "cipralex"),
    "citalopram": ("celexa",),
    "fluoxetine": ("prozac", "sarafem", "fluoxetina"),
    "paroxetine": ("paxil", "paroxetina"),
    "fluvoxamine": ("luvox",),
    "venlafaxine": ("effexor", "venlafaxina"),
    "desvenlafaxine": ("pristiq",),
    "duloxetine": ("cymbalta", "duloxetina"),
    "bupropion": ("wellbutrin", "zyban", "bupropiona"),
    "mirtazapine": ("remeron", "mirtazapina"),
    "trazodone": ("desyrel", "trazodona"),
    "vortioxetine": ("trintellix",),
    "vilazodone": ("viibryd",),
    "amitriptyline": ("elavil", "amitriptilina"),
    "nortriptyline": ("pamelor",),
    "lithium": ("lithobid", "eskalith", "litio", "plenur"),
    "lamotrigine": ("lamictal", "lamotrigina"),
    "valproate": ("depakote", "depakene", "valproic", "divalproex", "valproato", "depakine", "acido valproico", "valproico"),
    "carbamazepine": ("tegretol", "equetro", "carbamazepina"),
    "oxcarbazepine": ("trileptal", "oxcarbazepina"),
    "quetiapine": ("seroquel", "quetiapina"),
    "olanzapine": ("zyprexa", "olanzapina"),
    "risperidone": ("risperdal", "risperidona"),
    "aripiprazole": ("abilify", "aripiprazol"),
    "clozapine": ("clozaril", "clozapina", "versacloz", "fazaclo"),
    "ziprasidone": ("geodon",),
    "lurasidone": ("latuda",),
    "cariprazine": ("vraylar",),
    "brexpiprazole": ("rexulti",),
    "haloperidol": ("haldol",),
    "paliperidone": ("invega",),
    "methylphenidate": ("ritalin", "concerta", "metilfenidato"),
    "amphetamine": ("adderall", "vyvanse", "lisdexamfetamine"),
    "atomoxetine": ("strattera",),
    "buspirone": ("buspar", "buspirona"),
    "clonazepam": ("klonopin", "rivotril"),
    "lorazepam": ("ativan",),
    "alprazolam": ("xanax",),
    "hydroxyzine": ("vistaril", "atarax"),
    "gabapentin": ("neurontin", "gabapentina"),
    "topiramate": ("topamax", "topiramato"),
}

MED_ALIASES: dict[str, str] = {}
for _generic, _others in MEDICATIONS.items():
    MED_ALIASES[_generic] = _generic
    for _name in _others:
        MED_ALIASES[_name] = _generic

MED_NAMES = alt(MED_ALIASES)
# Anything that can stand for "the medication" in a sentence.
MED_REF = alt([
    "med", "meds", "medication", "medications", "medicine", "medicines", "medicina",
    "medicinas", "medicamento", "medicamentos", "pill", "pills", "tablet", "tablets",
    "tabs", "pastilla", "pastillas", "capsules", "prescription", "treatment",
    "tratamiento", "antidepressant", "antidepressants", "antipsychotic", "mood stabilizer",
    "ssri", "meds", MED_NAMES,
])

RELATIONS = alt([
    "mom", "mother", "mum", "mama", "mommy", "dad", "father", "papa", "daddy", "son",
    "daughter", "kid", "kids", "child", "children", "baby", "babies", "wife", "husband",
    "partner", "boyfriend", "girlfriend", "bf", "gf", "brother", "sister", "bro", "sis",
    "family", "neighbor", "neighbour", "neighbors", "boss", "coworker", "coworkers",
    "roommate", "friend", "friends", "bestie", "cousin", "uncle", "aunt", "grandma",
    "grandpa", "grandmother", "grandfather", "fiance", "fiancee", "ex", "stepdad",
    "stepmom", "teacher", "nephew", "niece", "mother in law", "in laws", "landlord",
    "hijo", "hija", "hijos", "hijas", "bebe", "esposo", "esposa", "marido", "mujer",
    "pareja", "novio", "novia", "hermano", "hermana", "hermanos", "familia", "vecino",
    "vecina", "jefe", "jefa", "amigo", "amiga", "primo", "prima", "tio", "tia", "abuela",
    "abuelo", "suegra", "suegro", "companero", "companera", "nieto", "nieta", "cunado", "cunada",
    "yerno", "nuera", "padrastro", "madrastra", "manager", "supervisor",
    "toddler", "toddlers", "newborn", "infant", "stepson", "stepdaughter", "grandson",
    "granddaughter", "nino", "nina", "ninos", "ninas", "teen", "teens", "teenager", "teenagers",
    "buddy", "buddies", "pal", "teammate", "crewmate", "compa", "cuate", "carnal", "compadre", "comadre",
    # people in a story or on the street: "a show where the main guy wants to disappear"
    "guy", "girl", "dude", "man", "woman", "lady", "character", "protagonist", "chico", "chica",
    "senor", "senora", "personaje", "protagonista",
])

# Relatives a carer texts about: "my wife had a convulsion", "mi mamá ya no se quiere tomar la quetiapina".
CARED_FOR = alt([
    "wife", "husband", "spouse", "mom", "mother", "mum", "mama", "mommy", "dad", "father", "papa",
    "daddy", "son", "daughter", "grandma", "grandpa", "grandmother", "grandfather", "esposa", "esposo",
    "marido", "madre", "padre", "hijo", "hija", "abuela", "abuelo", "suegra", "suegro", "mami", "papi",
    "partner", "girlfriend", "boyfriend", "gf", "bf", "novia", "novio", "pareja", "hubby", "wifey",
    # a child named by pet words: "my little boy", "my kiddo"
    "boy", "kiddo", "little one",
    # the possessive, its apostrophe dropped: "my son's so sick to his stomach"
    "sons", "daughters", "wifes", "husbands", "moms", "dads",
])
# A relative tied to the treatment is the patient a carer writes about: "mi hijo que toma clozapina",
# "after her morning dose", "empezó con la pastilla nueva", "my daughter (your patient)".
PATIENT_TIE = (
    # (the relative's age may come between: "mi hija de 22 toma el valproato")
    r"\b(?:(?:he|she|they|who|que|q|el|ella|hes|shes|he s|she s|" + CARED_FOR + r")(?: de \d{1,2}(?: anos)?)? (?:also |still |just )?(?:takes|is on|s on|on|was started on|started on"
    r"|has been on|been on|toma|tomaba|esta tomando|empezo con|comenzo con) (?:the |a |his |her |their |su |la |el |las |los )?(?:new )?"
    + MED_REF + r"\b"
    r"|(?:his|her|their|su|sus) (?:morning |evening |night |nightly |new |daily )?(?:dose|doses|pill|pills|meds|medication"
    r"|medicine|pastilla|pastillas|medicina|medicinas|dosis|tratamiento)\b"
    # (a tie denied is none: "mi sobrina (ella no es su paciente) ...", "not your patient")
    r"|(?<!no es )(?<!not )(?<!isnt )(?<!no son )(?:your|su|tu) (?:paciente|patient)\b|(?<!no )es (?:su|tu) paciente\b"
    # "mi suegro (el del valproato, es paciente de ustedes)", "shes a patient of yours"
    # the one the prescriber sees: "el señor Aurelio que usted atiende"
    r"|(?:que|q|a quien) (?:usted|ustedes) (?:atiende|atienden|trata|tratan)\b"
    # ... or who sees the prescriber: "my daughter who sees you", "mi hijo que la ve a usted"
    r"|(?:who|that) (?:sees|is seeing|s seeing|has been seeing|goes to|comes to) (?:you|u|you guys|yall|your clinic|your office)\b"
    r"|(?:que|q) (?:lo |la |los )?(?:ve|consulta|va) (?:a usted|con usted|con ustedes|a ustedes|a su consulta|a la clinica)\b"
    # the one on the clinic's list, or asked about by dose: "shes on your list", "should she keep taking the lamotrigine"
    r"|(?<!not )(?<!isnt )(?:she|he|they|shes|hes|she s|he s|who)(?: is| s| are)? on (?:your|ur) (?:list|roster|caseload|panel)\b"
    r"|(?:should|can|could|does|do) (?:she|he) (?:keep |still |continue |stop )?(?:taking|take|on) (?:the |her |his |their )?" + MED_REF + r"\b"
    r"|(?<!no )(?<!not )(?:es|son|is|s|are) (?:a )?(?:paciente|patient)s? (?:de ustedes|de usted|suy[oa]s?|de la clinica|of yours|at your clinic)\b"
    # ... or set in brackets after the name: "mi hija Valeria (paciente suya)"
    # ... or as the clinic's: "mi abuelo Fermin (paciente de la clinica)", "(patient at your clinic)"
    r"|(?<=\()(?:su |tu )?(?:paciente|patient) (?:de ustedes|de usted|suy[oa]|tuy[oa]|of yours|de la clinica|de su clinica|de esta clinica"
    r"|at your clinic|of your clinic|at the clinic)\b"
    # ("pastilla" reads "pastillas" after spelling correction)
    r"|(?:despues|after|since|desde) (?:de )?(?:la|the|su|her|his|el) (?:\w+ )?(?:pastillas?|pills?|medicinas?|medication|dose|dosis"
    r"|meds|medicamentos?)\b"
    r"|(?:empezo|comenzo|inicio) (?:con )?(?:la|el|su) (?:\w+ )?(?:pastillas?|medicinas?|medicamentos?|tratamiento)\b"
    # the medicine named: "empezó el aripiprazol hace poquito"
    r"|(?:empezo|comenzo|inicio) (?:con )?(?:la|el|su) " + MED_REF + r"\b"
    r"|(?:la|el) (?:pastillas?|medicinas?|medicamentos?) nuev[oa]\b"
    # the relative named by the medicine they are on: "mi hermano con la clozapina trae el pulso a mil", "my son on lithium"
    r"|\b(?:" + RELATIONS + r") (?:con|on) (?:the |his |her |their |su |la |el )?" + MED_REF + r"\b"
    # the relative refuses or quits it: "mi hermano ya no quiere la olanzapina", "my brother doesnt want the lithium anymore"
    r"|(?:ya )?no (?:quiere|quiso) (?:seguir con |seguir tomando |tomar(?:se)? |continuar con )?(?:la|el|su|sus|las|los) " + MED_REF + r"\b"
    r"|(?:doesnt|does not|no longer) want (?:to (?:take|stay on|keep taking) )?(?:the|his|her|their) " + MED_REF + r"\b"
    # the relative's medicine told after an "and", the subject said before it: "mi hija está embarazada y toma litio",
    # "my daughter is pregnant and on lithium" (third person only: "y tomo litio" is the writer)
    r"|\b(?:y|and) (?:also |tambien |todavia |still )?(?:toma|tomaba|esta tomando|sigue tomando|takes|is on|s on|on) (?:the |a |his |her |their |su |la |el |las |los )?"
    + MED_REF + r"\b"
    # the medicine this prescriber gave, the subject left out: "... y le duele la panza. toma valproato de ustedes",
    # "hes on valproate from you"
    r"|\b(?:toma|esta tomando|takes|is on|s on) (?:the |his |her |su |la |el )?" + MED_REF + r" (?:de ustedes|de usted|from you|from your (?:clinic|office))\b"
    # the medicine given to the relative by a doctor: "le pusieron haloperidol en el hospital", "they started her on
    # olanzapine", "le subieron la sertralina"
    r"|\ble (?:pusieron|recetaron|mandaron|dieron|empezaron|subieron|bajaron|cambiaron|aumentaron)(?: (?:la|el|las|los|su|sus))? (?:dosis de (?:la |el )?)?" + MED_REF + r"\b"
    r"|\b(?:put|started|switched) (?:him|her|them) (?:on|to) (?:the )?" + MED_REF + r"\b"
    # "my wife is so groggy on the new dose"
    r"|\b(?:on|with) (?:the|her|his|their) new (?:dose|dosage|meds?|medication|pills?)\b"
    r"|(?:^|(?<=[.!?] ))(?:just )?started (?:on )?(?:the |her |his |their )(?:" + MED_REF + r") (?:last night|yesterday|today|this morning|this week)\b"
    # the medicine told in a sentence of its own, the subject (the relative just named) left out: "... le duele la panza. toma olanzapina"
    r"|(?:(?<=[.!?] )|(?<=[.!?]))(?:y )?(?:toma|esta tomando|takes|is on) (?:the |su |la |el |los |las )?(?:" + MED_REF + r")\b)"
)

# People someone could mean to harm ("hurting my mom", "stab him").
PERSON = (
    r"(?:(?:my|the|that|this|his|her|our|a|mi|mis|su|el|la) " + RELATIONS
    + r"|him|her|them|someone|somebody|anyone|anybody|everyone|everybody|people|ppl|others|strangers|a stranger|random people"
    + r"|(?:the|that|this|a) guy|alguien|todos|todo el mundo)\b(?! feelings| feeling)"
)

# Words of contrast: what follows qualifies what came before ("took it, but ...", "sí, aunque ...").
CONTRAST = r"but|pero|though|tho|although|however|except|excepto|aunque|aunq|sin embargo|solo que|nomas que"

# Words that switch a finding off when they come shortly before it.
NEGATORS = frozenset({
    "no", "not", "never", "without", "zero", "none", "nor", "neither", "dont", "didnt",
    "doesnt", "havent", "hasnt", "hadnt", "wasnt", "werent", "isnt", "arent", "wont",
    "wouldnt", "shouldnt", "denies", "deny", "denied", "nothing", "nunca", "ni", "sin",
    "ningun", "ninguna", "ninguno", "jamas", "nada", "nope", "nah", "aint", "cero",
    "tampoco",  # "tampoco he tenido ideas de ...": not either
})

# Words a negation reaches across: "no thoughts of hurting myself", "no fever or chills".
FILLERS = frozenset({
    "any", "a", "an", "the", "had", "have", "has", "having", "get", "got", "getting",
    "been", "be", "being", "was", "were", "is", "am", "are", "i", "im", "ive", "id",
    "really", "much", "more", "of", "or", "and", "feel", "feeling", "felt", "noticed",
    "notice", "seen", "experienced", "experiencing", "real", "serious", "major", "other",
    "signs", "sign", "symptoms", "thoughts", "thought", "thinking", "urges", "urge", "talk", "mention",
    "plans", "plan", "intention", "intentions", "intent", "desire", "wish", "to", "about",
    "at", "all", "ever", "even", "would", "will", "could", "gonna", "going", "want", "wanting",
    "wanna", "planning", "do", "did", "such", "as", "longer", "so", "too", "new",
    "further", "actually", "anymore", "currently", "feelings", "ideas", "idea", "suicidal",
    "tengo", "he", "tenido", "tuve", "hay", "de", "la", "el", "los", "las", "un", "una",
    "mas", "me", "mucha", "mucho", "muy", "con", "siento", "pensamientos", "ideas",
    "ganas", "tenia", "ya", "that", "x", "still", "again", "bad", "any more", "like",
    "pensamiento", "intencion", "intenciones", "plan", "planes",
    # "no thoughts of self harm or suicide": the "no" reaches past the first item of the list
    "self", "harm", "myself", "hurting", "cutting", "suicide",
    "quiera", "quisiera",  # "no es que quiera hacerme daño"
    "en", "pienso", "pensado", "pensando", "quiero", "voy", "que", "he", "ningunas", "soy", "estoy",
    "ando",  # "no ando suicida ni nada"
    # "no dark thoughts about ending things"
    "dark", "negative", "intrusive", "scary", "oscuros", "malos", "feos",
    "ninguna", "ningun", "rara", "raras", "raro", "raros", "weird", "strange",  # "no tengo ninguna idea rara de hacerme daño"
    "e",  # "no e tenido pensamientos de ...": "he" spelt as heard
    "esos", "esas", "those", "these",  # "ya no tengo esos pensamientos de morirme"
    "da", "dan", "daban",  # "ya no me dan ganas de morirme"
})

# SMS spellings of words the rules key on, replaced before any rule runs.
SMS_SPELLINGS: dict[str, str] = {
    "ded": "dead", "dyin": "dying", "lyfe": "life", "lyf": "life", "wnt": "want", "wana": "wanna", "wanan": "wanna", "wnat": "want", "dnt": "dont",
    "kno": "know", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "sum1": "someone",
    "some1": "someone", "any1": "anyone", "every1": "everyone", "ppl": "people", "nite": "night",
    "2nite": "tonight", "2day": "today", "wen": "when", "cuz": "because", "bc": "because",
    "hart": "heart", "hert": "heart",
    # spelt as heard, from low literacy or voice dictation: Spanish "k" for "qu", "b" for "v",
    # "y" for "ll", "s" for "z" and "c"; English vowels dropped or swapped
    "kiero": "quiero", "kieres": "quieres", "kiere": "quiere", "kieta": "quieta", "kieto": "quieto", "porke": "porque",
    "porq": "porque", "beo": "veo", "bomito": "vomito", "bomitando": "vomitando", "rebuelto": "revuelto",
    "corason": "corazon", "rapidicimo": "rapidisimo", "rapidisimo": "rapidisimo", "veses": "veces",
    "pesadiya": "pesadilla", "pesadiyas": "pesadillas", "pastiya": "pastilla", "pastiyas": "pastillas",
    "amariyo": "amarillo", "amariyos": "amarillos", "amariya": "amarilla", "amariyas": "amarillas",
    "pregnet": "pregnant", "pregant": "pregnant", "pregnat": "pregnant", "pergnant": "pregnant", "lithum": "lithium",
    "evry": "every", "realy": "really", "tung": "tongue", "swoled": "swollen", "swolled": "swollen", "swolen": "swollen",
    "swalow": "swallow", "presure": "pressure", "pressur": "pressure",
    "elefant": "elephant", "elephent": "elephant", "skool": "school", "btwn": "between", "somewher": "somewhere",
    # Spanish SMS shorthand: "se m sta cayendo el pelo", "no me puedo qdar quieta", "dsps d tomarla"; a lone "m"
    # is "me" ("m duele la panza"), read only where it is not the "m" of "i m" (normalize.py)
    "m": "me", "sta": "esta", "stoy": "estoy", "dsps": "despues", "dspues": "despues", "dsd": "desde",
    "qdar": "quedar", "qdarme": "quedarme", "qdo": "quedo", "qda": "queda", "qde": "quede",
}

# Words whose final "g" is often dropped ("racin", "thinkin"): "racin" is read as "racing".
G_DROPPED = frozenset("""
racing pounding killing cutting dying living feeling thinking ending hurting harming shaking
throwing puking sweating burning bleeding fainting passing spinning peeling itching swelling
trembling twitching jerking pacing crying taking missing skipping sleeping eating hanging
jumping planning going wanting wishing hoping nothing something anything everything doing
getting losing struggling fighting giving gaining putting tripping standing morning trembling
sitting pressing squeezing popping showing coming cropping spreading breaking blowing
""".split())

# Short words fixed only when two neighbouring letters are swapped ("wnat", "slef"): any
# looser rule on four letters would turn real words into findings.
SWAP_TARGETS = ("want", "kill", "self", "life", "live", "pain", "hurt", "rash", "wake")

# Words worth fixing when misspelt: the ones a missed finding would cost most on.
# Real words one edit away from these are listed in ``spelling_guard.py``.
FUZZY_TARGETS: tuple[str, ...] = tuple(sorted(set("""
suicide suicidal suicidio suicidarme myself exist existing existence alive anymore
overdose overdosed overdosing seizure seizures convulsion convulsions convulsing
diarrhea diarrhoea nausea nauseous nauseated headache headaches migraine constipated
constipation dizzy dizziness lightheaded drowsy drowsiness sleepy exhausted groggy
insomnia unbearable intolerable pregnant pregnancy embarazada embarazo vomiting
vomited palpitations nightmares tremor tremors shaking shaky restless restlessness
anxious anxiety jittery blurry blurred sweating appetite fainted fainting hallucinating
hallucinations confused confusion swelling swollen breathe breathing swallow
swallowing stomach blisters peeling erection libido akathisia matarme vivir despertar
pastillas mareado mareos nauseas diarrea vomito vomitando fiebre garganta temblor
temblores insoportable killing cutting hurting harming thoughts thinking medication
medicine refill prescription pharmacy depressed depression hopeless miserable
terrible horrible awful unsubscribe cancelar fever temperature yellow pounding pacing
fidgety emotionless zombie worthless pointless burden goodbye hanging jumping bridge
bottle stopped quitting missed forgot skipped weight hives puffy chills throat
infection tired ending
""".split()) | {name for name in MED_ALIASES if len(name) >= 5}))
