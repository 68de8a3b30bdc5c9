// What identifies a story. Hand-written hints (the `identity` object of a
// story's story.json) name the event's concepts in several languages and the
// cues built from them; `deriveIdentity` adds a fingerprint of the source
// article's wording and folds every term, giving the pack's `identity` section.

import * as z from 'zod/mini';
import { foldTerm, termCoveredBy } from './cues';
import { encodeHashes, shingles } from './fingerprint';
import { matchWords } from './words';

/** Words per shingle of the wording fingerprint. */
const SHINGLE_WORDS = 4;
/** Most hashes a fingerprint keeps (the sample rate doubles until it fits). */
const MAX_HASHES = 256;
/** Shortest gate fragment worth searching for. */
const MIN_FRAGMENT = 3;
/** Default length, in words, of the headline and lead where the required cues must meet. */
const DEFAULT_LEAD_WORDS = 200;
/** Default number of words within which the first required cue must be named. */
const DEFAULT_SUBJECT_WORDS = 100;
/** Default distance, in words, between the concepts of a cue. */
const DEFAULT_WITHIN = 8;

const cueHintSchema = z.object({
  /** Name used in match reasons. */
  id: z.string(),
  /** Concept names that must all occur ("strike|hit": one of the two concepts)... */
  all: z.array(z.string()).check(z.minLength(1)),
  /** ...each within this many words of the first (default 8). */
  within: z.optional(z.number().check(z.positive())),
  /** Weight of a fact cue (default 1). */
  weight: z.optional(z.number().check(z.positive())),
  /** A fact counted only where the text names it within its first `subjectWords` words: what
   *  the article is about (the accused's rejection of the report as its subject), not what a
   *  piece on something else recalls in a later paragraph. */
  subject: z.optional(z.boolean()),
});

export const identityHintsSchema = z
  .object({
    /** Day of the event (YYYY-MM-DD): a page published days before it cannot report it... */
    eventDate: z.optional(z.iso.date()),
    /** ...and one published more than this many days after it is about something else (a
     *  later report, an anniversary) that at most recalls the event. A page dated within these
     *  days counts its date as one key fact of the event. Needs `eventDate`. */
    reportedWithinDays: z.optional(z.int().check(z.positive())),
    /** Concept name -> language -> terms. A term is one or more words, case and accents
     *  ignored; a trailing '*' on a word matches any ending ("bombard*"). */
    concepts: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
    /** Cues an article on the event must all satisfy. The first names the story's rarest
     *  concept (e.g. the reporting organisation): pages that never name it are skipped
     *  before extraction, so the source article must name it too. */
    required: z.array(cueHintSchema).check(z.minLength(1)),
    /** ...within this many words of each other (one passage, not scattered mentions)... */
    coreWithin: z.number().check(z.positive()),
    /** ...ending within the article's first this many words (default 200): the event is
     *  its subject (headline and lead), not a passing reference... */
    leadWords: z.optional(z.number().check(z.positive())),
    /** ...unless the page holds at least this many key facts (each at least `keyFactWeight`):
     *  then the first required cue named early is enough, and the others may go unnamed or far
     *  apart (a piece on the ministry's answer may never name the place; the event's own figures
     *  and dates say which event it is). Default: never. */
    impliedCues: z.optional(z.int().check(z.positive())),
    /** ...and the first required cue is named within the first this many words (default 100):
     *  a piece about something else that recalls the event in its last paragraph is not on it. */
    subjectWords: z.optional(z.number().check(z.positive())),
    /** Distinctive facts of the event (dates, figures, names, quotes); their weights add up. */
    facts: z.array(cueHintSchema),
    /** Least total weight of facts a same-story article must show... */
    minFacts: z.number().check(z.nonnegative()),
    /** ...among them one at least this heavy (default 0): generic facts that another
     *  report on the same actors would share cannot add up to the event on their own... */
    keyFactWeight: z.optional(z.number().check(z.nonnegative())),
    /** ...unless this many distinct facts meet (the event told as a whole, with no one key
     *  figure or date: who accused, of what, the denial, the day); default: never. */
    broadFacts: z.optional(z.int().check(z.positive())),
    /** ...one of them at least this heavy (default 0): a fact of this event's own (its
     *  spokesman, its figures), not only the words a near miss on the same actors shares. */
    broadFactWeight: z.optional(z.number().check(z.nonnegative())),
    /** ...or unless the event is told as a whole around its own claim: the `anchor` fact (by
     *  id; the accusation itself, e.g. "hundreds of civilians") and at least `others` other
     *  distinct facts (what was hit, with what, the charge, the denial). An undated short page
     *  says the event in words, not figures; a near miss that recalls the claim in one sentence
     *  brings few of its other facts. */
    wholeEvent: z.optional(
      z.object({
        anchor: z.string(),
        others: z.int().check(z.positive()),
        /** ...or the accused's answer to it (a fact's id: a named official's or body's rejection
         *  of the accuser's report, a `subject` fact): a piece whose subject is the rejection
         *  tells the accusation in a clause, with no figure. */
        answer: z.optional(z.string()),
        /** A text whose heading is the first required cue in at most `words` words (a tag page
         *  headed by the organisation's name) needs only `others` other facts, and no
         *  `minFacts`: its one teaser tells the event in a few words. */
        headed: z.optional(
          z.object({ words: z.int().check(z.positive()), others: z.int().check(z.positive()) }),
        ),
        /** A text of at most `words` words (a teaser cut by a paywall, an article's header above
         *  its comments) whose heading states the anchor needs only `others` other facts, and no
         *  `minFacts`: it has room for few. One that recalls the claim below another heading is
         *  about something else. */
        short: z.optional(
          z.object({ words: z.int().check(z.positive()), others: z.int().check(z.positive()) }),
        ),
      }),
    ),
    /** A page dated after `reportedWithinDays` but within `days` of the event is a follow-up on
     *  it (its reception, the answer to its denial) when it tells at least `least` of the event's
     *  own `facts` (by id: its figures, its date, its denial's words; not what a later report on
     *  the same actors shares) in at least two sentences: one sentence recalling them is not it. */
    followUp: z.optional(
      z.object({
        days: z.int().check(z.positive()),
        facts: z.array(z.string()).check(z.minLength(1)),
        least: z.int().check(z.positive()),
      }),
    ),
  })
  .check(
    z.refine(
      (h) =>
        [...h.required, ...h.facts].every((c) =>
          c.all.every((name) => name.split('|').every((n) => n in h.concepts)),
        ),
      'every cue must name concepts defined in `concepts`',
    ),
    z.refine(
      (h) =>
        h.wholeEvent === undefined ||
        [h.wholeEvent.anchor, h.wholeEvent.answer ?? h.wholeEvent.anchor].every((id) =>
          h.facts.some((f) => f.id === id),
        ),
      '`wholeEvent.anchor` and `wholeEvent.answer` must be ids of facts',
    ),
    z.refine(
      (h) =>
        h.followUp === undefined ||
        (h.reportedWithinDays !== undefined &&
          h.followUp.days > h.reportedWithinDays &&
          h.followUp.facts.every((id) => h.facts.some((f) => f.id === id))),
      '`followUp` needs `reportedWithinDays` below its `days`, and ids of facts',
    ),
  );
export type IdentityHints = z.infer<typeof identityHintsSchema>;

const cueSchema = z.object({
  id: z.string(),
  all: z.array(z.string()),
  within: z.number(),
  weight: z.number(),
  subject: z.optional(z.boolean()),
});

export const identitySchema = z.object({
  /** Words per shingle. */
  shingle: z.int().check(z.positive()),
  /** A shingle hash is kept when divisible by this. */
  sample: z.int().check(z.positive()),
  /** Sorted kept shingle hashes of the source article, 6 base-36 digits each. */
  fingerprint: z.string(),
  /** Lower-case ASCII fragments of the first required cue's terms: a page whose raw text
   *  holds none of them is skipped before extraction. */
  gate: z.array(z.string()),
  /** Concept name -> folded terms of all languages. */
  concepts: z.record(z.string(), z.array(z.string())),
  required: z.array(cueSchema),
  coreWithin: z.number(),
  leadWords: z.number(),
  subjectWords: z.number(),
  facts: z.array(cueSchema),
  minFacts: z.number(),
  keyFactWeight: z.number(),
  broadFacts: z.optional(z.number()),
  broadFactWeight: z.number(),
  impliedCues: z.optional(z.number()),
  wholeEvent: z.optional(
    z.object({
      anchor: z.string(),
      others: z.number(),
      answer: z.optional(z.string()),
      headed: z.optional(z.object({ words: z.number(), others: z.number() })),
      short: z.optional(z.object({ words: z.number(), others: z.number() })),
    }),
  ),
  eventDate: z.optional(z.string()),
  reportedWithinDays: z.optional(z.number()),
  followUp: z.optional(
    z.object({ days: z.number(), facts: z.array(z.string()), least: z.number() }),
  ),
});
export type Identity = z.infer<typeof identitySchema>;

/**
 * Literal fragments that any spelling of the terms contains: the longest run of
 * ASCII letters of each term (accents may vary), the last three digits of a number
 * (thousands may be grouped), or the whole term in other scripts. Fragments
 * containing a shorter one are dropped.
 */
function gateFragments(terms: readonly string[]): string[] {
  const found = new Set<string>();
  for (const term of terms) {
    const lower = term.toLowerCase().replace(/\*/g, '').trim();
    if (!/\p{L}/u.test(lower)) {
      const digits = lower.replace(/\D/g, '');
      if (digits !== '') found.add(digits.slice(-3));
      continue;
    }
    const longest = lower.split(/[^a-z]+/).sort((a, b) => b.length - a.length)[0] ?? '';
    found.add(longest.length >= MIN_FRAGMENT ? longest : lower);
  }
  const all = [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return all.filter((f, i) => !all.slice(0, i).some((g) => f.includes(g)));
}

/** The pack's identity section for a source article and its hints; deterministic. */
export function deriveIdentity(articleText: string, hints: IdentityHints): Identity {
  const parsed = identityHintsSchema.parse(hints);
  const tokens = matchWords(articleText);
  const distinct = shingles(tokens, SHINGLE_WORDS, 1).size;
  let sample = 1;
  while (distinct / sample > MAX_HASHES) sample *= 2;

  const concepts: Record<string, string[]> = {};
  for (const name of Object.keys(parsed.concepts).sort()) {
    const terms = new Set<string>();
    for (const list of Object.values(parsed.concepts[name]!)) {
      for (const term of list) {
        const folded = foldTerm(term);
        if (folded !== '') terms.add(folded);
      }
    }
    // A term another one already matches only weighs on the pack, loaded on every page.
    const all = [...terms].sort();
    concepts[name] = all.filter((t) => !all.some((other) => termCoveredBy(t, other)));
  }
  const gateTerms = parsed.required[0]!.all.flatMap((name) =>
    name.split('|').flatMap((n) => Object.values(parsed.concepts[n]!).flat()),
  );
  const gate = gateFragments(gateTerms);
  const lowerSource = articleText.toLowerCase();
  if (!gate.some((f) => lowerSource.includes(f))) {
    throw new Error(
      'identity: the source article never names the first required cue, so copies would be skipped',
    );
  }
  const cue = (c: z.infer<typeof cueHintSchema>) => ({
    id: c.id,
    all: c.all,
    within: c.within ?? (c.all.length > 1 ? DEFAULT_WITHIN : 0),
    weight: c.weight ?? 1,
    ...(c.subject === true ? { subject: true } : {}),
  });

  return {
    shingle: SHINGLE_WORDS,
    sample,
    fingerprint: encodeHashes(shingles(tokens, SHINGLE_WORDS, sample)),
    gate,
    concepts,
    required: parsed.required.map(cue),
    coreWithin: parsed.coreWithin,
    leadWords: parsed.leadWords ?? DEFAULT_LEAD_WORDS,
    subjectWords: parsed.subjectWords ?? DEFAULT_SUBJECT_WORDS,
    facts: parsed.facts.map(cue),
    minFacts: parsed.minFacts,
    keyFactWeight: parsed.keyFactWeight ?? 0,
    ...(parsed.broadFacts !== undefined ? { broadFacts: parsed.broadFacts } : {}),
    broadFactWeight: parsed.broadFactWeight ?? 0,
    ...(parsed.impliedCues !== undefined ? { impliedCues: parsed.impliedCues } : {}),
    ...(parsed.wholeEvent !== undefined ? { wholeEvent: parsed.wholeEvent } : {}),
    ...(parsed.eventDate !== undefined ? { eventDate: parsed.eventDate } : {}),
    ...(parsed.reportedWithinDays !== undefined
      ? { reportedWithinDays: parsed.reportedWithinDays }
      : {}),
    ...(parsed.followUp !== undefined ? { followUp: parsed.followUp } : {}),
  };
}
