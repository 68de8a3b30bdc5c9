import { CHARS_PER_CHECKPOINT, type Steps } from '../steps';

// Words for matching across typesetting and languages: lower case,
// accents stripped, punctuation and quotes ignored, and a number written with
// thousands separators ("2 132", "2,132", "2.132") read as one number.

const FOLD: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case without accents or ligatures. */
export function foldCase(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßœæøłđı]/g, (c) => FOLD[c] ?? c);
}

// 1-3 digits, then groups of exactly 3 after a space, NBSP, narrow NBSP, comma, dot or apostrophe.
const GROUPED_NUMBER =
  /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00a0\u202f\u2009.,'’]\p{N}{3})+(?![\p{N}])(?![.,]\p{N})/gu;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as matching compares them (see above). */
export function matchWords(text: string): string[] {
  const joined = foldCase(text).replace(GROUPED_NUMBER, (m) => m.replace(/[^\p{N}]/gu, ''));
  return joined.match(WORD) ?? [];
}

/** A Latin letter (a piece of text may end after a space that follows one: see pieceEnd). */
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;

/**
 * Where a piece of `text` from `from` ends, at `limit` at most: after its last line break, or
 * else after a space that follows a Latin letter. No word, grouped number or case rule reaches
 * across either, so the words of the pieces are the words of the whole. The end of the text
 * when there is no such place.
 */
function pieceEnd(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= from) return line + 1;
  for (let i = limit - 1; i > from; i--)
    if (text.charCodeAt(i) === 0x20 && LATIN_LETTER.test(text[i - 1]!)) return i + 1;
  return text.length;
}

/**
 * `matchWords` of a text of any length, in pieces of at most CHARS_PER_CHECKPOINT characters
 * with a pause (yielding `stage`) between them: folding a long text in one go took more than a frame.
 */
export function* matchWordsSteps(text: string, stage: string): Steps<string[]> {
  const words: string[] = [];
  for (let at = 0; at < text.length;) {
    if (at > 0) yield stage;
    const end = pieceEnd(text, at, at + CHARS_PER_CHECKPOINT);
    for (const word of matchWords(text.slice(at, end))) words.push(word);
    at = end;
  }
  return words;
}
