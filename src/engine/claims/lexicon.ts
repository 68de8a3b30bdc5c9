// Phrase lists compiled for word-by-word matching over tokens (see rules/types.ts
// for the phrase syntax). Indexed by first word, so a lookup costs a map access.
import { fold, stripAccents, tokenize, type Token } from './tokens';

/** A compiled phrase. Fields that hold nothing (no wildcard, no gap...) are left out: the
 *  compiled tables ship in the extension. */
export interface Entry<T> {
  words: string[];
  /** The words without accents, for text in capitals, when they differ from `words`. */
  bare?: string[];
  /** wild[i]: words[i] may be a prefix of the token. */
  wild?: boolean[];
  /** Index of the word after a " ... " gap. */
  gapAt?: number;
  /** upper[i]: the phrase's word must be written in capitals (acronyms such as "UN"). */
  upper?: boolean[];
  data: T;
}

/** A phrase list compiled for lookup: entries, and their numbers by first word. */
export interface LexiconTables<T> {
  entries: Entry<T>[];
  byFirst: [string, number[]][];
  /** The same, without accents, for words in capitals. */
  byBareFirst: [string, number[]][];
  /** Entries whose first word is a prefix, by its first letters without accents. */
  byPrefix: [string, number[]][];
  /** Entries whose first word is a prefix shorter than that. */
  shortPrefixes: number[];
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

/** A gap ends at a clause mark, but not at the stop of an ordinal ("am 29. November"). */
const stopsGap = (toks: readonly Token[], k: number): boolean =>
  STOPS.has(toks[k]!.folded) && !(toks[k]!.folded === '.' && toks[k - 1]?.kind === 'num');

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
    toks.forEach((token, i) => {
      words.push(elided && i === toks.length - 1 ? `${token.folded}'` : token.folded);
      wild.push(star && i === toks.length - 1);
      upper.push(isAcronym(bare.slice(token.start, token.end)));
    });
  }
  if (!words.length) return null;
  const entry: Entry<T> = { words, data };
  const bare = words.map(stripAccents);
  if (bare.some((b, i) => b !== words[i])) entry.bare = bare;
  if (wild.some(Boolean)) entry.wild = wild;
  if (gapAt >= 0) entry.gapAt = gapAt;
  if (upper.some(Boolean)) entry.upper = upper;
  return entry;
}

/** Letters that index a prefix entry ("infondé*" under "inf"). */
const PREFIX = 3;

function add(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Compiles phrases into tables (at build time for a language's rules; see compiled.ts). */
export function compileLexicon<T>(items: Iterable<[string, T]>): LexiconTables<T> {
  const entries: Entry<T>[] = [];
  const byFirst = new Map<string, number[]>();
  const byBareFirst = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const shortPrefixes: number[] = [];
  for (const [phrase, data] of items) {
    const entry = compile(phrase, data);
    if (!entry) continue;
    const entryIndex = entries.push(entry) - 1;
    const head = (entry.bare ?? entry.words)[0]!;
    if (!entry.wild?.[0]) {
      add(byFirst, entry.words[0]!, entryIndex);
      add(byBareFirst, head, entryIndex);
    } else if (head.length >= PREFIX) add(byPrefix, head.slice(0, PREFIX), entryIndex);
    else shortPrefixes.push(entryIndex);
  }
  return {
    entries,
    byFirst: [...byFirst],
    byBareFirst: [...byBareFirst],
    byPrefix: [...byPrefix],
    shortPrefixes,
  };
}

export class Lexicon<T = true> {
  /** The tables, or how to make them: indexed on first use (a page needs only some lists). */
  private source: LexiconTables<T> | (() => LexiconTables<T>) | null;
  // Entry numbers by key, as the tables hold them: a Map made natively from the pairs, with
  // no per-key work (most lists are consulted a few times on a page).
  private entries: Entry<T>[] = [];
  private byFirst = new Map<string, number[]>();
  private byBareFirst = new Map<string, number[]>();
  private byPrefix = new Map<string, number[]>();
  private shortPrefixes: number[] = [];

  /** Phrases compiled on first use: for lists only known on the page (a story's names). */
  constructor(items: Iterable<[string, T]>) {
    this.source = () => compileLexicon(items);
  }

  /** A lexicon over tables compiled beforehand. */
  static fromTables<T>(tables: LexiconTables<T>): Lexicon<T> {
    const lex = new Lexicon<T>([]);
    lex.source = tables;
    return lex;
  }

  /** Number of phrases. */
  get size(): number {
    this.index();
    return this.entries.length;
  }

  private index(): void {
    if (!this.source) return;
    const compiled = typeof this.source === 'function' ? this.source() : this.source;
    this.source = null;
    this.entries = compiled.entries;
    this.byFirst = new Map(compiled.byFirst);
    this.byBareFirst = new Map(compiled.byBareFirst);
    this.byPrefix = new Map(compiled.byPrefix);
    this.shortPrefixes = compiled.shortPrefixes;
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
        let gapEnd = j;
        while (
          gapEnd < limit &&
          gapEnd - j <= MAX_GAP &&
          !stopsGap(toks, gapEnd) &&
          !wordMatches(entry, w, toks[gapEnd]!)
        )
          gapEnd++;
        if (gapEnd >= limit || gapEnd - j > MAX_GAP || stopsGap(toks, gapEnd)) return null;
        gap = [j, gapEnd];
        j = gapEnd;
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
      tok.upper ? this.byBareFirst.get(tok.bare) : this.byFirst.get(tok.folded),
      toks,
      i,
      limit,
      null,
    );
    // "Amnesty-Vorwürfe": a hyphenated compound is also its last part (the German head noun).
    const tail = hyphenTail(tok.upper ? tok.bare : tok.folded);
    if (tail !== null && tok.kind === 'word') {
      const entries = tok.upper ? this.byBareFirst.get(tail) : this.byFirst.get(tail);
      best = this.longest(entries, toks, i, limit, best);
    }
    if (this.byPrefix.size)
      best = this.longest(this.byPrefix.get(tok.bare.slice(0, PREFIX)), toks, i, limit, best);
    return this.longest(this.shortPrefixes, toks, i, limit, best);
  }

  private longest(
    numbers: readonly number[] | undefined,
    toks: readonly Token[],
    i: number,
    limit: number,
    best: Match<T> | null,
  ): Match<T> | null {
    if (!numbers) return best;
    for (const n of numbers) {
      const match = this.matchEntry(this.entries[n]!, toks, i, limit);
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best;
  }

  /** Longest phrase that ends exactly at token `end` and starts at or after `from`. */
  matchEndingAt(toks: readonly Token[], end: number, from: number, maxWords = 6): Match<T> | null {
    for (let start = Math.max(from, end - maxWords); start < end; start++) {
      const match = this.matchAt(toks, start, end);
      if (match && match.end === end) return match;
    }
    return null;
  }

  /** First match starting in [from, to). */
  findIn(toks: readonly Token[], from: number, to: number): Match<T> | null {
    for (let i = Math.max(0, from); i < to; i++) {
      const match = this.matchAt(toks, i, to);
      if (match) return match;
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
  if (entry.upper?.[w] && !tok.upper) return false;
  const [word, form] = tok.upper
    ? [(entry.bare ?? entry.words)[w]!, tok.bare]
    : [entry.words[w]!, tok.folded];
  if (entry.wild?.[w]) return form.startsWith(word) && tok.kind === 'word';
  return form === word || (w === 0 && tok.kind === 'word' && hyphenTail(form) === word);
}
