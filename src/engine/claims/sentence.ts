// What the finders share about the sentence they read and the article so far.
import type { CompiledLanguage, CompiledStory, Generic } from './compiled';
import type { SentenceSubject } from './speaker-context';
import { quoteAt, type Quote } from './segment';
import type { Token } from './tokens';

export interface SentenceView {
  /** The paragraph's tokens; the sentence is [start, end). */
  toks: readonly Token[];
  start: number;
  end: number;
  quotes: readonly Quote[];
  lang: CompiledLanguage;
  story: CompiledStory;
}

/** A source named or referred to in the text. */
export interface Mention {
  start: number;
  end: number;
  source: string;
  kind: 'name' | 'generic' | 'pronoun';
  /** For a generic reference: what kind ("report", "ngo"...). */
  generic?: Generic;
  inQuote: boolean;
  /** Introduced as the one who says or counts: "selon X", "X said", "said X", "X's count". */
  attributive: boolean;
  /** "citing X": the figure is X's even if someone else reports it. */
  citing: boolean;
  /** "cité par X": X only relays. */
  relayed: boolean;
}

/** How far back a generic reference looks for the source it points to. */
const MEMORY = 40;

/** Who spoke last, as the article runs: resolves "il", "the group", "ce dernier". */
export class Discourse {
  /** Sources in the order they were named (or referred to), the last few only. */
  readonly recent: string[] = [];
  /** The last source presented as speaking. */
  lastSpeaker: string | undefined;
  /** The subject of the sentence just read, for a pronoun or a missing subject in the next one. */
  subject: SentenceSubject | undefined;

  named(source: string): void {
    this.recent.push(source);
    if (this.recent.length > 2 * MEMORY) this.recent.splice(0, MEMORY);
  }
}

export const inQuote = (sentence: SentenceView, i: number): boolean =>
  quoteAt(sentence.quotes, i) !== undefined;

/** Index of the first non-filler token at or after i (auxiliaries, adverbs). */
export function skipFillers(sentence: SentenceView, i: number, limit = sentence.end): number {
  let j = i;
  for (let guard = 0; guard < 6 && j < limit; guard++) {
    const filler = sentence.lang.verbFillers.matchAt(sentence.toks, j, limit);
    if (!filler) break;
    j = filler.end;
  }
  return j;
}

/** Index of the first token at or after i past fillers, adverbs coordinated with each other
 *  included ("has repeatedly and forcefully denied"): from a subject to its verb. */
export function skipToVerb(sentence: SentenceView, i: number, limit = sentence.end): number {
  let j = skipFillers(sentence, i, limit);
  for (let guard = 0; guard < 3 && j > i; guard++) {
    const conj = sentence.lang.coordinators.matchAt(sentence.toks, j, limit);
    if (!conj || !sentence.lang.verbFillers.matchAt(sentence.toks, conj.end, limit)) break;
    j = skipFillers(sentence, conj.end, limit);
  }
  return j;
}

/** Index after the last non-filler token before i (walking back over auxiliaries, adverbs). */
export function skipFillersBack(sentence: SentenceView, i: number, from = sentence.start): number {
  let j = i;
  for (let guard = 0; guard < 6 && j > from; guard++) {
    const filler = sentence.lang.verbFillers.matchEndingAt(sentence.toks, j, from, 3);
    if (!filler) break;
    j = filler.start;
  }
  return j;
}

/** Index of the first of the articles ending just before i ("the", "les", "die"), or i: where a
 *  phrase starts once its article is counted in. */
export function backOverDeterminers(
  sentence: SentenceView,
  i: number,
  from = sentence.start,
): number {
  let j = i;
  while (j > from && sentence.lang.determiners.has(sentence.toks[j - 1])) j--;
  return j;
}

/** Index of the first token at or after i that is not an article: where a phrase's head starts. */
export function pastDeterminers(sentence: SentenceView, i: number, limit = sentence.end): number {
  let j = i;
  while (j < limit && sentence.lang.determiners.has(sentence.toks[j])) j++;
  return j;
}

/** How many words tokens [from, to) of the sentence hold. */
export function wordsIn(sentence: SentenceView, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (sentence.toks[k]!.kind === 'word') words++;
  return words;
}

/** Whether a subordinate clause ("after", "où", "nachdem") opens at token k, within [k, to). */
export const opensSubordinate = (sentence: SentenceView, k: number, to = sentence.end): boolean =>
  sentence.lang.subordinators.matchAt(sentence.toks, k, to) !== null;

const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')']);
export const isClauseMark = (t: Token | undefined): boolean =>
  !!t && t.kind === 'punct' && CLAUSE_MARKS.has(t.folded);

/** Whether tokens [from, to) of the sentence name civilians. */
export function mentionsCivilians(sentence: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (sentence.lang.heads.matchAt(sentence.toks, k, to)?.data === 'civilians') return true;
  return false;
}
