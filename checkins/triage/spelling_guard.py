"""Correctly spelt words that sit one or two edits from a spelling target.

Spelling correction must never turn a real word into a finding ("reckless" is
not "restless", "decreased" is not "depressed"). This list holds every English
dictionary word and common Spanish word within the correction distance of a
word in ``lexicon.FUZZY_TARGETS`` whose correction would change its meaning
("temor" is fear, not "tremor"; "litro" is not "litio"); rebuild it when the
targets change by running English and Spanish word lists through
``correct_spelling``.
"""

PROTECTED: frozenset[str] = frozenset("""
ability abilitys alice alike aline amphetamines anxietys anxiously appetites appetizer
apposite balusters banisters battle beaching berating berthing blasters bleaching
bleating blinders blinkers blister blistered blotters blurrier blurted blushers blusters
blustery boasters bolsters boosters borden bottled bottles breached breaches breaching
breading breadths breaking breasting breath breathed breather breathers breathes
breathier breathings breaths breathy bride bridged bridger bridgers bridges bridgess
bridget bridgets bridgett bridle broaching burdened burdens burred canceled catting
censused chatting childs chiles chilis chill chillers chillest chilli chillies chillis
chilly clotting collusion compulsion compulsions conceits concepts concerns concert
concerted concerti concertina concerto concertos concerts concetta concettas conclusion
conclusions concrete concussion concussions conduced confessed confession confided
confined confucian confuse confusedly confuser confusers confuses confusing confusions
confuted confutes conjured constipate constipates constipating constipations constituted
constitution consulting consumed contused contuses contusing contusion contusions
conversing conversion conversions converts convulsed convulsive counting courting
crusting cuttings decreased depresses depressing depressions depressive deserter
desperate despertaba despertarme desperte desperto despierta despiertas despertador despertadores diarrheas
diarrhoeas digressed digression dinginess dirtiness dizziest dizzinesss dowdiness
dressiness dropsy drowse drowsiest drowsily drowsinesss ejection ejections election
elections electron emitting enlisting erectile erecting erections eruption evicting
eviction exacting exalting excising exciting execution exerting exertion exhausts
existences existent exists exiting exits expiating exulting faceting fainter faintest
faulting feinted feinting fevers fewer fidget fidgeted fidgets fiebres fiver flaunted
flaunting flinging flirting flitting forget forgo fringing fronting gargantua gargantuan
gargantuas goodby goodbyes goodbys groggily haggling hallucination hamming handing
handling hangings harding hardings haring harking harping harrying haves heartache
heartaches hides hikes hines hinging hires hived hoarding homeless homelesss hopelessly
hornless horribly horridly howellss hunting huntings hurdling hurling hurrying hurtling
hustings hustling inaction inception induction infarction infecting infections
infectious inflation inflection inflections infliction infraction ingestion injection
injections inoperable insertion insignia insomniac insomniacs insomnias inspection
insupportable intention intolerably intolerance invention jitters jitterss jumbling
killings kilning kindling kipling kiplings knelling libidos lighthearted lithiums
marcelos marcos mareada mareadas mareados mareas mares margos marios massed matarse
matarte mediation mediations medicare medicate medicating medications medicinal
medicines meditation meditations messed metrication migraines migrating miserably misled
misses misspend misted misused mussed nauseam nauseate nauseates neurotic nightmare
nightmarish overbore overcome overcoming overdoes overdoing overdone overdoses overjoyed
overjoying overrode overtone overused overusing pacino packing packings padillas paging
painless paling palliations palpations palpitating palpitation paneling papillas
parching paring patching patellas paving pawing paying pealing pearling pebbling
pedaling peddling peeing peeking peelings peeping peering peeving peopling periling
pestling petering pharmacys placing plunging plunking poaching poignancy poignant
pointers pointiest pointlessly pomading pouching pouncing prancing preening pregnancys
prescriptions prescriptive pristine proscription proscriptions prozacs puffs questing
quieting quilting quiltings quipping quirking quisling quizzing quoiting reckless
recklessness refile refilled refills restlessly restlessnesss ritalins rivaling rootless
rosaless rustlers sallow scalloping scenting schelling sculling seating seatings
sedating selling shackling shading shadings shady shafting shaka shake shallow shallows
shaming shaping sharing sharking shaving shavings shearing sheeting shelling shelving
shipped shirking shoaling shocking shopped shucking sipped skimped skipper skippered
skippers slacking slaking sleep sleepily sleeps sleeting sleety slipped slopped smacking
smearing smelling smelting snacking snaking snaky sneaking snipped soaking soakings
sopped spanking sparking speaking spearing spelling spellings stacking staking stalking
stalling stealing steaming stepped sterling stippled stomached stomachs stomped stooped
stoppard stopper stoppered stoppers strapped stripped stropped suicida suicidara
suicidaria suicidaron suicidarse suicidarte suicidas suicides suicido swallowed swallows
swanking swathing swatting swearing sweatier sweeping swellings swerving swilling
swirling swivelling swopped tared temblors temperate temperatures terribly thanking
thieving thinkings thinning thought threat throats throaty tided tiled timed tinkling
tires tremolos trevor trevors tricking tried trunking twinging twinkling twinning
unbearably unbeatable unbreakable unreadable unsubscribed unsubscribes visiting vivia
vivid vivio vivira vivis vomit vomita vomite vomits weigh weighs weighted weights
weighty wight worthies worthiest worthiness wright yellowed yellower yellows zolofts
zombi zombies zombis dyeing drying
blighters buscar calcular cautelar colusion concesion concierto concreta concretar
concreto concuerda concusion concussed confesion congelar conserva contenta conversa
curating deportar descartar desertar desertor desierta despistar despuntar desterrar
dispersar ditzy dopamine eleccion embarazosa embarazoso encoding endowing enduring
garantia headcase horseless inyeccion libio lidio lirio litro livido manejado marcador
marejada mediacion meditacion subsidio temor trembler visir wordless
visitando visitarla visitarlo visitarlos visitarlas visitaba visitamos visitaron
existe existen existes contesta
""".split())
