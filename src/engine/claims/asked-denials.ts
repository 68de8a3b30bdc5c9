// "Will Moscow deny the allegations?", "La Russie pourra-t-elle démentir ?": a question that asks
// whether a denier will or could deny reports no denial.
import { inQuote, isClauseMark, type SentenceView } from './sentence';

/** How far before a denial verb its modal may stand ("Will Moscow's defence ministry deny"). */
const MODAL_REACH = 6;

/** Whether the denial verb at `verb` is asked about: a modal before it in a question. */
export function askedAbout(sentence: SentenceView, verb: number): boolean {
  const last = sentence.end - 1;
  if (sentence.toks[last]?.folded !== '?' || inQuote(sentence, last)) return false;
  for (let k = verb - 1; k >= Math.max(sentence.start, verb - MODAL_REACH); k--) {
    if (isClauseMark(sentence.toks[k])) return false;
    if (sentence.lang.questionModals.matchAt(sentence.toks, k, verb)) return true;
  }
  return false;
}
