// Which language a stretch of text is in, by counting frequent function words.
// The page's declared language only breaks ties: it may be missing or wrong.
// Only the stopword lists are read here: compiling a language's full rules is left to the one in use.
import { LANGUAGES } from './rules';
import { fold, type Token } from './tokens';

const CODES = Object.keys(LANGUAGES);
let stopwords: [string, ReadonlySet<string>][] | undefined;

function scores(toks: readonly Token[]): Map<string, number> {
  stopwords ??= CODES.map((code) => [code, new Set(LANGUAGES[code]!.stopwords.map(fold))]);
  const out = new Map<string, number>(CODES.map((c) => [c, 0]));
  for (const t of toks) {
    if (t.k !== 'word') continue;
    for (const [code, words] of stopwords) if (words.has(t.f)) out.set(code, out.get(code)! + 1);
  }
  return out;
}

function best(s: Map<string, number>): [string, number, number] {
  let top = '';
  let topScore = -1;
  let second = 0;
  for (const [code, score] of s) {
    if (score > topScore) {
      second = Math.max(second, topScore);
      top = code;
      topScore = score;
    } else second = Math.max(second, score);
  }
  return [top, topScore, second];
}

/** The language of a whole article: clear evidence wins, else the hint, else the best guess. */
export function detectLanguage(toks: readonly Token[], hint?: string): string {
  const hinted = hint ? hint.toLowerCase().slice(0, 2) : undefined;
  const [top, topScore, second] = best(scores(toks));
  if (topScore >= 3 && topScore >= second * 1.5) return top;
  if (hinted && LANGUAGES[hinted]) return hinted;
  return topScore > 0 ? top : 'en';
}

/** A paragraph keeps the article's language unless it is clearly in another one. */
export function paragraphLanguage(toks: readonly Token[], articleLang: string): string {
  const s = scores(toks);
  const [top, topScore] = best(s);
  return top !== articleLang && topScore >= 4 && topScore >= 2 * (s.get(articleLang) ?? 0)
    ? top
    : articleLang;
}
