// The shape of a language's rule data. Rule files hold plain data only; the
// claims engine compiles them once.
//
// Phrases are written as a reader writes them and are matched word by word,
// ignoring case and accents ("Ministère" matches "ministere"). A word ending in
// `*` matches any word it begins ("tu*" would match "tué", "tués"; use sparingly).
// " ... " inside a phrase allows up to eight words in between (German separable
// verbs: "wies ... zurück").

/** Number words: enough to read "deux cent dix", "forty-nine", "duecentoquarantanove". */
export interface NumberWords {
  /** Words worth less than 100 (units, teens, tens, and fused forms such as "veintinueve"). */
  units: Record<string, number>;
  /** Words that are a whole number of hundreds by themselves ("doscientos", "cento"). */
  hundreds?: Record<string, number>;
  /** Words that multiply what precedes by 100 ("cent", "hundred", "hundert"). */
  hundred: string[];
  /** Words that multiply what precedes by 1000 ("mille", "mil", "thousand", "mila"). */
  thousand: string[];
  /** Words that multiply what precedes by a million. */
  million: string[];
  /** Words that join parts of one number ("et" in "vingt et un", "and", "y", "e", "und"). */
  connectors: string[];
  /** Words for one that are also articles: a number only inside a compound ("vingt et un", "un million"). */
  ones: string[];
  /** Numbers written as one word ("duecentoquarantanove", "zweihundertneunundvierzig"). */
  compound?: boolean;
}

/** A counting phrase that is not a plain number: "une dizaine" (10), "des centaines" (at least 200). */
export interface CountPhrase {
  phrase: string;
  /** The number the words state ("une dizaine" = 10, "a dozen" = 12). */
  value?: number;
  /** The least the words literally mean ("des centaines" = 200, "de nombreux" = 2). */
  min?: number;
}

/** What a counted noun counts. `dead` nouns (morts, deaths) carry death by themselves. */
export type HeadKind = 'civilians' | 'children' | 'women' | 'fighters' | 'people' | 'dead';

export interface LanguageRules {
  lang: string;
  /** Frequent function words that tell the language apart. */
  stopwords: string[];
  /** Abbreviations whose full stop does not end a sentence (lowercase, without the stop). */
  abbreviations: string[];
  /** Articles, demonstratives and possessives that may precede a name or a generic reference. */
  determiners: string[];
  /** Indefinite articles: "un porte-parole" introduces someone new. */
  indefinites: string[];
  /** Prepositions: a name right after one is not the subject of the verb that follows. */
  prepositions: string[];

  // ---- casualty counts ----
  numbers: NumberWords;
  /** Words that scale a written number: "250 mil", "1,5 million". */
  scales: Record<string, number>;
  /** Approximate and vague counting phrases, article included. */
  counts: CountPhrase[];
  /** Words between the two ends of a range ("between 1,098 and 1,450", "de 20 à 30"). */
  rangeLinks: string[];
  /** Words linking a count to its noun ("de", "of", "di"); optional. */
  countLinks: string[];
  /** Qualifiers before a count ("au moins", "at least", "some"): part of the span, never of the value. */
  qualifiers: string[];
  /** Counted nouns by what they count. */
  heads: Record<HeadKind, string[]>;
  /** Pronouns of a group after a figure ("of them", "d'entre eux", "di loro", "von ihnen"): the
   *  figure counts the group named before it. */
  partitives: string[];
  /** Words allowed between a number and its noun ("of them", "autres", "Syrian"), the side or
   *  creed of fighters among them ("a dozen rebel fighters", "ein Dutzend islamistische Kämpfer"). */
  modifiers: string[];
  /** Adjectives of nationality after a counted noun ("200 civiles sirios", "des centaines de civils
   *  syriens"): part of the count's span. English and German put them before (see `modifiers`). */
  nationalityAfter: string[];
  /** Words after a death noun that make it a civilian count ("civils", "parmi les civils"). */
  civilianAfter: string[];
  /** Words before a death noun that make it a civilian count ("civilian deaths"). */
  civilianBefore: string[];
  /** Prepositions that put a charge in its place ("in Syria", "en Syrie", "na Síria"): knowing
   *  nothing "of civilian deaths in Syria" keeps its place when a longer tail is cut. */
  placePrepositions: string[];
  /** Words linking a death noun to the group it counts ("parmi les", "among the", "tra i"):
   *  "une douzaine de morts parmi les combattants" counts fighters. */
  among: string[];
  /** Phrases of death that take the count as their complement, verb included where it is part of
   *  the idiom ("la mort de", "claimed the lives of", "se cobraron la vida de"): a death cue, and
   *  part of the claim's span. */
  deathOf: string[];
  /** Words and phrases that say people died (verbs, nouns). */
  deathCues: string[];
  /** Verbs of killing that may take a bare number ("killed 49"). */
  killVerbs: string[];
  /** Finite verbs of killing, with the article their object takes, before a plural of civilians with
   *  no count ("killed civilians", "ont tué des civils", "mataram civis"): at least two died.
   *  Infinitives and gerunds ("accused of killing civilians") are not listed. */
  killsPlural: string[];
  /** Plural indefinite articles that may open a headline of the dead ("Des enfants tués", "Unos
   *  civiles muertos"): the plural with no count and its participle say at least two died. None in
   *  English and German, whose bare plural ("Civilians killed") names a topic. */
  headlineArticles: string[];
  /** Suffixes that make a round figure its plural ("100s", "1000s"): hundreds, thousands. */
  figurePlurals: string[];
  /** Verbs a military uses for the enemy fighters it killed ("eliminated", "ont éliminé", "hanno
   *  distrutto"), right before their count: a death only for fighters ("destroyed hundreds of
   *  targets", "a détruit des maisons" count no one). */
  eliminates: string[];
  /** Toll nouns that may take a bare number ("the toll rose to 115"). */
  tollNouns: string[];
  /** Words right before a bare number that a toll noun governs ("to", "à", "passes", "eleva a"). */
  tollLinks: string[];
  /** Verbs between a noun of the dead and its count after it ("the civilian dead numbered 49",
   *  "los muertos fueron 49", "i morti furono 49", "die Zahl der Toten lag bei 49"); also next to
   *  a count whose noun follows with its article ("sono almeno 200 i civili uccisi"). */
  tollCopulas: string[];
  /** Verbs of counting with their preposition, before a count whose noun of the dead follows
   *  ("cifra en 2.132 los muertos", "stima in 2.132 i morti", "chiffre à 2 132 les morts"). */
  tallyVerbs: string[];
  /** Conjunctions that open a subordinate clause ("after", "where", "when", "où", "nachdem"): a
   *  death word beyond one is not about a vague count of people before it. */
  subordinators: string[];
  /** Words right after a counted noun that mean it is not a death count (injured, displaced, interviewed). */
  notDeathAfter: string[];
  /** Words right before a count that mean it is not a death count (interviewed, injuring). */
  notDeathBefore: string[];
  /** Words right before a count that make it no claim: verbs of having ("which has 4,000
   *  soldiers" counts the living) and question words ("how many civilians", "wie viele"). */
  notDeathRightBefore: string[];
  /** One fighter as the unit of a ratio ("for every fighter", "pour un combattant", "por cada
   *  combatiente"): a count near it ("16 civilians for every fighter") is a proportion, not a toll. */
  ratioUnits: string[];
  /** Words before a figure standing alone that resume a count whose noun was just named ("up to",
   *  "even with", "jusqu'à", "hasta", "sogar mit"): "the civilian toll is higher, up to 710". */
  resumeLinks: string[];
  /** Verb forms and adverbs that report a death at second hand (conditional, Konjunktiv I,
   *  "reportedly"): a count so told retells someone's account. */
  hearsay: string[];
  /** Words that place a count in one attack: one strike named in the singular, or the kind of
   *  place it hit (a market, a mosque, a village). */
  incidentMarks: string[];
  /** Demonstratives and pronouns that point back to what was just described ("these attacks",
   *  "ces raids", "y", "en ellos", "dabei"): a count so placed retells that account. */
  anaphors: string[];
  /** Connectors that attach a subgroup to the count before it ("dont", "including", "di cui"). */
  including: string[];
  /** Coordinators between two counts ("et", "and", "ainsi que"). */
  coordinators: string[];
  /** Words for war or conflict. */
  warNouns: string[];
  /** Phrases containing a war word that are not about the whole war ("crimes de guerre", "air war"). */
  notWar: string[];
  /** "Since the start" phrases. */
  sinceStart: string[];
  /** "Since" before a year. */
  since: string[];
  /** Words that make a toll the whole war's ("overall", "au total"). */
  totalCues: string[];

  // ---- attribution ----
  /** "selon", "according to": the source follows. */
  attributionBefore: string[];
  /** "zufolge": the source precedes. */
  attributionAfter: string[];
  /** "selon lui", "a suo dire": the speaker named before. */
  pronounAttribution: string[];
  /** "citing", "citant": the source that follows is the one the figure comes from. */
  citing: string[];
  /** "cité par", "quoted by": the name that follows only relays the figure. */
  relayedBy: string[];
  /** Verbs of saying, reading "X said" and "said X". */
  speechVerbs: string[];
  /** Verbs of counting or accusing, reading "X counted" only. */
  countVerbs: string[];
  /** Nouns of a tally that point to their owner: "the group's count", "le bilan de l'OSDH". */
  tallyNouns: string[];
  /** Subject pronouns that refer back to the last speaker. */
  pronouns: string[];
  /** "The country" opening a clause: like a pronoun, it takes up the state the sentence before had
   *  as its subject ("Russia declined to comment. The country has always denied..."). */
  countryAnaphors: string[];
  /** Generic references by type, resolved by the story pack ("l'ONG" is `ngo`). */
  generic: Record<string, string[]>;

  // ---- denials ----
  /** Verbs that reject or deny by themselves (rejeter, deny, respingere...). */
  denialVerbs: string[];
  /** Verbs that deny only with a dismissive object ("dénonce des « clichés »", "described it as"). */
  weakDenialVerbs: string[];
  /** What a denial rejects: accusations, report, findings. */
  denialTargets: string[];
  /** Object pronouns that stand for what is denied ("lo", "it", "les"). */
  objectPronouns: string[];
  /** Adverbs that complete an objectless denial ("en bloc", "categorically"). */
  denialAdverbs: string[];
  /** Words allowed between a subject and its verb or a verb and its object (auxiliaries, adverbs). */
  verbFillers: string[];
  /** Negations that cancel a denial verb before it or mark a denied clause. */
  negations: string[];
  /** Dismissive words in quoted or reported speech ("sans fondement", "nothing new", "clichés"). */
  dismissive: string[];
  /** Demand verbs ("invité", "called on", "pidió"). */
  demandVerbs: string[];
  /** Reveal verbs ("révéler", "reveal", "revele"). */
  revealVerbs: string[];
  /** Nouns for sources of information ("sources", "fuentes"). */
  sourceNouns: string[];
  /** Modals of a demand reported in the addressee's clause ("Amnesty solle offenlegen…, forderte X"). */
  demandModals: string[];
  /** Channels an institution speaks through: "la cuenta oficial del ministerio" exige lo que exige el ministerio. */
  channelNouns: string[];
  /** Verbs that assert a clause ("affirmé", "insisted", "aseguró"). */
  assertVerbs: string[];
  /** Complementisers ("que", "that", "che", "dass"). */
  complementisers: string[];
  /** The complementiser may be left out ("he said it was false", "er sagte, es sei falsch"). */
  optionalComplementiser: boolean;
  /** Words that restrict what follows ("only", "seulement", "nur"): "it strikes only terrorists"
   *  denies by restriction, without a negation. French "ne ... que" is a negation and "que". */
  restrictives: string[];
  /** Verb forms that mark reported speech by themselves (German Konjunktiv I: "er enthalte
   *  nichts Neues"; the conditional of report: "n'auraient jamais visé", "would never"): such a
   *  sentence goes on with the last speaker's words, or with the speaker the next one names. */
  reportedMood: string[];
  /** Words that open a relative or participial clause after a noun ("that", "qui", "accusing"):
   *  a denied object ends there once what it rejects has been named. */
  relatives: string[];
  /** Relative pronouns that may be the subject of their clause ("which", "qui", "que"): after a
   *  comma, the name before them is who does what the clause says. */
  subjectRelatives: string[];
  /** Words that, once a rejected object has been named, open what is not part of it: a complement
   *  of means ("showing", "mostrando") or the noun's content clause ("de que"). */
  objectTails: string[];
  /** Prepositions of a rejected object's topic ("about", "sobre", "über"): not part of it once its
   *  accuser is named too ("the accusations of Amnesty about..."); without one the topic says
   *  which reports are rejected. */
  topicTails: string[];
  /** Words that end a denied clause ("comme", "unlike"). */
  clauseCuts: string[];
  /** Agent prepositions of a passive ("par", "by"). */
  passiveBy: string[];
  /** Infinitive markers after a denial verb ("d'avoir", "haber", "having"). */
  infinitives: string[];

  // ---- denied acts and counter-charges ----
  /** Nouns of blame for an act ("responsibility", "responsabilité", "Verantwortung"): "denied
   *  responsibility for the strikes" denies what the story reports Russia did. */
  responsibility: string[];
  /** Civilian places and objects an air raid may hit ("civilian objects", "zones habitées",
   *  "zivile Ziele"): "never targeted civilian objects" denies the story's act. */
  civilianTargets: string[];
  /** Weapons named by reference to the accusation ("such weapons", "ce type d'armes"): "has no
   *  such weapons at its base" denies the cluster-munition finding. */
  referredWeapons: string[];
  /** Verbs of the acts the accusers charge (attack, bomb, target, use a weapon): "Russia has never
   *  bombed civilian sites", negated with the denier as subject, denies the story's act. */
  accusedActs: string[];
  /** Words that open a condition ("if", "si", "wenn"): "if Russia had bombed civilians, the world
   *  would know" denies the act by its unseen consequence. */
  unrealIfs: string[];
  /** Auxiliaries of a past unreal condition ("had", "avait", "hubiera", "tivesse", "hätte"). */
  unrealPast: string[];
  /** Verbs of the conditional mood that state what would follow ("would", "saurait", "sabría",
   *  "saberia", "wüsste"). */
  unrealResults: string[];
  /** Verbs that deny only with responsibility for their object ("declined", "décliné", "lehnte"). */
  disownVerbs: string[];
  /** Words by which a denier says the accusers cannot know ("cannot know", "no pueden saberlo",
   *  "könne ... nicht wissen"): they dismiss, like `dismissive`. */
  disqualifiers: string[];
  /** Evidence and charges called flawed ("the wrong sources", "empty allegations"): they dismiss,
   *  like `dismissive`. */
  flawedEvidence: string[];
  /** Verbs that call evidence into doubt ("questioned", "mis en doute", "stellte ... in Frage"). */
  doubtVerbs: string[];
  /** What a doubt bears on: the credibility of evidence, or the evidence ("veracity", "photos"). */
  doubtedEvidence: string[];
  /** Verbs that charge the accusers in turn ("accused", "reproché", "warf ... vor"): a counter-charge
   *  when what they are charged with restricts, negates or dismisses ("of dealing only with..."). */
  chargeVerbs: string[];
  /** Attributions by a relative pronoun, the source named before them ("the ministry, according to
   *  which...", "secondo cui", "dem zufolge"): the clause that follows is that source's. */
  relativeAttribution: string[];
  /** Nouns for a denier's answer or line ("answer", "réponse", "Antwort"): "Russia's answer to
   *  Amnesty: it never happened" gives the denier's words after the colon. */
  replyNouns: string[];
  /** Verbs of having seen or read a document ("seen", "lu", "pris connaissance", "gelesen"): a
   *  denier who has "not seen the report" declines to engage with it, a denial the labels count. */
  acquaintanceVerbs: string[];
  /** Verbs that say by themselves that one does not know ("is unaware of", "desconoce", "ignore",
   *  "weiß nichts von"): a denier that "knows nothing of the report" declines it, as unseen. */
  unawareVerbs: string[];
  /** Nouns of what one knows of a matter ("information", "constancia", "Erkenntnisse"): a denier
   *  with "no information on the reliability of the data" will not accept the charge. */
  informationNouns: string[];
  /** Nouns for happenings ("incidents", "Zwischenfälle"): with a word of `incidentQualifiers` they
   *  are the charge ("such incidents", "incidents de ce genre"), and a denier with no information
   *  about them knows nothing of it, as of the report or its data. */
  chargedIncidents: string[];
  /** Words that make incidents the ones charged ("such", "possible", "de ce genre", "solchen"):
   *  "no information about incidents on the border" is about another matter. */
  incidentQualifiers: string[];
  /** Nouns for what a party asserts ("claims", "affirmations", "Behauptungen"): a denier's, with
   *  their content clause ("Moscow's claims that it kills no civilians"), are its denial. */
  claimNouns: string[];
  /** Verbs of having or holding that may stand between a negation and an information noun ("has",
   *  "dispone de", "a disposizione", "there is"): "has not released information" is another act. */
  possessionVerbs: string[];
  /** Hedges that give a clause to its own subject ("by its own account", "nach eigenen Angaben",
   *  "selon ses propres dires"): "Russia, by its own account, strikes only terrorists" reports the
   *  denier's words without a verb of saying. */
  ownAccount: string[];
  /** A denier keeping to its position, the position named ("s'en tient à sa ligne", "stood by its
   *  account", "bleibt bei seiner Darstellung"): after the accusation, it denies as a denial verb
   *  does (compiled into `denialVerbs`). */
  heldLines: string[];
  /** Every strike, bomb or target of the denier ("every bomb", "chacune de ses frappes", "jede
   *  Bombe"): "every bomb fell on terrorist positions" restricts the targets as "only" does. */
  universalStrikes: string[];
  /** Words for a nil amount ("zero", "nul", "cero", "null"): "the figure is zero" denies a toll. */
  nilWords: string[];
  // ---- what a denier calls the report ----
  /** Verbs that say what the report is or holds, with the report as subject ("is", "contains",
   *  "rests on", "lacks"): "the report is biased" evaluates it. */
  evaluations: string[];
  /** The same verbs in a mood of reported speech (conditional, Konjunktiv I: "serait", "sarebbe",
   *  "enthalte"): the clause is someone's words even without a verb of saying. */
  reportedEvaluations: string[];
  /** Words that say something is missing ("no", "without", "lacking", "aucun", "keinerlei"). */
  lackWords: string[];
  /** Phrases of the least amount that may stand between a word of lack and its evidence noun
   *  ("the slightest", "a shred of", "la más mínima", "den geringsten"): "without the slightest
   *  proof" says evidence is missing. */
  leastAmounts: string[];
  /** What a claim needs and a denier says is missing ("evidence", "facts", "basis"). */
  evidenceNouns: string[];
  /** Nouns of denial ("denial", "démenti", "Dementi", "smentita", "desmentido"). */
  denialNouns: string[];
  /** Nouns for wordings that introduce quoted examples ("expressions", "phrases", "Wendungen"). */
  wordingNouns: string[];
  /** Words that introduce examples after a wording noun ("such as", "comme", "wie"). */
  exampleMarkers: string[];
  /** Words that introduce a publication's title ("entitled", "intitulé", "titulado", "mit dem
   *  Titel"): a quotation after one is the title, no one's words, even when it quotes the denier. */
  titleMarkers: string[];
  /** Words that say what a publication is made of or full of ("full of", "besteht ... aus",
   *  "consistían en"): a quotation after them is its content, not its title. */
  consistFrames: string[];
  /** Other accusers of Russia (states, alliances) whose claims are not the story's accusation. */
  rivalAccusers: string[];
  /** Nouns of killing with their preposition, the article optional as headlines drop it ("killing
   *  of", "the slaughter of", "le meurtre de", "Massaker an"): like `deathOf`, a phrase of death
   *  that takes the count as its complement and is part of the claim's span. */
  killingNouns: string[];
  /** Participles and passives after a name that make it the accused ("Russia accused of", "la
   *  Russie accusée d'avoir", "Russland wird vorgeworfen"): a count in what it is accused of is the
   *  accuser's, never the accused's. */
  accusedMarks: string[];
  // ---- what deniers do to the accusations ----
  /** A stop negated ("never stopped", "n'a jamais cessé de", "non ha mai smesso di"): a denial verb
   *  right after one goes on denying, the negation does not cancel it. */
  unceasing: string[];
  /** What a denier says of the accusations' motive or making ("politicised", "custom-made",
   *  "provocation", "to cover up"): they dismiss, like `dismissive`. */
  motiveCharges: string[];
  /** Verbs of making evidence public ("released", "a diffusé", "veröffentlichte"). */
  showVerbs: string[];
  /** Pictures and records a denier shows ("satellite images", "footage", "Satellitenbilder"). */
  shownEvidence: string[];
  /** Words that say a place is unharmed ("intact", "still standing", "unversehrt"): evidence shown
   *  with one is a denial by counter-evidence. */
  intactWords: string[];
  // ---- who a count belongs to ----
  /** Nouns of a number that take what is counted as their complement ("the number of", "le
   *  nombre de", "die Zahl der"): "put the number of civilians killed at 710" states a toll. */
  numberNouns: string[];
  /** Verbs by which an accuser investigates ("examined", "a enquêté sur", "entrevistó", "befragte"):
   *  the sentences after one narrate what the investigation found. */
  inquiryVerbs: string[];
  /** Nouns of the attacks an investigation examined, in the plural ("attacks", "frappes"). */
  attackNouns: string[];
  /** Links after a number that pick some out of a set named before ("of the", "des", "de los",
   *  "der", "of them", "davon"): "five of the attacks". */
  subsetLinks: string[];
  /** Quantifiers that pick some out of a set, like a number ("several", "most", "plusieurs"). */
  subsetHeads: string[];
  /** Ordinals and "another" that pick one more out of a set ("a sixth", "une autre", "ein weiterer"). */
  ordinalPicks: string[];
  /** Connectors that turn to another matter ("separately", "meanwhile", "par ailleurs"). */
  topicShifts: string[];
  /** Verbs of opinion ("believes", "considera que", "ritiene", "ist der Ansicht"): a denier's view of
   *  the report is reported with them as with a verb of saying. */
  opinionVerbs: string[];
  /** Guesses ("assumptions", "conjeturas", "Vermutungen"): a report said to rest on them is dismissed,
   *  like `dismissive`. */
  conjectures: string[];
  /** Subject pronouns that stand for a person only ("he", "she"), never for an institution named
   *  before; empty where pronouns have grammatical gender ("il" is "le ministère" too). */
  personPronouns: string[];
  // ---- what a denier calls the report: untrue to reality, a deceit ----
  /** Phrases that say a claim is untrue to the facts ("does not correspond to reality", "n'a rien à
   *  voir avec la réalité", "entspricht nicht den Tatsachen", "inexacto", "fehlerhaft"): they
   *  dismiss, like `dismissive`. */
  unrealities: string[];
  /** Nouns and adjectives of nonsense, manipulation and deceit, the Russian word for a newspaper
   *  hoax rendered word for word included ("absurdity", "misleading", "canard", "duck", "Ente",
   *  "frases hechas"): they dismiss, like `dismissive`. */
  deceits: string[];
  /** Things named with a dismissive word ("fake accounts", "faux comptes", "cuentas falsas",
   *  "gefälschte Pässe"): the word judges no claim there. */
  namedFakes: string[];
  // ---- reported denials in their frames ----
  /** Verbs of confirming or owning up to a fact ("confirm", "acknowledged", "reconnu", "eingeräumt",
   *  separable ones with their particle): negated, with the accusations or the civilian dead as
   *  object, they reject the story's charge ("Moscow does not confirm these reports"). */
  acknowledgeVerbs: string[];
  /** Finite auxiliaries of the perfect ("has", "a", "hat", "ha"): a clause that opens on one after
   *  an aside ("Moskau, das ..., hat die Berichte ... zurückgewiesen") has its subject before it. */
  auxiliaries: string[];
  // ---- what a denier calls the report: not to be believed ----
  /** Phrases that deny a claim credibility or seriousness ("not credible", "unconvincing", "peu
   *  sérieux", "carece de credibilidad", "nicht glaubwürdig"): they dismiss, like `dismissive`. */
  incredible: string[];
  /** Nouns of what a report holds or rests on, beside `denialTargets` ("materials", "text", "les
   *  éléments", "i materiali", "das Material"): an evaluation may have them as its subject. */
  contentNouns: string[];
  // ---- who denies: bodies named by their nationality ----
  /** Nouns for a state's officials, authorities or side ("officials", "responsables", "Behörden",
   *  "la partie"): next to a story source's nationality adjective ("Russian officials", "les
   *  responsables russes") they name that source. */
  bodyNouns: string[];
  /** Nationality adjectives of the war's other parties ("Syrian", "syriennes", "US", "türkisch*"):
   *  an authority they qualify ("les autorités syriennes") is none of the story's sources. */
  otherNationals: string[];
  /** Modal and future auxiliaries ("will", "could", "va", "wird"): in a question, a denial verb
   *  after one is asked about ("Will Moscow deny...?"), not reported. */
  questionModals: string[];
  /** Keeping silent, declining comment or ignoring ("kept silent", "passé sous silence", "dazu
   *  geschwiegen"): coordinated with a denial ("has either denied it or kept silent", "negaron o
   *  silenciaron las muertes"), one claim with it and the object they share. */
  silenceAlternatives: string[];
  /** Conduct said to keep to international law ("in line with international law", "en plena
   *  observancia del derecho internacional"): a denier's answer that its strikes were lawful. */
  lawfulConduct: string[];
  // ---- the ministry's own statements of fact ----
  /** Being unable or having no means, before a verb of checking ("cannot", "have no way of",
   *  "n'ont aucun moyen de", "não têm como", "keine Möglichkeit"): "they have no way of checking"
   *  said of the accusers dismisses what they report. */
  inabilityFrames: string[];
  /** Verbs of checking or knowing, enclitic pronouns included ("verify", "vérifier", "comprobarlo",
   *  "checar", "überprüfen"): what an inability frame bears on. */
  checkVerbs: string[];
  /** Places an air raid is said to have hit, singular and plural ("hospitals", "la mosquée",
   *  "Krankenhäuser"): "some of the hospitals do not exist" denies the strike on them. */
  struckPlaces: string[];
  /** Names that are a common word when written in lowercase ("US" and "us", Italian "Usa" and the
   *  verb "usa"): they name only when capitalised ("non usa bombe a grappolo" names no rival). */
  lowercaseHomographs: string[];
  /** What a denier says it fights or strikes, beyond the story's names of its targets ("terrorism",
   *  "the caliphate", "Terrormiliz"): with a restrictive ("fights exclusively against terrorism")
   *  it denies the strikes on civilians; a negation alone does not ("will not stop fighting
   *  terrorism"). */
  exclusiveTargets: string[];
  /** A denier's targets named as the subject of "to be" ("its targets are", "seus alvos são",
   *  "seine Ziele seien"): what they are said to be restricts the strikes as "only" does. */
  targetsAre: string[];
  // ---- what a denier calls the report, in its own words ----
  /** Nouns and adjectives of falsehood and worthlessness beyond `deceits` and `motiveCharges`, by
   *  kind: hoaxes, fictions and stagings ("sham", "farsa", "mise en scène"), smears and mud ("mud-
   *  slinging", "macchina del fango", "Schmierenkampagne"), hollow phrases and nonsense ("platitudes",
   *  "inepties", "Geschwätz"), work made to order or for a pretext ("commissioned by", "sob
   *  encomenda", "auftragsgemäß"): they dismiss, like `dismissive`. */
  falsehoods: string[];
  /** Verbs of a curt answer or verdict ("zanjó", "a tranché", "resumiu", "ha tagliato corto",
   *  "spottete"): they tag a quotation with its speaker as a verb of saying does. */
  curtReplies: string[];
  /** Possessive determiners ("its", "son", "suo", "su", "seu", "sein"): "un suo portavoce" is the
   *  spokesperson of the body named before in the sentence. */
  possessives: string[];
  /** Targets named by their military nature ("military targets", "objectifs militaires",
   *  "militärische Ziele"): with a restrictive ("hits only military targets") a denier's account
   *  of its strikes denies the strikes on civilians; negated ("there were no military targets")
   *  they are the accusers' finding, not a denial. */
  militaryTargets: string[];
  /** A negation and an exception that restrict together, as "only" does ("ne ... que", "no ...
   *  más que", "non ... che", "não ... senão"): "ne viser que des objectifs militaires". */
  exceptives: string[];
  /** The word that introduces what something is called ("als", "as", "comme", "come", "como"):
   *  "als haltlos zurückgewiesen" rejects with its label. */
  asMarkers: string[];
  // ---- who a count belongs to: a teller named after it ----
  /** Openings of a sentence that give what the sentence before said to the source they name
   *  ("That is according to", "C'est ce qu'affirme", "Así lo afirma", "A dirlo è", "A denúncia foi
   *  feita por", "Das geht aus ... hervor"): a count that sentence gave no one is that source's. */
  backAttributions: string[];
  // ---- what a denier calls the report, in its own words: first person ----
  /** A rejection in the first person plural, as a spokesman words it inside a quotation ("we
   *  categorically reject", "rechazamos", "nous rejetons", "weisen wir zurück"): it dismisses, like
   *  `dismissive`; who says it is the quotation's speaker, so an accuser's "we reject" is no denial. */
  ownRejections: string[];
  // ---- who speaks: bodies of other parties ----
  /** Other parties' bodies written as the first part of a compound ("Nato-Sprecher", "US-Militär"):
   *  the generic that completes the word is theirs, none of the story's sources. */
  otherBodies: string[];
  // ---- who speaks: answers that correct ----
  /** Verbs of correcting, objecting or answering back ("stellte richtig", "wandte ein", "a
   *  rectifié", "ribatté", "objetó", "objected"): before a colon or a quotation they introduce the
   *  speaker's words, as a verb of saying does. */
  correctionVerbs: string[];
  /** Titles of an official that name no side by themselves ("the envoy", "le diplomate", "der
   *  Botschafter", "il viceministro"): on a page whose lead names Moscow's answer, such a speaker
   *  the story's names do not resolve is the page's denier (page-denier.ts). */
  speakerTitles: string[];
  // ---- what the accusers charge the deniers with ----
  /** Verbs of lying or hiding the truth, in the forms a charge takes ("lied", "a menti", "podrían
   *  haber mentido", "gelogen", "covered up"): with a denier as their subject ("the ministry may
   *  have lied about ...") the clause is the accusers' charge, not a denial. */
  lieVerbs: string[];
}
