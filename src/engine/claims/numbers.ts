// Reads counts: digits in every common grouping, number words (also hyphenated
// or written as one word), and counting phrases ("une dizaine", "hundreds").
import { fold } from './tokens';
import type { Token } from './tokens';
import type { NumberWords } from './rules/types';

export type Part =
  | { kind: 'add'; value: number }
  | { kind: 'one' }
  | { kind: 'hundred' }
  | { kind: 'thousand' }
  | { kind: 'million' }
  | { kind: 'link' };

/** A language's number words compiled for reading (at build time; see compiled.ts). */
export interface NumberTables {
  /** Folded number words and what each is. */
  parts: [string, Part][];
  /** The same words, longest first, for numbers written as one word. */
  morphemes: string[];
  compound: boolean;
}

export function compileNumbers(words: NumberWords): NumberTables {
  const parts = new Map<string, Part>();
  const put = (w: string, p: Part) => parts.set(fold(w), p);
  for (const [word, amount] of Object.entries(words.units))
    put(word, { kind: 'add', value: amount });
  for (const [word, amount] of Object.entries(words.hundreds ?? {}))
    put(word, { kind: 'add', value: amount });
  for (const word of words.hundred) put(word, { kind: 'hundred' });
  for (const word of words.thousand) put(word, { kind: 'thousand' });
  for (const word of words.million) put(word, { kind: 'million' });
  for (const word of words.connectors) put(word, { kind: 'link' });
  for (const word of words.ones) put(word, { kind: 'one' });
  return {
    parts: [...parts],
    morphemes: [...parts.keys()].sort((a, b) => b.length - a.length),
    compound: words.compound ?? false,
  };
}

/** Value of a digit token: "2 132", "2.132", "2,132", "250'000" are 2132 and 250000; "6,4" is 6.4. */
export function digitValue(text: string): number {
  const grouped = /^(\d{1,3}(?:[ .,'\u00a0\u202f\u2009]\d{3})+)(?:[.,](\d+))?$/.exec(text);
  if (grouped) {
    const whole = Number(grouped[1]!.replace(/\D/g, ''));
    return grouped[2] ? Number(`${whole}.${grouped[2]}`) : whole;
  }
  return Number(text.replace(',', '.'));
}

const isMultiplier = (part: Part) =>
  part.kind === 'hundred' || part.kind === 'thousand' || part.kind === 'million';

export class NumberReader {
  private readonly parts: ReadonlyMap<string, Part>;
  private readonly morphemes: readonly string[];
  private readonly compound: boolean;

  constructor(tables: NumberTables) {
    this.parts = new Map(tables.parts);
    this.morphemes = tables.morphemes;
    this.compound = tables.compound;
  }

  /** Parts of one word: itself, its hyphenated pieces, or (compounding languages) its fused pieces. */
  private wordParts(word: string): Part[] | null {
    const whole = this.parts.get(word);
    if (whole) return [whole];
    if (word.includes('-')) return this.hyphenParts(word.split('-'));
    return this.compound ? this.fusedParts(word, 0, new Map()) : null;
  }

  private hyphenParts(pieces: string[]): Part[] | null {
    const out: Part[] = [];
    let i = 0;
    while (i < pieces.length) {
      let taken = 0;
      // "quatre-vingt-dix": the longest run of pieces that is itself a number word.
      for (let pieceCount = pieces.length - i; pieceCount >= 1 && !taken; pieceCount--) {
        const part = this.parts.get(pieces.slice(i, i + pieceCount).join('-'));
        if (part) {
          out.push(part);
          taken = pieceCount;
        }
      }
      if (!taken) {
        const fused = this.compound ? this.fusedParts(pieces[i]!, 0, new Map()) : null;
        if (!fused) return null;
        out.push(...fused);
        taken = 1;
      }
      i += taken;
    }
    return out;
  }

  private fusedParts(word: string, at: number, memo: Map<number, Part[] | null>): Part[] | null {
    if (at === word.length) return [];
    if (memo.has(at)) return memo.get(at)!;
    let found: Part[] | null = null;
    for (const morpheme of this.morphemes) {
      if (!word.startsWith(morpheme, at)) continue;
      const rest = this.fusedParts(word, at + morpheme.length, memo);
      if (rest) {
        found = [this.parts.get(morpheme)!, ...rest];
        break;
      }
    }
    memo.set(at, found);
    return found;
  }

  /**
   * Reads number words from token i: "two hundred", "quarante-neuf", "cento e sessenta e um",
   * "zweihundert". Returns the end token and value, or null when there is no number of two or more.
   */
  read(toks: readonly Token[], i: number, limit: number): { end: number; value: number } | null {
    const perToken: Part[][] = [];
    for (let j = i; j < limit && toks[j]!.kind === 'word'; j++) {
      const tokenParts = this.wordParts(toks[j]!.folded);
      if (!tokenParts) break;
      perToken.push(tokenParts);
    }
    // Trailing links and articles belong to what follows ("two and", "deux et"), but
    // "vingt et un" keeps its last word.
    const glue = (p: Part[]) => p.every((x) => x.kind === 'link' || x.kind === 'one');
    while (perToken.length && glue(perToken.at(-1)!)) {
      const last = perToken.at(-1)!;
      const prev = perToken.at(-2);
      if (last[0]!.kind === 'one' && prev && prev[0]!.kind === 'link' && perToken.length > 2) break;
      perToken.pop();
    }
    if (!perToken.length) return null;
    const end = i + perToken.length;
    const parts = perToken.flat();
    if (parts[0]!.kind === 'link') return null;
    let total = 0;
    let current = 0;
    let sawNumber = false;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const next = parts[p + 1];
      switch (part.kind) {
        case 'add':
          current += part.value;
          sawNumber = true;
          break;
        case 'one':
          // "un"/"a" counts only inside a number: "vingt et un", "a hundred", "un million".
          if (
            p === 0 &&
            !(
              next &&
              (isMultiplier(next) || (next.kind === 'link' && parts[p + 2]?.kind === 'add'))
            )
          ) {
            return null;
          }
          current += 1;
          break;
        case 'hundred':
          current = (current || 1) * 100;
          sawNumber = true;
          break;
        case 'thousand':
          total += (current || 1) * 1000;
          current = 0;
          sawNumber = true;
          break;
        case 'million':
          total += (current || 1) * 1e6;
          current = 0;
          sawNumber = true;
          break;
        case 'link':
          break;
      }
    }
    const value = total + current;
    return sawNumber && value >= 2 ? { end, value } : null;
  }
}
