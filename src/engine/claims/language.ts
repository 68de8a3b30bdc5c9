// Which language a stretch of text is in, by counting frequent function words.
// The page's declared language only breaks ties: it may be missing or wrong.
// Only the stopword lists are read here (DetectionTables): a language's full rules are
// loaded for the languages in use only.
import type { DetectionTables } from './compiled';
import type { Token } from './tokens';

const sets = new WeakMap<DetectionTables, [string, ReadonlySet<string>][]>();

function scores(toks: readonly Token[], languages: DetectionTables): Map<string, number> {
  let stopwords = sets.get(languages);
  if (!stopwords) {
    stopwords = languages.map(([code, words]) => [code, new Set(words)]);
    sets.set(languages, stopwords);
  }
  const out = new Map<string, number>(languages.map(([c]) => [c, 0]));
  for (const token of toks) {
    if (token.kind !== 'word') continue;
    for (const [code, words] of stopwords)
      if (words.has(token.folded)) out.set(code, out.get(code)! + 1);
  }
  return out;
}

function best(byLanguage: Map<string, number>): [string, number, number] {
  let top = '';
  let topScore = -1;
  let second = 0;
  for (const [code, score] of byLanguage) {
    if (score > topScore) {
      second = Math.max(second, topScore);
      top = code;
      topScore = score;
    } else second = Math.max(second, score);
  }
  return [top, topScore, second];
}

/** The language of a whole article: clear evidence wins, else the hint, else the best guess. */
export function detectLanguage(
  toks: readonly Token[],
  languages: DetectionTables,
  hint?: string,
): string {
  const hinted = hint ? hint.toLowerCase().slice(0, 2) : undefined;
  const [top, topScore, second] = best(scores(toks, languages));
  if (topScore >= 3 && topScore >= second * 1.5) return top;
  if (hinted && languages.some(([code]) => code === hinted)) return hinted;
  return topScore > 0 ? top : 'en';
}

/** A paragraph keeps the article's language unless it is clearly in another one. */
export function paragraphLanguage(
  toks: readonly Token[],
  articleLang: string,
  languages: DetectionTables,
): string {
  const languageScores = scores(toks, languages);
  const [top, topScore] = best(languageScores);
  return top !== articleLang &&
    topScore >= 4 &&
    topScore >= 2 * (languageScores.get(articleLang) ?? 0)
    ? top
    : articleLang;
}
