// Rule data compiled into lexicons, once per language and once per story.
import { Lexicon } from './lexicon';
import { NumberReader } from './numbers';
import { LANGUAGES } from './rules';
import type { CountPhrase, HeadKind, LanguageRules } from './rules/types';
import type { GenericType, StoryRules } from './story-rules';
import { fold } from './tokens';

export type Generic = GenericType | 'latter';

export interface CompiledLanguage {
  lang: string;
  abbreviations: ReadonlySet<string>;
  determiners: Lexicon;
  indefinites: Lexicon;
  prepositions: Lexicon;
  numbers: NumberReader;
  scales: ReadonlyMap<string, number>;
  counts: Lexicon<CountPhrase>;
  rangeLinks: Lexicon;
  countLinks: Lexicon;
  qualifiers: Lexicon;
  heads: Lexicon<HeadKind>;
  modifiers: Lexicon;
  civilianAfter: Lexicon;
  civilianBefore: Lexicon;
  among: Lexicon;
  deathOf: Lexicon;
  deathCues: Lexicon;
  killVerbs: Lexicon;
  tollNouns: Lexicon;
  tollLinks: Lexicon;
  notDeathAfter: Lexicon;
  notDeathBefore: Lexicon;
  notDeathRightBefore: Lexicon;
  resumeLinks: Lexicon;
  hearsay: Lexicon;
  incidentMarks: Lexicon;
  including: Lexicon;
  coordinators: Lexicon;
  warNouns: Lexicon;
  notWar: Lexicon;
  sinceStart: Lexicon;
  since: Lexicon;
  totalCues: Lexicon;
  attributionBefore: Lexicon;
  attributionAfter: Lexicon;
  pronounAttribution: Lexicon;
  citing: Lexicon;
  relayedBy: Lexicon;
  /** Speech verbs, read both ways ("X said", "said X"). */
  speech: Lexicon;
  /** Speech and counting verbs, read after the speaker. */
  speechOrCount: Lexicon;
  tallyNouns: Lexicon;
  pronouns: Lexicon;
  generic: Lexicon<Generic>;
  denialVerbs: Lexicon;
  weakDenialVerbs: Lexicon;
  denialTargets: Lexicon;
  objectPronouns: Lexicon;
  denialAdverbs: Lexicon;
  verbFillers: Lexicon;
  negations: Lexicon;
  dismissive: Lexicon;
  demandVerbs: Lexicon;
  revealVerbs: Lexicon;
  sourceNouns: Lexicon;
  assertVerbs: Lexicon;
  complementisers: Lexicon;
  optionalComplementiser: boolean;
  restrictives: Lexicon;
  reportedMood: Lexicon;
  relatives: Lexicon;
  clauseCuts: Lexicon;
  passiveBy: Lexicon;
  infinitives: Lexicon;
  responsibility: Lexicon;
  civilianTargets: Lexicon;
  referredWeapons: Lexicon;
  disownVerbs: Lexicon;
  doubtVerbs: Lexicon;
  doubtedEvidence: Lexicon;
  chargeVerbs: Lexicon;
  evaluations: Lexicon;
  reportedEvaluations: Lexicon;
  lackWords: Lexicon;
  evidenceNouns: Lexicon;
  denialNouns: Lexicon;
  wordingNouns: Lexicon;
  exampleMarkers: Lexicon;
  rivalAccusers: Lexicon;
}

function compileLanguage(r: LanguageRules): CompiledLanguage {
  const of = Lexicon.of;
  const heads: [string, HeadKind][] = [];
  for (const [kind, words] of Object.entries(r.heads) as [HeadKind, string[]][]) {
    for (const w of words) heads.push([w, kind]);
  }
  const generic: [string, Generic][] = [];
  for (const [type, words] of Object.entries(r.generic)) {
    for (const w of words) generic.push([w, type as Generic]);
  }
  return {
    lang: r.lang,
    abbreviations: new Set(r.abbreviations.map(fold)),
    determiners: of(r.determiners),
    indefinites: of(r.indefinites),
    prepositions: of(r.prepositions),
    numbers: new NumberReader(r.numbers),
    scales: new Map(Object.entries(r.scales).map(([w, v]) => [fold(w), v])),
    counts: new Lexicon(r.counts.map((c) => [c.phrase, c] as [string, CountPhrase])),
    rangeLinks: of(r.rangeLinks),
    countLinks: of(r.countLinks),
    qualifiers: of(r.qualifiers),
    heads: new Lexicon(heads),
    modifiers: of(r.modifiers),
    civilianAfter: of(r.civilianAfter),
    civilianBefore: of(r.civilianBefore),
    among: of(r.among),
    deathOf: of(r.deathOf),
    deathCues: of(r.deathCues),
    killVerbs: of(r.killVerbs),
    tollNouns: of(r.tollNouns),
    tollLinks: of(r.tollLinks),
    notDeathAfter: of(r.notDeathAfter),
    notDeathBefore: of(r.notDeathBefore),
    notDeathRightBefore: of(r.notDeathRightBefore),
    resumeLinks: of(r.resumeLinks),
    hearsay: of(r.hearsay),
    incidentMarks: of(r.incidentMarks),
    including: of(r.including),
    coordinators: of(r.coordinators),
    warNouns: of(r.warNouns),
    notWar: of(r.notWar),
    sinceStart: of(r.sinceStart),
    since: of(r.since),
    totalCues: of(r.totalCues),
    attributionBefore: of(r.attributionBefore),
    attributionAfter: of(r.attributionAfter),
    pronounAttribution: of(r.pronounAttribution),
    citing: of(r.citing),
    relayedBy: of(r.relayedBy),
    speech: of(r.speechVerbs),
    speechOrCount: of([...r.speechVerbs, ...r.countVerbs]),
    tallyNouns: of(r.tallyNouns),
    pronouns: of(r.pronouns),
    generic: new Lexicon(generic),
    denialVerbs: of(r.denialVerbs),
    weakDenialVerbs: of(r.weakDenialVerbs),
    denialTargets: of(r.denialTargets),
    objectPronouns: of(r.objectPronouns),
    denialAdverbs: of(r.denialAdverbs),
    verbFillers: of(r.verbFillers),
    negations: of(r.negations),
    // Saying the accusers cannot know, or rely on flawed evidence, dismisses what they say.
    dismissive: of([...r.dismissive, ...r.disqualifiers, ...r.flawedEvidence]),
    demandVerbs: of(r.demandVerbs),
    revealVerbs: of(r.revealVerbs),
    sourceNouns: of(r.sourceNouns),
    assertVerbs: of(r.assertVerbs),
    complementisers: of(r.complementisers),
    optionalComplementiser: r.optionalComplementiser,
    restrictives: of(r.restrictives),
    reportedMood: of(r.reportedMood),
    relatives: of(r.relatives),
    clauseCuts: of(r.clauseCuts),
    passiveBy: of(r.passiveBy),
    infinitives: of(r.infinitives),
    responsibility: of(r.responsibility),
    civilianTargets: of(r.civilianTargets),
    referredWeapons: of(r.referredWeapons),
    disownVerbs: of(r.disownVerbs),
    doubtVerbs: of(r.doubtVerbs),
    doubtedEvidence: of(r.doubtedEvidence),
    chargeVerbs: of(r.chargeVerbs),
    evaluations: of(r.evaluations),
    reportedEvaluations: of(r.reportedEvaluations),
    lackWords: of(r.lackWords),
    evidenceNouns: of(r.evidenceNouns),
    denialNouns: of(r.denialNouns),
    wordingNouns: of(r.wordingNouns),
    exampleMarkers: of(r.exampleMarkers),
    rivalAccusers: of(r.rivalAccusers),
  };
}

const languageCache = new Map<string, CompiledLanguage>();

/** The compiled rules of a language code, or undefined when the engine has none. */
export function compiledLanguage(lang: string): CompiledLanguage | undefined {
  const rules = LANGUAGES[lang];
  if (!rules) return undefined;
  let c = languageCache.get(lang);
  if (!c) {
    c = compileLanguage(rules);
    languageCache.set(lang, c);
  }
  return c;
}

export interface CompiledStory {
  rules: StoryRules;
  names: Lexicon<string>;
  /** Names of people among `names`. */
  people: Lexicon;
  /** Adjectives of sources, by source id. */
  adjectives: Lexicon<string>;
  topic: Lexicon;
  otherEvents: Lexicon;
  deniers: ReadonlySet<string>;
  conflictStart: ReadonlySet<string>;
  denialTopics: { cues: Lexicon; refs: string[] }[];
}

const storyCache = new WeakMap<StoryRules, CompiledStory>();

export function compiledStory(rules: StoryRules): CompiledStory {
  let c = storyCache.get(rules);
  if (!c) {
    const names: [string, string][] = [];
    const people: string[] = [];
    const adjectives: [string, string][] = [];
    for (const [id, source] of Object.entries(rules.sources)) {
      for (const n of [...source.names, ...(source.people ?? [])]) names.push([n, id]);
      people.push(...(source.people ?? []));
      for (const a of source.adjectives ?? []) adjectives.push([a, id]);
    }
    c = {
      rules,
      names: new Lexicon(names),
      people: Lexicon.of(people),
      adjectives: new Lexicon(adjectives),
      topic: Lexicon.of(rules.topic),
      otherEvents: Lexicon.of(rules.otherEvents ?? []),
      deniers: new Set(rules.deniers),
      conflictStart: new Set(rules.conflictStart),
      denialTopics: rules.denialTopics.map((t) => ({ cues: Lexicon.of(t.cues), refs: t.refs })),
    };
    storyCache.set(rules, c);
  }
  return c;
}
