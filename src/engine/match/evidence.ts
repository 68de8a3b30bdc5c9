// What a text shows of a story: how much of its wording is the source's, which
// of the event's required cues and facts it holds, and where.

import { runSteps, type Steps } from '../steps';
import type { Compiled } from './compiled';
import { coreWindow, cuePositions, TokenIndex } from './cues';
import { shinglesSteps } from './fingerprint';
import type { Identity } from './identity';
import { sentenceStartsSteps } from './sentences';
import { matchWords, matchWordsSteps } from './words';

export interface Evidence {
  /** Sampled shingles of the text found in the source fingerprint... */
  hits: number;
  /** ...as a share of the text's sampled shingles... */
  containment: number;
  /** ...and of the fingerprint. */
  coverage: number;
  /** Required cues found and missing (by id). */
  required: string[];
  missing: string[];
  /** The fewest words spanning all required cues, and where the earliest window of at
   *  most `coreWithin` words (a whole text no longer than the lead) holding them all ends
   *  (Infinity when none). */
  coreSpan: number;
  coreEnd: number;
  /** Where the first required cue is first named (Infinity when it is not)... */
  subjectAt: number;
  /** ...and how many words the text's first line (its heading) has. */
  headingWords: number;
  /** Facts found (by id), their total weight, the weight of the heaviest, and how many are
   *  key facts (at least `keyFactWeight`). */
  facts: string[];
  factWeight: number;
  keyFact: number;
  keyFacts: number;
  /** How many words the text has, where each required cue and each fact found is named, and
   *  where each sentence starts (word positions): told at length, or recalled in one sentence. */
  words: number;
  requiredAt: number[][];
  factsAt: Record<string, number[]>;
  sentenceStarts: number[];
}

// Each pass below pauses (yielding 'match') on a long text: the main region of a huge page
// may hold a megabyte of text.

/** Sampled shingles of a text that are in the source fingerprint. */
export function* sourceHitsSteps(
  text: string,
  identity: Identity,
  compiled: Compiled,
): Steps<number> {
  const tokens = yield* matchWordsSteps(text, 'match');
  let hits = 0;
  for (const hash of yield* shinglesSteps(tokens, identity.shingle, identity.sample, 'match')) {
    if (compiled.fingerprint.has(hash)) hits++;
  }
  return hits;
}

export function* evidenceSteps(
  text: string,
  identity: Identity,
  compiled: Compiled,
): Steps<Evidence> {
  const tokens = yield* matchWordsSteps(text, 'match');
  const own = yield* shinglesSteps(tokens, identity.shingle, identity.sample, 'match');
  let hits = 0;
  for (const hash of own) if (compiled.fingerprint.has(hash)) hits++;

  const index = yield* TokenIndex.build(tokens, 'match');
  const required: string[] = [];
  const missing: string[] = [];
  const lists: number[][] = [];
  // A cue looks up a few words: on a long text, a few lists of thousands of positions.
  for (const cue of identity.required) {
    yield 'match';
    const at = cuePositions(index, cue, identity.concepts);
    (at.length > 0 ? required : missing).push(cue.id);
    lists.push(at);
  }
  const facts: string[] = [];
  const factsAt: Record<string, number[]> = {};
  let factWeight = 0;
  let keyFact = 0;
  let keyFacts = 0;
  for (const cue of identity.facts) {
    yield 'match';
    const found = cuePositions(index, cue, identity.concepts);
    const at = cue.subject === true ? found.filter((p) => p < identity.subjectWords) : found;
    if (at.length === 0) continue;
    facts.push(cue.id);
    factsAt[cue.id] = at;
    factWeight += cue.weight;
    keyFact = Math.max(keyFact, cue.weight);
    if (cue.weight >= identity.keyFactWeight) keyFacts++;
  }
  // A text no longer than the lead is one passage: a headline-less brief may name the place last.
  const within = tokens.length <= identity.leadWords ? identity.leadWords : identity.coreWithin;
  const core = coreWindow(lists, within);
  return {
    hits,
    containment: hits / Math.max(1, own.size),
    coverage: hits / Math.max(1, compiled.fingerprint.size),
    required,
    missing,
    coreSpan: core.span,
    coreEnd: core.end,
    subjectAt: lists[0]?.[0] ?? Infinity,
    headingWords: matchWords(text.slice(0, (text + '\n').indexOf('\n'))).length,
    facts,
    factWeight,
    keyFact,
    keyFacts,
    words: tokens.length,
    requiredAt: lists,
    factsAt,
    sentenceStarts:
      identity.followUp !== undefined || identity.wholeEvent?.short !== undefined
        ? yield* sentenceStartsSteps(text, 'match')
        : [0],
  };
}

/** `evidenceSteps` in one go. */
export function evidence(text: string, identity: Identity, compiled: Compiled): Evidence {
  return runSteps(evidenceSteps(text, identity, compiled));
}

/** Whether all the required cues are named and meet, close together, in the lead. */
const cuesMeetInLead = (pageEvidence: Evidence, identity: Identity): boolean =>
  pageEvidence.missing.length === 0 && pageEvidence.coreEnd < identity.leadWords;

/** Whether the cues do not meet in the lead but the page holds enough key facts
 *  (`impliedCues`) to stand for them: the event's own figures and dates say where and what. */
export const cuesImplied = (pageEvidence: Evidence, identity: Identity): boolean =>
  !cuesMeetInLead(pageEvidence, identity) &&
  identity.impliedCues !== undefined &&
  pageEvidence.keyFacts >= identity.impliedCues;

/** Whether the required cues meet in the lead (or are implied), and the text names the first
 *  of them early: the event is its subject. */
export const coreInLead = (pageEvidence: Evidence, identity: Identity): boolean =>
  pageEvidence.subjectAt < identity.subjectWords &&
  (cuesMeetInLead(pageEvidence, identity) || cuesImplied(pageEvidence, identity));
