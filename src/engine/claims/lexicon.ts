// Phrase lists compiled for word-by-word matching over tokens (see rules/types.ts
// for the phrase syntax). Indexed by first word, so a lookup costs a map access.
import { fold, stripAccents, tokenize, type Token } from './tokens';

interface Entry<T> {
  words: string[];
  /** The words without accents, for text in capitals. */
  bare: string[];
  /** words[i] may be a prefix of the token. */
  wild: boolean[];
  /** Index of the word after a " ... " gap, or -1. */
  gapAt: number;
  /** The phrase's word must be written in capitals (acronyms such as "UN"). */
  upper: boolean[];
  data: T;
}

export interface Match<T> {
  start: number;
  end: number;
  data: T;
  /** Token range skipped by a " ... " gap. */
  gap?: [number, number];
}

const MAX_GAP = 8;
const STOPS = new Set(['.', ';', ':', '!', '?', '(', ')']);

/** A word of letters only, the common case: one token, no need for the tokenizer. */
const PLAIN = /^\p{L}+$/u;

/** Short all-capital words in the data are acronyms: "UN" must not match "un". */
const isAcronym = (raw: string): boolean =>
  raw.length <= 6 && raw.length > 1 && raw === raw.toUpperCase() && /\p{L}/u.test(raw);

function compile<T>(phrase: string, data: T): Entry<T> | null {
  const words: string[] = [];
  const wild: boolean[] = [];
  const upper: boolean[] = [];
  let gapAt = -1;
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '...') {
      gapAt = words.length;
      continue;
    }
    const star = piece.endsWith('*');
    const bare = star ? piece.slice(0, -1) : piece;
    if (PLAIN.test(bare)) {
      words.push(fold(bare).normalize('NFC'));
      wild.push(star);
      upper.push(isAcronym(bare));
      continue;
    }
    // An elided word written alone ("l'", "qu'") keeps its apostrophe, as in the text.
    const elided = /['\u2019]$/.test(bare);
    const body = elided ? bare.slice(0, -1) : bare;
    const toks = tokenize(body, fold(body));
    toks.forEach((t, i) => {
      words.push(elided && i === toks.length - 1 ? `${t.f}'` : t.f);
      wild.push(star && i === toks.length - 1);
      upper.push(isAcronym(bare.slice(t.s, t.e)));
    });
  }
  return words.length ? { words, bare: words.map(stripAccents), wild, gapAt, upper, data } : null;
}

/** Letters that index a prefix entry ("infondé*" under "inf"). */
const PREFIX = 3;

function add<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export class Lexicon<T = true> {
  /** The phrases, compiled on first use: a page needs only some of a language's lists. */
  private items: Iterable<[string, T]> | null;
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** The same, without accents, for words in capitals. */
  private readonly byBareFirst = new Map<string, Entry<T>[]>();
  /** Entries whose first word is a prefix, by its first letters without accents. */
  private readonly byPrefix = new Map<string, Entry<T>[]>();
  private readonly shortPrefixes: Entry<T>[] = [];
  private count = 0;

  constructor(items: Iterable<[string, T]>) {
    this.items = items;
  }

  /** Number of phrases. */
  get size(): number {
    this.index();
    return this.count;
  }

  private index(): void {
    if (!this.items) return;
    for (const [phrase, data] of this.items) {
      const entry = compile(phrase, data);
      if (!entry) continue;
      this.count++;
      const head = entry.bare[0]!;
      if (!entry.wild[0]) {
        add(this.byFirst, entry.words[0]!, entry);
        add(this.byBareFirst, head, entry);
      } else if (head.length >= PREFIX) add(this.byPrefix, head.slice(0, PREFIX), entry);
      else this.shortPrefixes.push(entry);
    }
    this.items = null;
  }

  static of(phrases: readonly string[]): Lexicon<true> {
    return new Lexicon(phrases.map((p) => [p, true] as [string, true]));
  }

  private matchEntry(
    entry: Entry<T>,
    toks: readonly Token[],
    i: number,
    limit: number,
  ): Match<T> | null {
    let j = i;
    let gap: [number, number] | undefined;
    for (let w = 0; w < entry.words.length; w++) {
      if (w === entry.gapAt) {
        let g = j;
        while (
          g < limit &&
          g - j <= MAX_GAP &&
          !STOPS.has(toks[g]!.f) &&
          !wordMatches(entry, w, toks[g]!)
        )
          g++;
        if (g >= limit || g - j > MAX_GAP || STOPS.has(toks[g]!.f)) return null;
        gap = [j, g];
        j = g;
      }
      if (j >= limit || !wordMatches(entry, w, toks[j]!)) return null;
      j++;
    }
    return gap
      ? { start: i, end: j, data: entry.data, gap }
      : { start: i, end: j, data: entry.data };
  }

  /** Longest phrase starting at token i (ending before `limit`). */
  matchAt(toks: readonly Token[], i: number, limit: number = toks.length): Match<T> | null {
    if (i < 0 || i >= limit) return null;
    this.index();
    const tok = toks[i]!;
    let best = this.longest(
      tok.upper ? this.byBareFirst.get(tok.b) : this.byFirst.get(tok.f),
      toks,
      i,
      limit,
      null,
    );
    // "Amnesty-Vorwürfe": a hyphenated compound is also its last part (the German head noun).
    const tail = hyphenTail(tok.upper ? tok.b : tok.f);
    if (tail !== null && tok.k === 'word') {
      const entries = tok.upper ? this.byBareFirst.get(tail) : this.byFirst.get(tail);
      best = this.longest(entries, toks, i, limit, best);
    }
    if (this.byPrefix.size)
      best = this.longest(this.byPrefix.get(tok.b.slice(0, PREFIX)), toks, i, limit, best);
    return this.longest(this.shortPrefixes, toks, i, limit, best);
  }

  private longest(
    entries: readonly Entry<T>[] | undefined,
    toks: readonly Token[],
    i: number,
    limit: number,
    best: Match<T> | null,
  ): Match<T> | null {
    if (!entries) return best;
    for (const entry of entries) {
      const m = this.matchEntry(entry, toks, i, limit);
      if (m && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Longest phrase that ends exactly at token `end` and starts at or after `from`. */
  matchEndingAt(toks: readonly Token[], end: number, from: number, maxWords = 6): Match<T> | null {
    for (let start = Math.max(from, end - maxWords); start < end; start++) {
      const m = this.matchAt(toks, start, end);
      if (m && m.end === end) return m;
    }
    return null;
  }

  /** First match starting in [from, to). */
  findIn(toks: readonly Token[], from: number, to: number): Match<T> | null {
    for (let i = Math.max(0, from); i < to; i++) {
      const m = this.matchAt(toks, i, to);
      if (m) return m;
    }
    return null;
  }

  has(tok: Token | undefined): boolean {
    return !!tok && this.matchAt([tok], 0) !== null;
  }
}

/** The part after the last hyphen of a compound word ("amnesty-vorwürfe" -> "vorwürfe"), or null. */
function hyphenTail(form: string): string | null {
  const at = form.lastIndexOf('-');
  return at > 0 && at < form.length - 1 ? form.slice(at + 1) : null;
}

function wordMatches<T>(entry: Entry<T>, w: number, tok: Token): boolean {
  if (entry.upper[w] && !tok.upper) return false;
  const [word, form] = tok.upper ? [entry.bare[w]!, tok.b] : [entry.words[w]!, tok.f];
  if (entry.wild[w]) return form.startsWith(word) && tok.k === 'word';
  return form === word || (w === 0 && tok.k === 'word' && hyphenTail(form) === word);
}
