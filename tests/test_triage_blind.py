"""Independent evaluation sets, scored against the acceptance bars.

Each set in ``tests/data/`` was written from the triage spec alone, before its
author read the classifier, phrased unlike the shared corpus:

- ``replies-blind.jsonl`` (400): indirect and passive crisis language, lay names of
  every red flag, SMS spelling, Spanish, idioms, negations, mixed messages, mood
  formats, keywords and prescriber questions.
- ``replies-blind-2.jsonl`` (350): euphemistic and slang crisis language (plans,
  goodbyes, giving things away, overdose euphemisms, self-harm slang), Latin American
  Spanish, media mentions, past and third-party crises.
- ``replies-blind-3.jsonl`` (300, half Spanish): crisis wording varied along axes —
  verbs and nouns for death and nonexistence, modal frames, tense, hedges, typos,
  emoji — and hard negatives that share words with crises.
- ``replies-blind-4.jsonl`` (200, half Spanish): crisis wording a rules engine would
  not anticipate (very short messages, metaphors, danger buried mid-message or after a
  cheerful opening, farewells, preparations), lay red flags, idioms and negations.
- ``replies-blind-5.jsonl`` (250, half Spanish across four registers): plans and
  preparations in lay words, religious and rhetorical framing, self-harm slang, danger
  after small talk, lay red flags, past crises, idioms and denials.
- ``replies-blind-6.jsonl`` (200, half Spanish in five registers): crises told only by
  objects, places and timelines (a rope and a beam, a ledge, a sealed garage, pills lined
  up), last messages, sarcasm, words run together, emoji, self-harm by injury and tool,
  danger inside a routine answer, and hard negatives that share those words.
- ``replies-blind-7.jsonl`` (120, almost half Spanish): crises told through preparations,
  objects, places and timing without words for dying, and harmless uses of the same
  objects and places.
- ``replies-blind-8.jsonl`` … ``replies-blind-13.jsonl`` (200 each, a third to three quarters
  Spanish), one theme each: passive and indirect death wishes (8); Spanish across regions,
  SMS spelling and regional idioms (9); typos, dictation slips, words run together and danger
  buried in long run-ons (10); every red flag in lay words beside harmless look-alikes (11);
  overdoses, deliberate and accidental, self-harm slang and thoughts of harming others (12);
  a representative week of a clinic's replies with crises hedged or tucked in (13).
- ``replies-blind-14.jsonl`` … ``replies-blind-18.jsonl`` (150 each, written after the
  classifier had been fixed on sets 8-13): negation, idiom and denials taken back (14);
  mixed messages with the danger anywhere in them (15); older adults, caregivers texting
  for the patient, formal and religious register (16); young people's slang, emoji and
  hyperbole (17); crises implied by deeds and plans across life events (18).
- ``replies-blind-19.jsonl`` … ``replies-blind-23.jsonl`` (150 each, written after the fixes for
  sets 14-18): a broad mix across the spec (19); Spanish only, a US clinic's patients (20);
  crises asked as questions beside ordinary questions (21); hopelessness about life beside dark
  but non-crisis distress (22); red flags in lay words, second pass, with overdoses and harm to
  others (23).
- ``replies-blind-24.jsonl`` … ``replies-blind-28.jsonl`` (150 each, written after the fixes for
  sets 19-23): two broad mixes, one mostly Spanish (24, 25); a realistic clinic week where crises
  are rare and quiet (26); denials beside passive wishes (27); low literacy and voice dictation (28).
- ``replies-blind-29.jsonl`` … ``replies-blind-33.jsonl`` (150 each, written after the fixes for
  sets 24-28): a broad mix (29); replies of one to six words (30); Spanglish within one message
  (31); long stories with the danger in one clause (32); passive wishes beside figures of speech (33).
- ``replies-blind-34.jsonl`` … ``replies-blind-38.jsonl`` (150 each, written after the fixes for
  sets 29-33): working adults' terse texts (34); Caribbean, Central American and Mexican-American
  Spanish (35); danger inside a routine answer to each question (36); ends of life told in sport,
  work, travel and faith (37); another realistic week with rare, quiet crises (38).
- ``replies-blind-39.jsonl`` … ``replies-blind-43.jsonl`` (150 each, written after the fixes for
  sets 34-38): a broad mix (39); typos under negation (40); Spanish of Spain and the Southern Cone
  (41); the calm after deciding beside real calm and recovery (42); red flags and high findings
  wrapped in idiom and hyperbole (43).
- ``replies-blind-44.jsonl`` … ``replies-blind-48.jsonl`` (150 each, written after the fixes for
  sets 39-43): teenagers, students and young parents (44); half Spanish, half English (45);
  goodbyes hidden in everyday logistics (46); harm to others beside anger idioms (47); overdose
  beside ordinary dose talk (48).
- ``replies-blind-49.jsonl`` … ``replies-blind-52.jsonl`` (120 each, written after the fixes for
  sets 44-48): a broad mix (49), then second passes at the three hardest families: harm to others
  (50), goodbyes hidden in arrangements (51) and overdoses told as dosing (52).
- ``replies-blind-53.jsonl`` … ``replies-blind-57.jsonl`` (150 each, written after the fixes for
  sets 49-52): a broad mix like the held-out set (53); the high level beside routine look-alikes
  (54); every red flag in lay words, third pass (55); passive and indirect wishes beside the same
  images used harmlessly (56); a realistic week, mostly Spanish (57).
- ``replies-blind-58.jsonl`` … ``replies-blind-62.jsonl`` (120 each, written after the fixes for
  sets 53-57): a broad mix (58); passive wishes and hopelessness, second pass (59); red flags and
  high findings, mostly Spanish (60); mixed messages with the danger anywhere (61); heavy typos and
  SMS spelling (62).
- ``replies-blind-63.jsonl`` … ``replies-blind-67.jsonl`` (150 and 120, written after the fixes for
  sets 58-62): a broad mix (63); red flags and high findings, mostly English (64); idioms, negations
  and denials beside real crises (65); a broad mix almost all in Spanish (66); overdoses, self-harm
  and harm to others told indirectly, third pass (67).
- ``replies-blind-68.jsonl`` … ``replies-blind-72.jsonl`` (150 each, written after the fixes for
  sets 63-67): a broad mix (68); passive wishes in fresh everyday images, third pass (69); overdoses,
  self-harm and harm to others told indirectly, fourth pass (70); red flags and high findings told
  through the body and through others' reports (71); the way people really text, typos, emoji and
  Spanglish (72).
- ``replies-blind-73.jsonl`` … ``replies-blind-76.jsonl`` (200 each, no crisis at all): the commonest
  ordinary replies, above all doses taken, told in the words overdoses use ("took all of today's",
  "me tomé las dos juntas como dice la receta"), mostly English (73), mostly Spanish (74), a
  half-and-half mix (75) and terse texts (76). They measure false alarms on ordinary traffic.
- ``replies-blind-77.jsonl`` … ``replies-blind-80.jsonl`` (150, and 200 for 79, written after the fixes
  for sets 68-76): a broad mix (77); the hardest crisis language beside look-alikes sharing its words
  (78); ordinary replies with no crisis, half Spanish (79); red flags and high findings told through
  the body and second-hand, each beside a harmless look-alike (80).
- ``replies-blind-81.jsonl`` … ``replies-blind-85.jsonl`` (150, and 200 for 83, written after the fixes
  for sets 77-80): a broad mix (81); goodbyes hidden in arrangements beside the same arrangements made
  for a move, a trip or an old age (82); ordinary replies with no crisis, mostly Spanish, with death
  and violence idioms (83); overdoses told as dosing beside ordinary dose changes, fifth pass (84);
  mixed messages with the danger tucked anywhere (85).
- ``replies-blind-86.jsonl`` … ``replies-blind-90.jsonl`` (150, and 200 for 88 and 90, written after the
  fixes for sets 81-85): a broad mix (86); overdoses and self-harm told by what is left, hidden or
  bandaged, beside ordinary dosing and injuries (87); ordinary replies with no crisis, mostly English,
  with dark humour (88); passive wishes in fresh images, fourth pass (89); a realistic clinic week,
  8% crisis (90).
- ``replies-blind-91.jsonl`` … ``replies-blind-95.jsonl`` (150, and 200 for 94, written after the
  fixes for sets 86-90): a broad mix (91); overdoses, self-harm and harm to others in the patient's own
  idiom (92); passive wishes and quiet goodbyes in the patient's circumstances (93); ordinary replies
  with no crisis, half Spanish (94); red flags and high findings as patients really describe them (95).
- ``replies-blind-96.jsonl`` … ``replies-blind-98.jsonl`` (150, and 200 for 97, written after the
  fixes for sets 91-95): a broad mix (96); a realistic clinic week, 8% crisis (97); the hardest crisis
  language beside look-alikes, third pass (98).
- ``replies-blind-99.jsonl`` … ``replies-blind-101.jsonl`` (150, and 200 for 101, written after the
  fixes for sets 96-98): a broad mix (99); overdoses, self-harm and harm to others told indirectly (100);
  ordinary replies with no crisis, half Spanish (101).
- ``replies-blind-102.jsonl`` … ``replies-blind-107.jsonl`` (150, and 200 for 105 and 106, written after the
  fixes for sets 99-101): a broad mix (102); overdoses, self-harm and harm to others told by counts, what is
  left, hidden or bought, sixth pass (103); red flags and high findings in lay words and second-hand (104); a
  realistic clinic week, 8% crisis (105); ordinary replies with no crisis, half Spanish, in the words of
  overdoses, goodbyes and moves (106); passive wishes and quiet goodbyes, fifth pass (107). Three replies of
  104, a relative's overdose or death wish with nothing saying the relative is the patient, were relabelled
  routine, as the spec reads someone else's crisis and as 16 had been.
- ``replies-blind-108.jsonl`` … ``replies-blind-112.jsonl`` (150, and 200 for 110 and 112, written after the
  fixes for sets 102-107): a broad mix with carers texting for the patient (108); overdoses and self-harm told
  by counts, repeats, other people's pills and injuries explained away, seventh pass (109); ordinary replies
  with no crisis, mostly English (110); passive wishes and quiet goodbyes, sixth pass, almost all Spanish
  (111); a realistic clinic week, 8% crisis (112).
- ``replies-blind-113.jsonl`` … ``replies-blind-117.jsonl`` (150, and 200 for 116 and 117, written after the
  fixes for sets 108-112): a broad mix (113); young people's slang, memes, emoji and Spanglish (114); older
  adults and people of faith (115); a realistic clinic week, 8% crisis (116); ordinary replies with no crisis,
  half Spanish (117).
- ``replies-blind-118.jsonl`` … ``replies-blind-122.jsonl`` (150, and 200 for 121 and 122, written after the
  fixes for sets 113-117): a broad mix (118); overdoses, self-harm and harm to others told indirectly, eighth
  pass, mostly Spanish (119); passive wishes and quiet goodbyes in working parents' lives, seventh pass, mostly
  English (120); a realistic clinic week, 8% crisis (121); ordinary replies with no crisis, mostly Spanish (122).
- ``replies-blind-123.jsonl`` … ``replies-blind-126.jsonl`` (150, and 200 for 126, written after the fixes for sets
  118-122): a broad mix (123); overdoses, self-harm and harm to others told indirectly, ninth pass, mostly English
  (124); passive wishes and quiet goodbyes, eighth pass, mostly Spanish (125); a realistic clinic week, 9% crisis (126).
- ``replies-blind-127.jsonl`` … ``replies-blind-131.jsonl`` (150, and 200 for 130 and 131, written after the fixes for sets
  123-126): a broad mix (127); red flags and high findings in lay, bodily and folk words, told by the patient or a carer,
  beside milder or past versions and idioms (128); passive wishes and quiet goodbyes in the patient's own circumstances,
  ninth pass (129); a realistic clinic week, 8% crisis (130); ordinary replies with no crisis, half Spanish, in the words of
  doses, idioms, moves and goodbyes (131).
- ``replies-blind-132.jsonl`` … ``replies-blind-136.jsonl`` (150, and 200 for 135 and 136, written after the fixes for sets
  127-131): a broad mix (132); overdoses, self-harm and harm to others told indirectly, tenth pass, half Spanish (133); long
  mixed messages with the danger in one clause anywhere (134); a realistic clinic week, 8% crisis (135); ordinary replies with
  no crisis, mostly English, in the words of doses, idioms, goodbyes and gifts (136).
- ``replies-blind-137.jsonl`` … ``replies-blind-141.jsonl`` (150, and 200 for 140 and 141, written after the fixes for sets
  132-136): a broad mix (137); passive wishes and quiet goodbyes in everyday images, memes and sarcasm, tenth pass, mostly
  English (138); red flags and high findings told through the body or by a partner or parent, mostly English (139); a
  realistic clinic week, 8% crisis (140); ordinary replies with no crisis, mostly Spanish, in the words of doses, idioms,
  goodbyes and gifts (141).
- ``replies-blind-142.jsonl`` … ``replies-blind-146.jsonl`` (150, and 200 for 145 and 146, written after the fixes for sets
  137-141): a broad mix (142); overdoses, self-harm and harm to others told indirectly, eleventh pass, mostly Spanish, with
  carers' reports of pills missing and a patient who cannot be woken (143); danger tucked inside a routine answer to the
  question asked (144); a realistic clinic week, 8% crisis (145); ordinary replies with no crisis, half Spanish, in the words
  of doses, idioms, goodbyes, memorials and past crises (146). One hand-written case was relabelled with them: "i could
  strangle my coworker lol" is anger laughed off, as every labelled set reads it, not a crisis.
- ``replies-blind-147.jsonl`` … ``replies-blind-151.jsonl`` (150, and 200 for 150 and 151, written after the fixes for sets
  142-146): a broad mix (147); passive wishes, hopelessness and quiet goodbyes in the patient's circumstances, eleventh pass,
  half Spanish (148); red flags and high findings in lay words, by the patient or a carer, beside milder, past, explained or
  someone else's versions (149); a realistic clinic week, 8% crisis (150); ordinary replies with no crisis, mostly English, in
  the words of doses, idioms, goodbyes, memorials and anger laughed off (151).
- ``replies-blind-152.jsonl`` … ``replies-blind-156.jsonl`` (150, and 200 for 155 and 156, written after the fixes for sets
  147-151): a broad mix (152); overdoses, self-harm and harm to others told indirectly beside dose talk, accidental doubles
  checked and fine, shaving cuts and anger laughed off, half Spanish (153); long mixed messages with a crisis or red flag
  anywhere, beside grief, burnout and treatment doubts (154); a realistic clinic week, 9% crisis (155); ordinary replies with
  no crisis, half Spanish, in the words of idioms, goodbyes, memorials, past crises, media and dose talk (156).
- ``replies-blind-157.jsonl`` … ``replies-blind-161.jsonl`` (150, and 200 for 160 and 161, written after the fixes for sets
  152-156): a broad mix (157); passive wishes, hopelessness and quiet goodbyes in the patient's circumstances, twelfth pass,
  half Spanish (158); red flags and high findings in lay words, by the patient or a carer, beside milder, past, explained or
  someone else's versions (159); a realistic clinic week of teenagers and adults over 65, 9% crisis (160); ordinary replies with
  no crisis, mostly English, in the words of idioms, games, sports, goodbyes, memorials, past crises and dose talk (161).
  Three rows of 158 were relabelled with them: tiredness blamed on a double shift or on work is no side effect, as the
  earlier sets read it.
- ``replies-blind-162.jsonl`` … ``replies-blind-166.jsonl`` (150, and 200 for 165 and 166, written after the fixes for sets
  157-161): a broad mix (162); thoughts and intent of harming others, intrusive thoughts and commanding voices beside anger
  idioms, games and parenting stress (163); safety in lay words, plans, means and timing beside hedged, conditional and real
  denials, half Spanish (164); a realistic clinic week, mostly Spanish, 8% crisis (165); ordinary replies with no crisis,
  half Spanish, in the words of idioms, anger laughed off, endings of jobs and programs, past crises and dose talk (166).
- ``replies-blind-167.jsonl`` … ``replies-blind-169.jsonl`` (150, 150 and 200, written after the fixes for sets 162-166 and
  scored once, untouched, as a held-out measurement before their own few fixes): two broad mixes, one half Spanish (167, 168);
  a realistic clinic week, 8% crisis (169).
- ``replies-blind-170.jsonl`` … ``replies-blind-174.jsonl`` (150, and 200 for 173 and 174, written after the fixes for sets
  167-169 by writers asked for concrete lives and no textbook wordings): a broad mix (170); overdoses told as dosing, pharmacy
  and pill-organizer logistics and self-harm told by the wound, the tool or the cover story, beside accidental doubles checked
  and fine, approved dose changes and work cuts, half Spanish (171); passive wishes, hopelessness and quiet goodbyes inside
  long messages about money, caregiving, pain, immigration papers, divorce and job loss, beside dark venting and hedged or
  real denials (172); a realistic clinic week of tradespeople, veterans, night-shift nurses, farm workers and retirees, 8%
  crisis (173); ordinary replies with no crisis in the words of death, killing, overdose, cutting and goodbyes (174).
- ``replies-blind-175.jsonl`` … ``replies-blind-179.jsonl`` (150, and 200 for 178 and 179, written after the fixes for sets
  170-174): a broad mix (175); thoughts, urges and intent of harming others, intrusive thoughts and commanding voices beside
  anger idioms, games, hunting and parenting stress (176); red flags and high findings in lay words by the patient or a carer,
  beside milder, past, explained or someone else's versions (177); a realistic clinic week, mostly Spanish, 8% crisis (178);
  ordinary replies with no crisis, mostly English, in the words of death, overdose, goodbyes and dose mistakes checked (179).
- ``replies-blind-180.jsonl`` … ``replies-blind-184.jsonl`` (150, and 200 for 183 and 184, written after the fixes for sets
  175-179): a broad mix (180); passive wishes, hopelessness, quiet plans and goodbyes of people living with chronic pain,
  illness, disability, grief, old age and caregiving, beside grief without a wish to die, the fear of dying of an illness and
  treatment-only hopelessness, half Spanish (181); teenagers, students and young adults, and parents texting for them, in
  slang, emoji, gaming and social-media words beside jokes, lyrics and games (182); a realistic clinic week, half Spanish,
  8% crisis (183); ordinary replies with no crisis, half Spanish, in the words of dying, killing, overdose, cutting, guns,
  bridges and goodbyes, denials, past and others' crises and dose mistakes checked (184).
- ``replies-blind-185.jsonl`` … ``replies-blind-189.jsonl`` (150, and 200 for 188 and 189, written after the fixes for sets
  180-184): a broad mix (185); overdoses, self-harm and harm to others told by patients and by relatives texting for them,
  mostly Spanish, with pills counted in words, household products, wounds explained away and threats in the family, beside
  doubles caught in time, kitchen and farm cuts and angry words laughed off (186); long replies that answer the question first
  and carry the danger in one clause, beside long replies full of funerals, debts and illness that end safe (187); a
  realistic clinic week, mostly English, 8% crisis (188); ordinary replies with no crisis, mostly Spanish, in the words of
  dying, killing, ending, pills "de más", cutting and goodbyes (189).
- ``replies-blind-190.jsonl`` … ``replies-blind-194.jsonl`` (150, and 200 for 193 and 194, written after the fixes for sets
  185-189): a broad mix (190); terse farmers, truckers, linemen, veterans and older adults telling plans and means in
  understatement, beside their dark humour, work injuries and hunting (191); relatives, partners, roommates, friends, school
  counsellors and case managers texting for the patient, introduced in every way or not at all, beside their own worries and
  others' crises (192); a realistic clinic week, half Spanish, 8% crisis (193); ordinary replies with no crisis, mostly
  English, in the words of dying, killing, overdose, guns, ropes, bridges, goodbyes and dose mistakes checked (194).
- ``replies-blind-195.jsonl`` … ``replies-blind-199.jsonl`` (150, and 200 for 198 and 199, written after the fixes for sets
  190-194): a broad mix (195); family members texting about the patient, second pass (196; seven replies where nothing says
  the relative is the patient relabelled as someone else's crisis, as in the older sets); passive wishes, hopelessness and
  quiet plans in understatement inside routine answers (197); a realistic clinic week, mostly Spanish, 8% crisis (198);
  ordinary replies with no crisis, half Spanish, many by family members (199).
- ``replies-blind-200.jsonl`` … ``replies-blind-204.jsonl`` (150, and 200 for 203 and 204, written after the fixes for sets
  195-199): a broad mix (200); relatives, partners, carers and friends texting about the patient, third pass, introduced by
  a name, a signature, the patient's phone or hardly at all, beside their own worries and others' crises (201); gallows
  humour, sarcasm and minimising around real danger, beside dark humour that is only humour (202); a realistic clinic week,
  mostly English, 8% crisis (203); ordinary replies with no crisis, from risky jobs and hobbies, grief, caregiving and dark
  humour, in the words of death, guns, heights, pills counted and goodbyes (204).
- ``replies-blind-205.jsonl`` … ``replies-blind-209.jsonl`` (150, and 200 for 208 and 209, written after the fixes for sets
  200-204): a broad mix (205); relatives and carers, fourth pass: older parents, adult children, spouses, siblings and
  neighbours, often in Spanish, in long dictated messages or short notes (206); overdoses, self-harm and harm to others
  told through everyday logistics and dosing talk, beside ordinary dosing mistakes (207); a realistic clinic week, mostly
  Spanish, 8% crisis (208); ordinary replies with no crisis, half Spanish, by teenagers, parents and carers, in the words
  of dying, killing, disappearing, pills, cutting and goodbyes (209).
- ``replies-blind-210.jsonl`` … ``replies-blind-214.jsonl`` (150, and 200 for 213 and 214, written after the fixes for sets
  205-209): a broad mix (210); college students and young adults in slang, Spanglish, emoji and memes, real crises hidden in
  jokes beside hyperbole and dark memes (211); harm to others and psychosis (commanding voices, paranoia, threats, weapons)
  beside anger idioms, venting, games and hunting (212); a realistic clinic week, half Spanish, 8% crisis (213); ordinary
  replies with no crisis, mostly English, by older adults and people with chronic illness: hospice, funerals, wills,
  insurance, pills counted, falls and farewells (214).
- ``replies-blind-215.jsonl`` … ``replies-blind-219.jsonl`` (150, and 200 for 218 and 219, written after the fixes for sets
  210-214): a broad mix (215); relatives, partners, carers and friends, fifth pass, mostly English (216; nine replies where
  nothing says the relative is the patient relabelled as someone else's crisis or symptom, as in the older sets); passive wishes and
  quiet plans in understatement from older adults and stoics, beside plain tiredness, grief and stoic humour (217); a
  realistic clinic week, mostly English, 8% crisis (218); ordinary replies with no crisis, half Spanish, from work, sport,
  church and family life (219).
- ``replies-blind-220.jsonl`` … ``replies-blind-224.jsonl`` (150, and 200 for 223 and 224, written after the fixes for sets
  215-219): a broad mix (220); relatives, partners, friends and carers, sixth pass, half of them writing for the patient
  (221); indirect and passive crisis language: euphemisms, farewells, preparations, marks and tools of self-harm, overdoses
  told as dosing mistakes (222); a realistic clinic week, mostly Spanish (223); look-alikes from games, kitchens, hunting,
  true crime, nursing and funeral work, sport, gardening and paperwork, with a few real crises hidden among them (224).
- ``replies-blind-225.jsonl`` … ``replies-blind-229.jsonl`` (150, and 200 for 228 and 229, written after the fixes for sets
  220-224): a broad mix (225); relatives, partners, neighbours and carers, seventh pass, mostly Spanish (226); harm to
  others, psychosis and mania beside anger idioms, venting, violent games and hallucinations that are over (227); a
  realistic clinic week of teenagers, young adults and their parents (228); look-alikes, mostly Spanish, in the idioms of
  death, killing and disappearing of many countries, with a few real crises hidden among them (229).
- ``replies-blind-230.jsonl`` … ``replies-blind-234.jsonl`` (150, and 200 for 233 and 234, written after the fixes for sets
  225-229): a broad mix (230); relatives, partners, roommates, teachers and carers, eighth pass, mostly English (231); denials,
  true and taken back, hedges and minimising (232); a realistic clinic week of older adults, half Spanish (233); look-alikes
  from grief, loss and survival: funerals, anniversaries, old attempts told as long over, with a few real crises hidden among
  them (234).
- ``replies-blind-235.jsonl`` … ``replies-blind-239.jsonl`` (150, and 200 for 238 and 239, written after the fixes for sets
  230-234): a broad mix (235); relatives, partners and carers, ninth pass, half Spanish (236); pills, doses and pharmacies:
  overdoses told through counting, stockpiling and mixing, beside calm talk of doses doubled by mistake and pharmacy mix-ups
  (237); a realistic clinic week of working adults (238); look-alikes from sarcasm, online life and sport, with a few real
  crises hidden among them (239).
- ``replies-blind-240.jsonl`` … ``replies-blind-244.jsonl`` (150, and 200 for 243 and 244, written after the fixes for sets
  235-239): a broad mix (240); relatives, partners, neighbours and carers, tenth pass (241); crises told sideways, after an
  answer, in lists, postscripts and jokes, beside look-alikes built the same way (242); a realistic clinic week at a rural
  clinic, half Spanish (243); look-alikes from faith, family and home, with a few real crises hidden among them (244).
- ``replies-blind-245.jsonl`` … ``replies-blind-249.jsonl`` (150, and 200 for 248 and 249, written after the fixes for sets
  240-244): a broad mix (245); relatives, partners, neighbours and carers, eleventh pass, half Spanish (246); the weeks after a
  medication is started, switched, raised or tapered, with crises and red flags appearing during the change beside start-up
  side effects and withdrawal (247); a realistic clinic week at a busy suburban clinic (248); look-alikes from work, hobbies,
  television, cooking, sport, pets and family sayings, with a few real crises hidden among them (249).
- ``replies-blind-250.jsonl`` … ``replies-blind-254.jsonl`` (150, and 200 for 253 and 254, written after the fixes for sets
  245-249): a broad mix (250); relatives, partners, friends, roommates and carers, twelfth pass, half Spanish (251); self-harm
  and overdoses in slang, euphemism, emoji and clinical words beside injuries from work, sport, cooking, tattoos and piercings
  and dose mix-ups told calmly (252); a realistic week at a community mental-health center, half Spanish (253); look-alikes
  from health and care work itself, with a few real crises hidden among them (254).
- ``replies-blind-255.jsonl`` … ``replies-blind-259.jsonl`` (150, and 200 for 258 and 259, written after the fixes for sets
  250-254): a broad mix (255); relatives and carers across generations, thirteenth pass, half Spanish (256); harm to others:
  threats, rage, intrusive violent thoughts and commanding voices beside anger idioms, violent games and films, self-defence and
  hunting (257); a realistic week at a university student clinic (258); look-alikes from sport, the outdoors, weather, cars,
  travel and moving house, with a few real crises hidden among them (259).
- ``replies-blind-260.jsonl`` … ``replies-blind-264.jsonl`` (150, and 200 for 263 and 264, written after the fixes for sets
  255-259): a broad mix (260); spouses, partners, exes and roommates, fourteenth pass (261); passive death wishes and hopelessness
  about life beside tiredness, burnout, grief, treatment hopelessness and dark humour (262); a realistic week at a clinic for
  veterans and first responders (263); look-alikes almost all in Spanish from many countries, with a few real crises hidden
  among them (264).
- ``replies-blind-265.jsonl`` … ``replies-blind-269.jsonl`` (150, and 200 for 268 and 269, written after the fixes for sets
  260-264): a broad mix (265); friends, neighbours, teachers, coaches, pastors, landlords and case workers, fifteenth pass (266);
  overdoses and poisonings told as counts, empty bottles, drink and household chemicals beside calm dose questions and pharmacy
  mix-ups (267); a realistic week at a perinatal psychiatry clinic, half Spanish (268); look-alikes from teenagers' school,
  gaming and social-media slang, with a few real crises hidden among them (269). Two rows of 267 were relabelled: an extra
  dose taken by mistake (a pharmacy's wrong strength taken as the label said, an extra tablet for fear of a missed one) is
  read as the red flag it caused, not as a crisis, as in the older sets.
- ``replies-blind-270.jsonl`` … ``replies-blind-274.jsonl`` (150, and 200 for 273 and 274, written after the fixes for sets
  265-269): a broad mix (270); relatives, partners and carers, sixteenth pass, half Spanish (271); crisis language of every kind
  told indirectly beside look-alikes that share its words (272); a realistic week at a general adult clinic (273); look-alikes
  from everyday life in English and Spanish, with a few real crises hidden among them (274).
- ``replies-blind-275.jsonl`` … ``replies-blind-279.jsonl`` (150, and 200 for 278 and 279, written after the fixes for sets
  270-274): a broad mix (275); carers, parents, partners and adult children, seventeenth pass, half Spanish (276); crisis
  language passive, understated or buried in long ordinary messages, each beside a near-twin that is not a crisis (277); an
  ordinary clinic week (278); look-alikes full of words that sound dangerous, with a few real crises hidden among them (279).
  One row of 276 was relabelled: a mother's report of her daughter's overdose, with nothing tying the daughter to the clinic,
  is someone else's crisis, read by a person, as in the older sets ("my son told me he wants to kill himself").
- ``replies-blind-280.jsonl`` … ``replies-blind-284.jsonl`` (150, and 200 for 283 and 284, written after the fixes for sets
  275-279): a broad mix with Spanish from many countries (280); relatives, partners, roommates and carers about the patient
  beside patients about others' troubles, eighteenth pass, half Spanish (281); harm to others and to self told indirectly,
  beside venting, jokes, work and hobbies that share the words (282); a realistic week at a child and adolescent clinic (283);
  look-alikes from work, sports, cooking, hospitals, farming, hunting, gaming and music, with a few real crises hidden among
  them (284). Three rows were relabelled as in the older sets: a second dose given by mistake is no crisis (281); a husband's
  report of his wife's words (281) and a parent's report of what a child told a school counsellor (283), with nothing tying
  either to the clinic, are someone else's crisis, read by a person.
- ``replies-blind-285.jsonl`` … ``replies-blind-289.jsonl`` (150, and 200 for 288 and 289, written after the fixes for sets
  280-284): a broad mix by writers from teenagers to retirees (285); carers writing for the patient, some for part of the message
  only, nineteenth pass, half Spanish (286); self-harm and overdoses told by numbers, times, slang, emoji and understatement beside
  pill counts, pharmacy mix-ups and craft accidents (287); a realistic week at a geriatric psychiatry clinic (288); look-alikes
  from family life, holidays, funerals, pets, moving house and gardening, with a few real crises hidden among them (289). Two
  rows were relabelled as in the older sets: doses taken as a wrong pharmacy label said (287) and two days' doses taken together
  by mistake (288) are no crisis.
- ``replies-blind-290.jsonl`` … ``replies-blind-294.jsonl`` (150, and 200 for 293 and 294, written after the fixes for sets
  285-289): a broad mix of short texts, fragments, emoji, voice-to-text slips and answers to another question (290); relatives
  and carers, some on the patient's phone mid-conversation, twentieth pass, half Spanish (291); goodbyes, giving away, plans and
  finality in regional Spanish slang and English understatement beside trips, moves, job changes and breakups (292); a
  realistic week at a university student clinic (293); look-alikes from news, TV, books, true crime, history, religion and
  song lyrics, with a few real crises hidden among them (294).
- ``replies-blind-295.jsonl`` … ``replies-blind-299.jsonl`` (150, and 200 for 298 and 299, written after the fixes for sets
  290-294): a broad mix of long mixed messages with the danger buried mid-story (295); carers, partners and relatives with
  and without saying who they are, twenty-first pass, half Spanish (296); passive wishes not to exist, hopelessness about life
  and thoughts of harming others told through work, money, illness, religion and loneliness beside ordinary grief and venting
  (297); a realistic week at a perinatal and women's mental health clinic (298); look-alikes from cars, weather, sports,
  cooking, parties and office life, with a few real crises hidden among them (299). Two rows were relabelled as in the older
  sets: a parent's report of a son's goodbye post with nothing tying him to the clinic is someone else's crisis (296); doses
  doubled by a mix-up of pill boxes are no crisis (299). Two idioms of 297 with nothing else to read (dying of shame, a roommate one could strangle) were
  relabelled none, as in the older sets.
- ``replies-blind-300.jsonl`` … ``replies-blind-304.jsonl`` (150, and 200 for 303 and 304, written after the fixes for sets
  295-299): a broad mix in many moods and styles, terse to rambling, angry to joking (300); carers and relatives, some naming
  the patient only as "she" or by first name, twenty-second pass, half Spanish (301); overdoses, self-harm, plans and harm to
  others in past, future, conditional and question form beside history, fears and safety questions (302); a realistic week at a
  community clinic for working adults (303); look-alikes from other illnesses, surgeries, dentists, injuries, others'
  pregnancies and pets' medicines, with a few real crises hidden among them (304). Six rows were relabelled as in the older
  sets: five relatives' reports with nothing tying the one in danger to the clinic are someone else's crisis (301), and doses
  taken as a pharmacy's wrong strength said are no crisis (303).
- ``replies-blind-305.jsonl`` … ``replies-blind-309.jsonl`` (150, and 200 for 308 and 309, written after the fixes for sets
  300-304): a broad mix in Spanglish and in English written by non-native speakers (305); carers who say plainly who the
  patient is beside patients writing of relatives, twenty-third pass, half Spanish (306); crisis said through metaphors,
  religion, sleep, numbers, dates, songs and dark humour that is meant, beside the same devices used harmlessly (307); a
  realistic week at a clinic for bipolar disorder and psychosis (308); look-alikes from money, debt, jobs, exams, courts and
  paperwork, with a few real crises hidden among them (309).
- ``replies-blind-310.jsonl`` … ``replies-blind-314.jsonl`` (150, and 200 for 313 and 314, written after the fixes for sets
  305-309): a broad mix over a clinic's month (310); relatives, partners and carers beside patients writing of others,
  twenty-fourth pass, half Spanish (311); crisis language of every kind said indirectly beside look-alikes sharing its words
  (312); a busy outpatient clinic's week (313); look-alikes from everyday life, with a few real crises hidden among them (314). A
  third row of 267 (a morning dose taken twice by mistake, felt normal) was relabelled no crisis, as its two neighbours were.

The classifier was then improved on their misses, and the crisis model
(``checkins/triage/crisis_model.py``) is trained on all of them, so these are regression
sets now, not held-out measurements (``scripts/train_crisis_model.py --hold-out`` gives
those). Run with ``pytest -s`` to see the figures and any misses.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from checkins.triage.evaluation import BARS, evaluate, load_labelled

DATA = Path(__file__).parent / "data"
TERMS = {
    "nausea", "vomiting", "diarrhea", "constipation", "headache", "dizziness", "drowsiness",
    "insomnia", "weight_gain", "appetite_change", "dry_mouth", "sweating", "sexual", "tremor",
    "restlessness", "anxiety", "rash", "blurred_vision", "palpitations", "vivid_dreams",
    "emotional_blunting", "hair_loss", "stomach_pain",
}
# file, id prefix, size, at least this many urgent, at least this share in Spanish
SETS = [
    ("replies-blind.jsonl", "blind", 400, 100, 0.25),
    ("replies-blind-2.jsonl", "blind2", 350, 120, 0.30),
    ("replies-blind-3.jsonl", "blind3", 300, 110, 0.35),
    ("replies-blind-4.jsonl", "blind4", 200, 100, 0.40),
    ("replies-blind-5.jsonl", "blind5", 250, 150, 0.40),
    ("replies-blind-6.jsonl", "blind6", 200, 130, 0.40),
    ("replies-blind-7.jsonl", "blind7", 120, 75, 0.40),
    ("replies-blind-8.jsonl", "blind8", 200, 100, 0.35),
    ("replies-blind-9.jsonl", "blind9", 200, 100, 0.70),
    ("replies-blind-10.jsonl", "blind10", 200, 100, 0.35),
    ("replies-blind-11.jsonl", "blind11", 200, 110, 0.35),
    ("replies-blind-12.jsonl", "blind12", 200, 100, 0.35),
    ("replies-blind-13.jsonl", "blind13", 200, 80, 0.35),
    ("replies-blind-14.jsonl", "blind14", 150, 65, 0.40),
    ("replies-blind-15.jsonl", "blind15", 150, 75, 0.35),
    ("replies-blind-16.jsonl", "blind16", 150, 70, 0.40),
    ("replies-blind-17.jsonl", "blind17", 150, 75, 0.34),
    ("replies-blind-18.jsonl", "blind18", 150, 85, 0.40),
    ("replies-blind-19.jsonl", "blind19", 150, 65, 0.35),
    ("replies-blind-20.jsonl", "blind20", 150, 75, 1.00),
    ("replies-blind-21.jsonl", "blind21", 150, 65, 0.35),
    ("replies-blind-22.jsonl", "blind22", 150, 65, 0.35),
    ("replies-blind-23.jsonl", "blind23", 150, 85, 0.35),
    ("replies-blind-24.jsonl", "blind24", 150, 65, 0.30),
    ("replies-blind-25.jsonl", "blind25", 150, 65, 0.60),
    ("replies-blind-26.jsonl", "blind26", 150, 35, 0.35),
    ("replies-blind-27.jsonl", "blind27", 150, 75, 0.40),
    ("replies-blind-28.jsonl", "blind28", 150, 75, 0.40),
    ("replies-blind-29.jsonl", "blind29", 150, 65, 0.30),
    ("replies-blind-30.jsonl", "blind30", 150, 75, 0.35),
    ("replies-blind-31.jsonl", "blind31", 150, 70, 0.50),
    ("replies-blind-32.jsonl", "blind32", 150, 75, 0.35),
    ("replies-blind-33.jsonl", "blind33", 150, 75, 0.40),
    ("replies-blind-34.jsonl", "blind34", 150, 70, 0.30),
    ("replies-blind-35.jsonl", "blind35", 150, 65, 0.60),
    ("replies-blind-36.jsonl", "blind36", 150, 75, 0.35),
    ("replies-blind-37.jsonl", "blind37", 150, 70, 0.40),
    ("replies-blind-38.jsonl", "blind38", 150, 50, 0.35),
    ("replies-blind-39.jsonl", "blind39", 150, 65, 0.35),
    ("replies-blind-40.jsonl", "blind40", 150, 65, 0.40),
    ("replies-blind-41.jsonl", "blind41", 150, 75, 0.85),
    ("replies-blind-42.jsonl", "blind42", 150, 70, 0.40),
    ("replies-blind-43.jsonl", "blind43", 150, 70, 0.40),
    ("replies-blind-44.jsonl", "blind44", 150, 65, 0.30),
    ("replies-blind-45.jsonl", "blind45", 150, 70, 0.50),
    ("replies-blind-46.jsonl", "blind46", 150, 75, 0.40),
    ("replies-blind-47.jsonl", "blind47", 150, 70, 0.35),
    ("replies-blind-48.jsonl", "blind48", 150, 65, 0.35),
    ("replies-blind-49.jsonl", "blind49", 120, 50, 0.40),
    ("replies-blind-50.jsonl", "blind50", 120, 60, 0.40),
    ("replies-blind-51.jsonl", "blind51", 120, 55, 0.40),
    ("replies-blind-52.jsonl", "blind52", 120, 55, 0.40),
    ("replies-blind-53.jsonl", "blind53", 150, 75, 0.35),
    ("replies-blind-54.jsonl", "blind54", 150, 25, 0.35),
    ("replies-blind-55.jsonl", "blind55", 150, 85, 0.35),
    ("replies-blind-56.jsonl", "blind56", 150, 70, 0.35),
    ("replies-blind-57.jsonl", "blind57", 150, 55, 0.65),
    ("replies-blind-58.jsonl", "blind58", 120, 55, 0.35),
    ("replies-blind-59.jsonl", "blind59", 120, 60, 0.35),
    ("replies-blind-60.jsonl", "blind60", 120, 45, 0.55),
    ("replies-blind-61.jsonl", "blind61", 120, 45, 0.35),
    ("replies-blind-62.jsonl", "blind62", 120, 55, 0.35),
    ("replies-blind-63.jsonl", "blind63", 150, 70, 0.35),
    ("replies-blind-64.jsonl", "blind64", 120, 45, 0.25),
    ("replies-blind-65.jsonl", "blind65", 120, 50, 0.35),
    ("replies-blind-66.jsonl", "blind66", 120, 55, 0.80),
    ("replies-blind-67.jsonl", "blind67", 120, 60, 0.35),
    ("replies-blind-68.jsonl", "blind68", 150, 60, 0.45),
    ("replies-blind-69.jsonl", "blind69", 150, 65, 0.40),
    ("replies-blind-70.jsonl", "blind70", 150, 65, 0.40),
    ("replies-blind-71.jsonl", "blind71", 150, 60, 0.50),
    ("replies-blind-72.jsonl", "blind72", 150, 60, 0.50),
    ("replies-blind-73.jsonl", "blind73", 200, 0, 0.25),
    ("replies-blind-74.jsonl", "blind74", 200, 0, 0.75),
    ("replies-blind-75.jsonl", "blind75", 200, 0, 0.50),
    ("replies-blind-76.jsonl", "blind76", 200, 0, 0.60),
    ("replies-blind-77.jsonl", "blind77", 150, 60, 0.50),
    ("replies-blind-78.jsonl", "blind78", 150, 70, 0.40),
    ("replies-blind-79.jsonl", "blind79", 200, 0, 0.50),
    ("replies-blind-80.jsonl", "blind80", 150, 45, 0.50),
    ("replies-blind-81.jsonl", "blind81", 150, 60, 0.45),
    ("replies-blind-82.jsonl", "blind82", 150, 65, 0.45),
    ("replies-blind-83.jsonl", "blind83", 200, 0, 0.70),
    ("replies-blind-84.jsonl", "blind84", 150, 65, 0.40),
    ("replies-blind-85.jsonl", "blind85", 150, 80, 0.50),
    ("replies-blind-86.jsonl", "blind86", 150, 60, 0.50),
    ("replies-blind-87.jsonl", "blind87", 150, 65, 0.40),
    ("replies-blind-88.jsonl", "blind88", 200, 0, 0.30),
    ("replies-blind-89.jsonl", "blind89", 150, 70, 0.40),
    ("replies-blind-90.jsonl", "blind90", 200, 30, 0.50),
    ("replies-blind-91.jsonl", "blind91", 150, 60, 0.50),
    ("replies-blind-92.jsonl", "blind92", 150, 65, 0.40),
    ("replies-blind-93.jsonl", "blind93", 150, 60, 0.40),
    ("replies-blind-94.jsonl", "blind94", 200, 0, 0.50),
    ("replies-blind-95.jsonl", "blind95", 150, 55, 0.50),
    ("replies-blind-96.jsonl", "blind96", 150, 60, 0.50),
    ("replies-blind-97.jsonl", "blind97", 200, 30, 0.50),
    ("replies-blind-98.jsonl", "blind98", 150, 70, 0.45),
    ("replies-blind-99.jsonl", "blind99", 150, 60, 0.50),
    ("replies-blind-100.jsonl", "blind100", 150, 75, 0.40),
    ("replies-blind-101.jsonl", "blind101", 200, 0, 0.50),
    ("replies-blind-102.jsonl", "blind102", 150, 60, 0.50),
    ("replies-blind-103.jsonl", "blind103", 150, 70, 0.45),
    ("replies-blind-104.jsonl", "blind104", 150, 45, 0.50),
    ("replies-blind-105.jsonl", "blind105", 200, 35, 0.50),
    ("replies-blind-106.jsonl", "blind106", 200, 15, 0.50),
    ("replies-blind-107.jsonl", "blind107", 150, 70, 0.50),
    ("replies-blind-108.jsonl", "blind108", 150, 60, 0.50),
    ("replies-blind-109.jsonl", "blind109", 150, 70, 0.45),
    ("replies-blind-110.jsonl", "blind110", 200, 15, 0.30),
    ("replies-blind-111.jsonl", "blind111", 150, 70, 0.85),
    ("replies-blind-112.jsonl", "blind112", 200, 35, 0.50),
    ("replies-blind-113.jsonl", "blind113", 150, 60, 0.50),
    ("replies-blind-114.jsonl", "blind114", 150, 65, 0.40),
    ("replies-blind-115.jsonl", "blind115", 150, 65, 0.45),
    ("replies-blind-116.jsonl", "blind116", 200, 30, 0.50),
    ("replies-blind-117.jsonl", "blind117", 200, 15, 0.50),
    ("replies-blind-118.jsonl", "blind118", 150, 60, 0.50),
    ("replies-blind-119.jsonl", "blind119", 150, 70, 0.70),
    ("replies-blind-120.jsonl", "blind120", 150, 70, 0.20),
    ("replies-blind-121.jsonl", "blind121", 200, 35, 0.50),
    ("replies-blind-122.jsonl", "blind122", 200, 15, 0.65),
    ("replies-blind-123.jsonl", "blind123", 150, 60, 0.50),
    ("replies-blind-124.jsonl", "blind124", 150, 65, 0.30),
    ("replies-blind-125.jsonl", "blind125", 150, 65, 0.70),
    ("replies-blind-126.jsonl", "blind126", 200, 30, 0.55),
    ("replies-blind-127.jsonl", "blind127", 150, 60, 0.50),
    ("replies-blind-128.jsonl", "blind128", 150, 65, 0.60),
    ("replies-blind-129.jsonl", "blind129", 150, 65, 0.50),
    ("replies-blind-130.jsonl", "blind130", 200, 30, 0.50),
    ("replies-blind-131.jsonl", "blind131", 200, 15, 0.50),
    ("replies-blind-132.jsonl", "blind132", 150, 60, 0.50),
    ("replies-blind-133.jsonl", "blind133", 150, 65, 0.50),
    ("replies-blind-134.jsonl", "blind134", 150, 60, 0.50),
    ("replies-blind-135.jsonl", "blind135", 200, 30, 0.50),
    ("replies-blind-136.jsonl", "blind136", 200, 15, 0.30),
    ("replies-blind-137.jsonl", "blind137", 150, 60, 0.50),
    ("replies-blind-138.jsonl", "blind138", 150, 65, 0.30),
    ("replies-blind-139.jsonl", "blind139", 150, 65, 0.30),
    ("replies-blind-140.jsonl", "blind140", 200, 30, 0.50),
    ("replies-blind-141.jsonl", "blind141", 200, 15, 0.65),
    ("replies-blind-142.jsonl", "blind142", 150, 65, 0.40),
    ("replies-blind-143.jsonl", "blind143", 150, 85, 0.60),
    ("replies-blind-144.jsonl", "blind144", 150, 65, 0.35),
    ("replies-blind-145.jsonl", "blind145", 200, 30, 0.35),
    ("replies-blind-146.jsonl", "blind146", 200, 15, 0.50),
    ("replies-blind-147.jsonl", "blind147", 150, 65, 0.40),
    ("replies-blind-148.jsonl", "blind148", 150, 65, 0.50),
    ("replies-blind-149.jsonl", "blind149", 150, 65, 0.40),
    ("replies-blind-150.jsonl", "blind150", 200, 30, 0.40),
    ("replies-blind-151.jsonl", "blind151", 200, 15, 0.30),
    ("replies-blind-152.jsonl", "blind152", 150, 65, 0.40),
    ("replies-blind-153.jsonl", "blind153", 150, 65, 0.50),
    ("replies-blind-154.jsonl", "blind154", 150, 65, 0.35),
    ("replies-blind-155.jsonl", "blind155", 200, 30, 0.40),
    ("replies-blind-156.jsonl", "blind156", 200, 15, 0.50),
    ("replies-blind-157.jsonl", "blind157", 150, 65, 0.40),
    ("replies-blind-158.jsonl", "blind158", 150, 65, 0.50),
    ("replies-blind-159.jsonl", "blind159", 150, 65, 0.40),
    ("replies-blind-160.jsonl", "blind160", 200, 30, 0.40),
    ("replies-blind-161.jsonl", "blind161", 200, 15, 0.30),
    ("replies-blind-162.jsonl", "blind162", 150, 65, 0.40),
    ("replies-blind-163.jsonl", "blind163", 150, 65, 0.40),
    ("replies-blind-164.jsonl", "blind164", 150, 65, 0.50),
    ("replies-blind-165.jsonl", "blind165", 200, 30, 0.60),
    ("replies-blind-166.jsonl", "blind166", 200, 15, 0.50),
    ("replies-blind-167.jsonl", "blind167", 150, 65, 0.40),
    ("replies-blind-168.jsonl", "blind168", 150, 65, 0.50),
    ("replies-blind-169.jsonl", "blind169", 200, 30, 0.40),
    ("replies-blind-170.jsonl", "blind170", 150, 65, 0.40),
    ("replies-blind-171.jsonl", "blind171", 150, 65, 0.50),
    ("replies-blind-172.jsonl", "blind172", 150, 65, 0.45),
    ("replies-blind-173.jsonl", "blind173", 200, 30, 0.40),
    ("replies-blind-174.jsonl", "blind174", 200, 15, 0.40),
    ("replies-blind-175.jsonl", "blind175", 150, 65, 0.40),
    ("replies-blind-176.jsonl", "blind176", 150, 65, 0.45),
    ("replies-blind-177.jsonl", "blind177", 150, 65, 0.40),
    ("replies-blind-178.jsonl", "blind178", 200, 30, 0.60),
    ("replies-blind-179.jsonl", "blind179", 200, 15, 0.30),
    ("replies-blind-180.jsonl", "blind180", 150, 65, 0.45),
    ("replies-blind-181.jsonl", "blind181", 150, 65, 0.50),
    ("replies-blind-182.jsonl", "blind182", 150, 65, 0.50),
    ("replies-blind-183.jsonl", "blind183", 200, 30, 0.50),
    ("replies-blind-184.jsonl", "blind184", 200, 15, 0.50),
    ("replies-blind-185.jsonl", "blind185", 150, 65, 0.45),
    ("replies-blind-186.jsonl", "blind186", 150, 65, 0.75),
    ("replies-blind-187.jsonl", "blind187", 150, 65, 0.45),
    ("replies-blind-188.jsonl", "blind188", 200, 30, 0.35),
    ("replies-blind-189.jsonl", "blind189", 200, 15, 0.65),
    ("replies-blind-190.jsonl", "blind190", 150, 65, 0.45),
    ("replies-blind-191.jsonl", "blind191", 150, 65, 0.40),
    ("replies-blind-192.jsonl", "blind192", 150, 65, 0.45),
    ("replies-blind-193.jsonl", "blind193", 200, 30, 0.50),
    ("replies-blind-194.jsonl", "blind194", 200, 15, 0.35),
    ("replies-blind-195.jsonl", "blind195", 150, 65, 0.45),
    ("replies-blind-196.jsonl", "blind196", 150, 60, 0.50),
    ("replies-blind-197.jsonl", "blind197", 150, 65, 0.45),
    ("replies-blind-198.jsonl", "blind198", 200, 30, 0.65),
    ("replies-blind-199.jsonl", "blind199", 200, 15, 0.50),
    ("replies-blind-200.jsonl", "blind200", 150, 65, 0.40),
    ("replies-blind-201.jsonl", "blind201", 150, 65, 0.50),
    ("replies-blind-202.jsonl", "blind202", 150, 65, 0.40),
    ("replies-blind-203.jsonl", "blind203", 200, 30, 0.30),
    ("replies-blind-204.jsonl", "blind204", 200, 15, 0.35),
    ("replies-blind-205.jsonl", "blind205", 150, 65, 0.45),
    ("replies-blind-206.jsonl", "blind206", 150, 65, 0.60),
    ("replies-blind-207.jsonl", "blind207", 150, 65, 0.40),
    ("replies-blind-208.jsonl", "blind208", 200, 30, 0.60),
    ("replies-blind-209.jsonl", "blind209", 200, 15, 0.45),
    ("replies-blind-210.jsonl", "blind210", 150, 65, 0.45),
    ("replies-blind-211.jsonl", "blind211", 150, 65, 0.40),
    ("replies-blind-212.jsonl", "blind212", 150, 65, 0.40),
    ("replies-blind-213.jsonl", "blind213", 200, 30, 0.50),
    ("replies-blind-214.jsonl", "blind214", 200, 15, 0.35),
    ("replies-blind-215.jsonl", "blind215", 150, 65, 0.45),
    ("replies-blind-216.jsonl", "blind216", 150, 60, 0.30),
    ("replies-blind-217.jsonl", "blind217", 150, 65, 0.40),
    ("replies-blind-218.jsonl", "blind218", 200, 30, 0.30),
    ("replies-blind-219.jsonl", "blind219", 200, 15, 0.50),
    ("replies-blind-220.jsonl", "blind220", 150, 60, 0.40),
    ("replies-blind-221.jsonl", "blind221", 150, 60, 0.40),
    ("replies-blind-222.jsonl", "blind222", 150, 70, 0.30),
    ("replies-blind-223.jsonl", "blind223", 200, 30, 0.70),
    ("replies-blind-224.jsonl", "blind224", 200, 15, 0.40),
    ("replies-blind-225.jsonl", "blind225", 150, 60, 0.40),
    ("replies-blind-226.jsonl", "blind226", 150, 60, 0.60),
    ("replies-blind-227.jsonl", "blind227", 150, 60, 0.35),
    ("replies-blind-228.jsonl", "blind228", 200, 30, 0.30),
    ("replies-blind-229.jsonl", "blind229", 200, 15, 0.60),
    ("replies-blind-230.jsonl", "blind230", 150, 60, 0.40),
    ("replies-blind-231.jsonl", "blind231", 150, 60, 0.35),
    ("replies-blind-232.jsonl", "blind232", 150, 50, 0.40),
    ("replies-blind-233.jsonl", "blind233", 200, 30, 0.50),
    ("replies-blind-234.jsonl", "blind234", 200, 15, 0.40),
    ("replies-blind-235.jsonl", "blind235", 150, 60, 0.40),
    ("replies-blind-236.jsonl", "blind236", 150, 60, 0.50),
    ("replies-blind-237.jsonl", "blind237", 150, 60, 0.40),
    ("replies-blind-238.jsonl", "blind238", 200, 30, 0.30),
    ("replies-blind-239.jsonl", "blind239", 200, 15, 0.50),
    ("replies-blind-240.jsonl", "blind240", 150, 60, 0.40),
    ("replies-blind-241.jsonl", "blind241", 150, 60, 0.45),
    ("replies-blind-242.jsonl", "blind242", 150, 60, 0.40),
    ("replies-blind-243.jsonl", "blind243", 200, 30, 0.50),
    ("replies-blind-244.jsonl", "blind244", 200, 15, 0.45),
    ("replies-blind-245.jsonl", "blind245", 150, 60, 0.40),
    ("replies-blind-246.jsonl", "blind246", 150, 60, 0.50),
    ("replies-blind-247.jsonl", "blind247", 150, 60, 0.35),
    ("replies-blind-248.jsonl", "blind248", 200, 30, 0.40),
    ("replies-blind-249.jsonl", "blind249", 200, 15, 0.50),
    ("replies-blind-250.jsonl", "blind250", 150, 60, 0.40),
    ("replies-blind-251.jsonl", "blind251", 150, 60, 0.45),
    ("replies-blind-252.jsonl", "blind252", 150, 60, 0.35),
    ("replies-blind-253.jsonl", "blind253", 200, 30, 0.50),
    ("replies-blind-254.jsonl", "blind254", 200, 15, 0.45),
    ("replies-blind-255.jsonl", "blind255", 150, 60, 0.40),
    ("replies-blind-256.jsonl", "blind256", 150, 60, 0.45),
    ("replies-blind-257.jsonl", "blind257", 150, 60, 0.35),
    ("replies-blind-258.jsonl", "blind258", 200, 30, 0.35),
    ("replies-blind-259.jsonl", "blind259", 200, 15, 0.45),
    ("replies-blind-260.jsonl", "blind260", 150, 60, 0.40),
    ("replies-blind-261.jsonl", "blind261", 150, 60, 0.45),
    ("replies-blind-262.jsonl", "blind262", 150, 50, 0.40),
    ("replies-blind-263.jsonl", "blind263", 200, 30, 0.30),
    ("replies-blind-264.jsonl", "blind264", 200, 15, 0.80),
    ("replies-blind-265.jsonl", "blind265", 150, 60, 0.40),
    ("replies-blind-266.jsonl", "blind266", 150, 60, 0.40),
    ("replies-blind-267.jsonl", "blind267", 150, 60, 0.40),
    ("replies-blind-268.jsonl", "blind268", 200, 30, 0.45),
    ("replies-blind-269.jsonl", "blind269", 200, 15, 0.45),
    ("replies-blind-270.jsonl", "blind270", 150, 60, 0.40),
    ("replies-blind-271.jsonl", "blind271", 150, 60, 0.45),
    ("replies-blind-272.jsonl", "blind272", 150, 60, 0.40),
    ("replies-blind-273.jsonl", "blind273", 200, 30, 0.40),
    ("replies-blind-274.jsonl", "blind274", 200, 15, 0.50),
    ("replies-blind-275.jsonl", "blind275", 150, 60, 0.40),
    ("replies-blind-276.jsonl", "blind276", 150, 60, 0.45),
    ("replies-blind-277.jsonl", "blind277", 150, 55, 0.40),
    ("replies-blind-278.jsonl", "blind278", 200, 30, 0.40),
    ("replies-blind-279.jsonl", "blind279", 200, 15, 0.60),
    ("replies-blind-280.jsonl", "blind280", 150, 60, 0.40),
    ("replies-blind-281.jsonl", "blind281", 150, 60, 0.45),
    ("replies-blind-282.jsonl", "blind282", 150, 55, 0.40),
    ("replies-blind-283.jsonl", "blind283", 200, 30, 0.40),
    ("replies-blind-284.jsonl", "blind284", 200, 15, 0.50),
    ("replies-blind-285.jsonl", "blind285", 150, 60, 0.40),
    ("replies-blind-286.jsonl", "blind286", 150, 60, 0.45),
    ("replies-blind-287.jsonl", "blind287", 150, 55, 0.40),
    ("replies-blind-288.jsonl", "blind288", 200, 30, 0.40),
    ("replies-blind-289.jsonl", "blind289", 200, 15, 0.50),
    ("replies-blind-290.jsonl", "blind290", 150, 60, 0.40),
    ("replies-blind-291.jsonl", "blind291", 150, 60, 0.45),
    ("replies-blind-292.jsonl", "blind292", 150, 55, 0.40),
    ("replies-blind-293.jsonl", "blind293", 200, 30, 0.40),
    ("replies-blind-294.jsonl", "blind294", 200, 15, 0.50),
    ("replies-blind-295.jsonl", "blind295", 150, 60, 0.40),
    ("replies-blind-296.jsonl", "blind296", 150, 60, 0.45),
    ("replies-blind-297.jsonl", "blind297", 150, 55, 0.40),
    ("replies-blind-298.jsonl", "blind298", 200, 30, 0.40),
    ("replies-blind-299.jsonl", "blind299", 200, 15, 0.50),
    ("replies-blind-300.jsonl", "blind300", 150, 60, 0.40),
    ("replies-blind-301.jsonl", "blind301", 150, 60, 0.45),
    ("replies-blind-302.jsonl", "blind302", 150, 55, 0.40),
    ("replies-blind-303.jsonl", "blind303", 200, 30, 0.40),
    ("replies-blind-304.jsonl", "blind304", 200, 15, 0.50),
    ("replies-blind-305.jsonl", "blind305", 150, 60, 0.40),
    ("replies-blind-306.jsonl", "blind306", 150, 60, 0.45),
    ("replies-blind-307.jsonl", "blind307", 150, 55, 0.40),
    ("replies-blind-308.jsonl", "blind308", 200, 30, 0.40),
    ("replies-blind-309.jsonl", "blind309", 200, 15, 0.50),
    ("replies-blind-310.jsonl", "blind310", 150, 60, 0.40),
    ("replies-blind-311.jsonl", "blind311", 150, 60, 0.45),
    ("replies-blind-312.jsonl", "blind312", 150, 55, 0.40),
    ("replies-blind-313.jsonl", "blind313", 200, 30, 0.40),
    ("replies-blind-314.jsonl", "blind314", 200, 15, 0.50),
]
NAMES = [s[0] for s in SETS]
# Sets of ordinary replies with no crisis in them: they measure false alarms, not crisis recall.
ORDINARY = {"replies-blind-73.jsonl", "replies-blind-74.jsonl", "replies-blind-75.jsonl", "replies-blind-76.jsonl",
            "replies-blind-79.jsonl", "replies-blind-83.jsonl", "replies-blind-88.jsonl",
            "replies-blind-94.jsonl", "replies-blind-101.jsonl", "replies-blind-106.jsonl",
            "replies-blind-110.jsonl", "replies-blind-117.jsonl", "replies-blind-122.jsonl", "replies-blind-131.jsonl",
            "replies-blind-136.jsonl", "replies-blind-141.jsonl", "replies-blind-146.jsonl",
            "replies-blind-151.jsonl", "replies-blind-156.jsonl",
            "replies-blind-161.jsonl", "replies-blind-166.jsonl", "replies-blind-174.jsonl",
            "replies-blind-179.jsonl", "replies-blind-184.jsonl",
            "replies-blind-189.jsonl", "replies-blind-194.jsonl", "replies-blind-199.jsonl",
            "replies-blind-204.jsonl", "replies-blind-209.jsonl", "replies-blind-214.jsonl",
            "replies-blind-219.jsonl"}


@functools.cache
def _rows(name: str) -> tuple[dict, ...]:
    return tuple(load_labelled(DATA / name))


@pytest.mark.parametrize("name", NAMES)
def test_the_set_meets_every_bar(name):
    rows = list(_rows(name))
    report = evaluate(rows)
    print("\n" + report.format(f"blind set {name} ({len(rows)} replies)"))
    for miss in report.misses:
        print(f"  miss {miss['id']} {miss['text']!r}: {miss['wrong']} {miss['reasons']}")
    for metric in BARS:
        if name in ORDINARY and metric == "crisis_recall":
            assert report.scores[metric].n == 0, f"{name} was written without crises"
            continue
        assert report.scores[metric].n > 0, f"{name} measures nothing for {metric}"
    failing = ", ".join(f"{s.name}={s.value:.3f}" for s in report.failing())
    assert report.passes, f"below the bar: {failing}"


@pytest.mark.parametrize("name, prefix, size, urgent, spanish", SETS, ids=NAMES)
def test_the_set_is_well_formed_and_hard_enough(name, prefix, size, urgent, spanish):
    rows = _rows(name)
    assert len(rows) == size
    assert [row["id"] for row in rows] == [f"{prefix}-{i:03d}" for i in range(1, size + 1)]
    for row in rows:
        expect = row["expect"]
        assert row["asked"] in {"mood", "side_effects", "adherence", "open"}, row["id"]
        assert row["language"] in {"en", "es"}, row["id"]
        assert expect["triage"] in {"urgent", "high", "routine", "none"}, row["id"]
        assert isinstance(expect["crisis"], bool), row["id"]
        assert not expect["crisis"] or expect["triage"] == "urgent", row["id"]
        assert set(expect["side_effects"]) <= TERMS, row["id"]
        assert expect["adherence"] in {None, "taking", "missed", "stopped"}, row["id"]
        assert expect["keyword"] in {None, "stop", "start", "help"}, row["id"]
        assert expect["mood"] is None or 1 <= expect["mood"] <= 5, row["id"]
    assert sum(row["expect"]["triage"] == "urgent" for row in rows) >= urgent
    # Enough non-crisis replies that the false-alarm rate means something.
    assert sum(not row["expect"]["crisis"] for row in rows) >= min(100, size // 2)
    assert sum(row["language"] == "es" for row in rows) / size >= spanish
