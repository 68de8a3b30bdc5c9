// A language's rule data compiled into lookup tables, and the tables loaded for matching.
// compileLanguage runs at build time (rules-chunks.ts: one chunk per language, loaded by the
// reader for the languages a page is in) and in Node (rules-at-hand.ts); the page only loads.
// Every category of rules/types.ts is compiled by its shape, so a new list needs no code here.
import { compileLexicon, Lexicon, type LexiconTables } from './lexicon';
import { compileNumbers, NumberReader, type NumberTables } from './numbers';
import type { CountPhrase, LanguageRules } from './rules/types';
import type { GenericType, StoryRules } from './story-rules';
import { fold } from './tokens';
import type { Steps } from '../steps';

export type Generic = GenericType | 'latter';

/** Lists read one word at a time (sets of folded words), not as phrases. */
const WORD_SETS = ['abbreviations', 'stopwords'] as const satisfies (keyof LanguageRules)[];
type WordSet = (typeof WORD_SETS)[number];
type ListKey = {
  [K in keyof LanguageRules]: LanguageRules[K] extends readonly string[] ? K : never;
}[keyof LanguageRules];

/** Lexicons of several lists: speech verbs read both ways and with counting verbs after a speaker; what dismisses. */
const COMBINED = {
  // A denier's view ("considera que el informe es...") is reported as its words are.
  speech: ['speechVerbs', 'opinionVerbs', 'curtReplies', 'correctionVerbs'],
  speechOrCount: ['speechVerbs', 'countVerbs', 'opinionVerbs', 'curtReplies', 'correctionVerbs'],
  assertVerbs: ['assertVerbs', 'opinionVerbs'],
  // Keeping to its line after the accusation denies as a denial verb does.
  denialVerbs: ['denialVerbs', 'heldLines'],
  // Saying the accusers cannot know, rely on flawed evidence or on guesses, act from motives
  // other than the truth, depart from reality, deceive, are not to be believed or worth nothing,
  // dismisses what they say.
  dismissive: [
    'dismissive',
    'disqualifiers',
    'flawedEvidence',
    'conjectures',
    'motiveCharges',
    'unrealities',
    'deceits',
    'incredible',
    'falsehoods',
    'ownRejections',
  ],
} as const satisfies Record<string, readonly ListKey[]>;

/** One category compiled: plain data only, as it ships in a chunk. */
export type CompiledTable =
  | string
  | boolean
  | { set: string[] }
  | { map: [string, number][] }
  | { numbers: NumberTables }
  | { lexicon: LexiconTables<unknown> };

/** A language's rules compiled, by category (and the combined lexicons). */
export type LanguageTables = Record<string, CompiledTable>;

type Loaded<K extends keyof LanguageRules> = K extends 'numbers'
  ? NumberReader
  : K extends WordSet
    ? ReadonlySet<string>
    : LanguageRules[K] extends string | boolean
      ? LanguageRules[K]
      : LanguageRules[K] extends readonly string[]
        ? Lexicon
        : LanguageRules[K] extends readonly (infer P extends CountPhrase)[]
          ? Lexicon<P>
          : LanguageRules[K] extends Record<string, number>
            ? ReadonlyMap<string, number>
            : K extends 'generic'
              ? Lexicon<Generic>
              : LanguageRules[K] extends Record<infer Tag, readonly string[]>
                ? Lexicon<Tag & string>
                : never;

export type CompiledLanguage = { readonly [K in keyof LanguageRules]: Loaded<K> } & {
  readonly [K in keyof typeof COMBINED]: Lexicon;
};

function compileTable(key: string, value: unknown): CompiledTable {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (key === 'numbers') return { numbers: compileNumbers(value as LanguageRules['numbers']) };
  if (Array.isArray(value)) {
    if ((WORD_SETS as readonly string[]).includes(key)) return { set: value.map(fold) };
    // Phrases, or phrases with what they mean (counting phrases).
    const items = (value as (string | CountPhrase)[]).map((v): [string, unknown] =>
      typeof v === 'string' ? [v, true] : [v.phrase, v],
    );
    return { lexicon: compileLexicon(items) };
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.every(([, v]) => typeof v === 'number'))
    return { map: entries.map(([w, v]) => [fold(w), v as number]) };
  // Phrases by what they stand for (counted nouns by kind, generic references by type).
  const tagged = entries as [string, string[]][];
  const items = tagged.flatMap(([tag, words]) => words.map((w): [string, string] => [w, tag]));
  return { lexicon: compileLexicon(items) };
}

/** Compiles every category of a language's rules: build time, or Node. */
export function compileLanguage(rules: LanguageRules): LanguageTables {
  const tables: LanguageTables = {};
  for (const [key, value] of Object.entries(rules)) tables[key] = compileTable(key, value);
  for (const [name, lists] of Object.entries(COMBINED))
    tables[name] = {
      lexicon: compileLexicon(lists.flatMap((l) => rules[l].map((w): [string, true] => [w, true]))),
    };
  return tables;
}

function loadTable(table: CompiledTable): unknown {
  if (typeof table !== 'object') return table;
  if ('set' in table) return new Set(table.set);
  if ('map' in table) return new Map(table.map);
  if ('numbers' in table) return new NumberReader(table.numbers);
  return Lexicon.fromTables(table.lexicon);
}

/** A language's compiled tables made ready for matching: no compiling, only lookups built. */
export function loadLanguage(tables: LanguageTables): CompiledLanguage {
  const out: Record<string, unknown> = {};
  for (const [key, table] of Object.entries(tables)) out[key] = loadTable(table);
  return out as CompiledLanguage;
}

/** Every language's code and its stopwords (folded), for telling languages apart. */
export type DetectionTables = [string, string[]][];

export function compileDetection(
  languages: Readonly<Record<string, LanguageRules>>,
): DetectionTables {
  return Object.entries(languages).map(([code, r]) => [code, r.stopwords.map(fold)]);
}

/** Where compiled rules come from: at hand (Node), or loaded as the page needs them (the reader). */
export interface RulesSource {
  detection(): DetectionTables | Promise<DetectionTables>;
  language(code: string): LanguageTables | Promise<LanguageTables | undefined> | undefined;
  /** A story's phrase lists compiled beforehand, when there are (else they are compiled here). */
  story?(rules: StoryRules): StoryTables | Promise<StoryTables | undefined> | undefined;
}

let source: RulesSource | undefined;
let detection: DetectionTables | undefined;
const languageCache = new Map<string, CompiledLanguage | null>();

/** Sets where the claims engine takes its rules from. */
export function useRules(rules: RulesSource): void {
  source = rules;
  detection = undefined;
  languageCache.clear();
  storyCache = new WeakMap();
}

/** The languages the engine reads and their stopwords; waits for them to load if need be. */
export function* detectionSteps(): Steps<DetectionTables> {
  if (!detection) {
    const got = source?.detection() ?? [];
    if (got instanceof Promise)
      yield got.then(
        (d) => void (detection ??= d),
        () => undefined,
      );
    else detection = got;
  }
  return detection ?? [];
}

/** The compiled rules of a language code (undefined when the engine has none); may wait for them. */
export function* languageSteps(code: string): Steps<CompiledLanguage | undefined> {
  if (!languageCache.has(code)) {
    const put = (tables: LanguageTables | undefined) => {
      if (!languageCache.has(code)) languageCache.set(code, tables ? loadLanguage(tables) : null);
    };
    const got = source?.language(code);
    if (got instanceof Promise) yield got.then(put, () => put(undefined));
    else put(got);
  }
  return languageCache.get(code) ?? undefined;
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

/** A story's phrase lists compiled: plain data only, as it ships in a chunk. */
export interface StoryTables {
  names: LexiconTables<string>;
  people: LexiconTables<true>;
  adjectives: LexiconTables<string>;
  topic: LexiconTables<true>;
  otherEvents: LexiconTables<true>;
  denialCues: LexiconTables<true>[];
}

const phrases = (list: readonly string[]) =>
  compileLexicon(list.map((p): [string, true] => [p, true]));

/** Compiles a story's phrase lists: at build time for the bundled packs, or where no chunk has them. */
export function compileStory(rules: StoryRules): StoryTables {
  const names: [string, string][] = [];
  const people: string[] = [];
  const adjectives: [string, string][] = [];
  for (const [id, source] of Object.entries(rules.sources)) {
    for (const name of [...source.names, ...(source.people ?? [])]) names.push([name, id]);
    people.push(...(source.people ?? []));
    for (const adjective of source.adjectives ?? []) adjectives.push([adjective, id]);
  }
  return {
    names: compileLexicon(names),
    people: phrases(people),
    adjectives: compileLexicon(adjectives),
    topic: phrases(rules.topic),
    otherEvents: phrases(rules.otherEvents ?? []),
    denialCues: rules.denialTopics.map((t) => phrases(t.cues)),
  };
}

function loadStory(rules: StoryRules, tables: StoryTables): CompiledStory {
  return {
    rules,
    names: Lexicon.fromTables(tables.names),
    people: Lexicon.fromTables(tables.people),
    adjectives: Lexicon.fromTables(tables.adjectives),
    topic: Lexicon.fromTables(tables.topic),
    otherEvents: Lexicon.fromTables(tables.otherEvents),
    deniers: new Set(rules.deniers),
    conflictStart: new Set(rules.conflictStart),
    denialTopics: rules.denialTopics.map((t, k) => ({
      cues: Lexicon.fromTables(tables.denialCues[k]!),
      refs: t.refs,
    })),
  };
}

let storyCache = new WeakMap<StoryRules, CompiledStory>();

/** A story's rules ready for matching, from the tables compiled beforehand when the source has them. */
export function* storySteps(rules: StoryRules): Steps<CompiledStory> {
  let compiled = storyCache.get(rules);
  if (!compiled) {
    let tables: StoryTables | undefined;
    const got = source?.story?.(rules);
    if (got instanceof Promise)
      yield got.then(
        (t) => void (tables = t),
        () => undefined,
      );
    else tables = got;
    compiled = storyCache.get(rules) ?? loadStory(rules, tables ?? compileStory(rules));
    storyCache.set(rules, compiled);
  }
  return compiled;
}
