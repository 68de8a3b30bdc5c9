// A vague count of people ("dozens of people", "des dizaines de personnes") is a casualty count
// only when its own clause speaks of death: "dozens of people gathered after the strike killed
// 49" counts the living.
import { isClauseMark, opensSubordinate, type SentenceView } from './sentence';

/** How far a death word may be from the count, within its clause. */
const WINDOW = 15;

const isBoundary = (sentence: SentenceView, k: number): boolean =>
  isClauseMark(sentence.toks[k]) || opensSubordinate(sentence, k);

/** A death word in the clause of tokens [start, end), from the clause's start up to the next
 *  clause mark or subordinate clause. */
export function deathInClause(
  sentence: SentenceView,
  start: number,
  end: number,
  window = WINDOW,
): boolean {
  const { toks, lang: lexicons } = sentence;
  let from = start;
  while (from > Math.max(sentence.start, start - window) && !isBoundary(sentence, from - 1)) from--;
  let to = end;
  while (to < Math.min(sentence.end, end + window) && !isBoundary(sentence, to)) to++;
  // One search over the whole clause: "kosteten ... das Leben" closes around the count.
  return lexicons.deathCues.findIn(toks, from, to) !== null;
}
