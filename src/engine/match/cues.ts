// Finds a story's concepts (terms in several languages) in a token stream and
// tests cues: concepts that must all occur within a few words of each other.

import { CHARS_PER_CHECKPOINT, runSteps, type Steps } from '../steps';
import { matchWords } from './words';
import { firstWhere } from '../first-where';

/** One word of a term: a whole token, or a prefix when written with a trailing '*'. */
interface WordPattern {
  word: string;
  prefix: boolean;
}

/** A term as stored in an identity: folded words separated by spaces, '*' marks a prefix. */
function compileTerm(term: string): WordPattern[] {
  return term
    .split(' ')
    .filter((w) => w !== '')
    .map((w) =>
      w.endsWith('*') ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false },
    );
}

/** Whether every run of words `term` matches is matched by `other` too ("bombardement" by
 *  "bombard*"): then `term` adds nothing to a concept that holds both. */
export function termCoveredBy(term: string, other: string): boolean {
  const words = compileTerm(term);
  const others = compileTerm(other);
  return (
    term !== other &&
    words.length === others.length &&
    others.every((o, k) => {
      const w = words[k]!;
      return o.prefix ? w.word.startsWith(o.word) : !w.prefix && w.word === o.word;
    })
  );
}

/** Folds a hand-written term ("Luftangriff*", "attacchi aerei") into its stored form. */
export function foldTerm(term: string): string {
  return term
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => {
      const prefix = w.endsWith('*');
      const words = matchWords(prefix ? w.slice(0, -1) : w);
      if (words.length === 0) return '';
      if (prefix) words[words.length - 1] += '*';
      return words.join(' ');
    })
    .filter((w) => w !== '')
    .join(' ');
}

export interface Cue {
  id: string;
  /** Concepts that must all occur ("strike|hit": either concept)... */
  all: string[];
  /** ...with every one within this many words of the first. */
  within: number;
  weight: number;
  /** Counted only within the text's first `subjectWords` words (see identity.ts). */
  subject?: boolean;
}

/** Tokens indexed between pauses. */
const TOKENS_PER_CHECKPOINT = CHARS_PER_CHECKPOINT / 8;

/** Token positions of a text, searched for terms. */
export class TokenIndex {
  private readonly at = new Map<string, number[]>();
  /** Distinct tokens by their first character, for prefix look-ups; a list is sorted when it is
   *  first looked in (one sort of a long text's whole vocabulary took more than a frame). */
  private readonly byInitial = new Map<string, string[]>();
  private readonly sorted = new Set<string[]>();
  private readonly cache = new Map<string, number[]>();

  private constructor(readonly tokens: readonly string[]) {}

  /** The index of `tokens`, built with pauses (yielding `stage`) when they are many. */
  static *build(tokens: readonly string[], stage: string): Steps<TokenIndex> {
    const index = new TokenIndex(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && i % TOKENS_PER_CHECKPOINT === 0) yield stage;
      index.add(tokens[i]!, i);
    }
    return index;
  }

  /** `build` in one go. */
  static of(tokens: readonly string[]): TokenIndex {
    return runSteps(TokenIndex.build(tokens, 'index'));
  }

  private add(token: string, i: number): void {
    const list = this.at.get(token);
    if (list !== undefined) {
      list.push(i);
      return;
    }
    this.at.set(token, [i]);
    const same = this.byInitial.get(token[0]!);
    if (same === undefined) this.byInitial.set(token[0]!, [token]);
    else same.push(token);
  }

  private starts(pattern: WordPattern): number[] {
    if (!pattern.prefix) return this.at.get(pattern.word) ?? [];
    const out: number[] = [];
    const lists =
      pattern.word === ''
        ? [...this.byInitial.values()]
        : [this.byInitial.get(pattern.word[0]!) ?? []];
    for (const vocab of lists) {
      if (!this.sorted.has(vocab)) {
        vocab.sort();
        this.sorted.add(vocab);
      }
      const from = firstWhere(vocab.length, (k) => vocab[k]! >= pattern.word);
      for (let k = from; k < vocab.length && vocab[k]!.startsWith(pattern.word); k++)
        out.push(...this.at.get(vocab[k]!)!);
    }
    return out;
  }

  /** Sorted positions where one of `terms` starts. */
  positions(terms: readonly string[]): number[] {
    const key = terms.join('|');
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const found = new Set<number>();
    for (const term of terms) {
      const words = compileTerm(term);
      const [head, ...rest] = words;
      if (head === undefined) continue;
      for (const start of this.starts(head)) {
        const ok = rest.every((w, k) => {
          const token = this.tokens[start + 1 + k];
          return token !== undefined && (w.prefix ? token.startsWith(w.word) : token === w.word);
        });
        if (ok) found.add(start);
      }
    }
    const sorted = [...found].sort((a, b) => a - b);
    this.cache.set(key, sorted);
    return sorted;
  }
}

function hasNear(sorted: readonly number[], position: number, within: number): boolean {
  const k = firstWhere(sorted.length, (i) => sorted[i]! >= position - within);
  return k < sorted.length && sorted[k]! <= position + within;
}

/** The terms of a cue's concept, or of each of its alternatives ("strike|hit"). */
export const conceptTerms = (name: string, concepts: Record<string, string[]>): string[] =>
  name.split('|').flatMap((n) => concepts[n] ?? []);

/** Positions (of its first concept) where a cue holds. */
export function cuePositions(
  index: TokenIndex,
  cue: Cue,
  concepts: Record<string, string[]>,
): number[] {
  const lists = cue.all.map((c) => index.positions(conceptTerms(c, concepts)));
  const [first, ...others] = lists;
  if (first === undefined || lists.some((l) => l.length === 0)) return [];
  return first.filter((p) => others.every((l) => hasNear(l, p, cue.within)));
}

export interface CoreWindow {
  /** The fewest words spanning one position from each list (Infinity when a list is empty). */
  span: number;
  /** Where the earliest window of at most `within` words ends (Infinity when none). */
  end: number;
}

/** Windows holding one position from each list (a k-way minimum window). */
export function coreWindow(lists: readonly (readonly number[])[], within: number): CoreWindow {
  const none = { span: Infinity, end: Infinity };
  if (lists.length === 0 || lists.some((l) => l.length === 0)) return none;
  const events: [number, number][] = [];
  lists.forEach((l, k) => l.forEach((p) => events.push([p, k])));
  events.sort((a, b) => a[0] - b[0]);
  const count = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let left = 0;
  let span = Infinity;
  let end = Infinity;
  for (const [p, k] of events) {
    count[k] = count[k]! + 1;
    if (count[k] === 1) covered++;
    while (covered === lists.length) {
      const [lp, lk] = events[left]!;
      span = Math.min(span, p - lp);
      if (p - lp <= within && end === Infinity) end = p;
      count[lk] = count[lk]! - 1;
      if (count[lk] === 0) covered--;
      left++;
    }
  }
  return { span, end };
}
