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
