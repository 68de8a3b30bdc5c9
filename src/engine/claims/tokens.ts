// Word-level view of a paragraph. Matching works on folded forms (lowercase,
// one apostrophe) that keep a one-to-one map to the original characters, so
// every token's offsets point into the page text unchanged. Accents stay:
// "documentó" is a verb and "documento" a noun, "à" is not "a".

export type TokenKind = 'word' | 'num' | 'quote' | 'punct';

export interface Token {
  /** Offsets in the paragraph string. */
  start: number;
  end: number;
  /** Folded form, NFC. */
  folded: string;
  /** Folded form without accents. */
  bare: string;
  kind: TokenKind;
  /** The original starts with a capital letter. */
  cap: boolean;
  /** The original is written in capitals only (acronyms). */
  upper: boolean;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u2032']);
const QUOTES = new Set(['«', '»', '“', '”', '„', '"', '‹', '›']);
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  if (APOSTROPHES.has(ch)) out = "'";
  else {
    const lower = ch.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  foldCache.set(ch, out);
  return out;
}

/** Without accents: text in capitals often drops them ("ACCUSES" for "accusés"). */
export const stripAccents = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- plain ASCII has nothing to strip
  /^[\x00-\x7f]*$/.test(text)
    ? text
    : text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC');

/** Lowercase copy of `text` with one apostrophe, of the same length. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

// Elided articles and pronouns that stand as their own word ("l'ONG" = "l'" + "ONG").
const ELISIONS = new Set([
  'l',
  'd',
  'qu',
  'n',
  's',
  'c',
  'j',
  'm',
  't',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'dell',
  'all',
  'dall',
  'nell',
  'sull',
  'un',
  'quest',
  'quell',
  'nessun',
  'tutt',
  'coll',
]);
// Pronouns hyphenated to a verb ("negou-o", "niega-lo").
const CLITICS = new Set([
  'o',
  'a',
  'os',
  'as',
  'lo',
  'la',
  'los',
  'las',
  'se',
  'lhe',
  'lhes',
  'no',
  'na',
]);

// Thousands may be grouped by a space (also no-break or thin), a dot, a comma or an apostrophe.
const NUMBER =
  /\d{1,3}(?:[ .,'\u00a0\u202f\u2009](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/y;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;
const DIGIT = /\d/;

// Cyrillic letters drawn like Latin ones slip into Latin words typed on a Russian keyboard
// ("Аmnesty" with a Cyrillic А): a word that mixes the two scripts is read in Latin letters.
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};
const MIXED_SCRIPTS = /^(?=.*[a-z])(?=.*[\u0400-\u04ff])/;

const inLatin = (word: string): string =>
  MIXED_SCRIPTS.test(word) ? word.replace(/[\u0400-\u04ff]/g, (c) => LOOKALIKES[c] ?? c) : word;

function pushWord(
  out: Token[],
  original: string,
  folded: string,
  wordStart: number,
  wordEnd: number,
): void {
  const raw = original.slice(wordStart, wordEnd);
  const first = raw.charAt(0);
  const foldedWord = inLatin(folded.slice(wordStart, wordEnd).normalize('NFC'));
  out.push({
    start: wordStart,
    end: wordEnd,
    folded: foldedWord,
    bare: stripAccents(foldedWord),
    kind: 'word',
    cap: first !== first.toLowerCase(),
    upper: raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
  });
}

function splitWord(
  out: Token[],
  original: string,
  folded: string,
  start: number,
  end: number,
): void {
  if (start >= end) return;
  const word = folded.slice(start, end);
  const apo = word.indexOf("'");
  if (apo > 0 && ELISIONS.has(word.slice(0, apo))) {
    pushWord(out, original, folded, start, start + apo + 1);
    splitWord(out, original, folded, start + apo + 1, end);
    return;
  }
  if (word.endsWith("n't") && word.length > 3) {
    pushWord(out, original, folded, start, end - 3);
    pushWord(out, original, folded, end - 3, end);
    return;
  }
  if (word.endsWith("'s") && word.length > 2) {
    pushWord(out, original, folded, start, end - 2);
    pushWord(out, original, folded, end - 2, end);
    return;
  }
  const dash = word.lastIndexOf('-');
  if (dash >= 3 && CLITICS.has(word.slice(dash + 1))) {
    pushWord(out, original, folded, start, start + dash);
    pushWord(out, original, folded, start + dash + 1, end);
    return;
  }
  pushWord(out, original, folded, start, end);
}

const OPEN_BEFORE = /[\s([{«“"\u2014\u2013-]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]»”"\u2014\u2013]/u;

/**
 * An apostrophe-like mark outside a word: an opening single quote (‘no evidence’, 'so-called')
 * before a word, a closing one after, otherwise plain punctuation.
 */
function singleQuote(text: string, i: number): Token {
  const prev = i > 0 ? text.charAt(i - 1) : ' ';
  const next = i + 1 < text.length ? text.charAt(i + 1) : ' ';
  const mark = text.charAt(i);
  const word = /[\p{L}\p{N}]/u;
  let quoteMark = "'";
  if (mark !== '\u2019' && OPEN_BEFORE.test(prev) && word.test(next)) quoteMark = '‘';
  else if (mark !== '\u2018' && (word.test(prev) || /[.!?…]/.test(prev)) && CLOSE_AFTER.test(next))
    quoteMark = '’';
  return {
    start: i,
    end: i + 1,
    folded: quoteMark,
    bare: quoteMark,
    kind: quoteMark === "'" ? 'punct' : 'quote',
    cap: false,
    upper: false,
  };
}

/** Splits `text` (one paragraph) into tokens. `folded` must be `fold(text)`. */
export function tokenize(text: string, folded: string = fold(text)): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < folded.length) {
    const ch = folded.charAt(i);
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (DIGIT.test(ch)) {
      NUMBER.lastIndex = i;
      // A digit always starts a number.
      const num = NUMBER.exec(folded)!;
      const end = i + num[0].length;
      out.push({
        start: i,
        end: end,
        folded: num[0],
        bare: num[0],
        kind: 'num',
        cap: false,
        upper: false,
      });
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(folded);
    if (word) {
      let end = i + word[0].length;
      // "qu' « encore »": an elided word keeps its apostrophe before a space.
      if (folded.charAt(end) === "'" && ELISIONS.has(word[0])) end++;
      splitWord(out, text, folded, i, end);
      i = end;
      continue;
    }
    if (ch === "'") out.push(singleQuote(text, i));
    else
      out.push({
        start: i,
        end: i + 1,
        folded: ch,
        bare: ch,
        kind: QUOTES.has(ch) ? 'quote' : 'punct',
        cap: false,
        upper: false,
      });
    i++;
  }
  return out;
}
