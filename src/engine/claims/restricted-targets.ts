// "its jets hit only military targets", "ne viser que des objectifs militaires", "greift
// ausschließlich terroristische Ziele an": a denier who says its strikes are restricted to
// military or terrorist targets denies the strikes on civilians. The story's names of its targets
// ("terrorists", "Islamic State") are read with the story's topics; these are the other words.
import type { SentenceView } from './sentence';

/** Whether tokens [from, to) restrict what is struck: "only", a negation with an exception, or
 *  the denier's targets said to be something ("its targets are terrorist groups"). */
function restricts(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  return (
    lexicons.restrictives.findIn(toks, from, to) !== null ||
    lexicons.exceptives.findIn(toks, from, to) !== null ||
    lexicons.targetsAre.findIn(toks, from, to) !== null
  );
}

/** Whether tokens [from, to) restrict the strikes to what a denier says it fights ("exclusively
 *  against terrorism") or to military targets. A negation alone does not: "there were no military
 *  targets" is the accusers' finding. */
export function restrictedTargets(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  if (!restricts(sentence, from, to)) return false;
  return (
    lexicons.exclusiveTargets.findIn(toks, from, to) !== null ||
    lexicons.militaryTargets.findIn(toks, from, to) !== null
  );
}

/** Most words between a negation and the military target it says was missing ("non vi erano
 *  evidenti obiettivi militari"). */
const MISSING_TARGET_REACH = 3;

/** Whether the negation ending at `end` says there was no military target ("striking homes with no
 *  evident military objective", "sin ningún objetivo militar evidente"): the accusers' finding. */
function missingTarget(sentence: SentenceView, end: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let k = end, words = 0; k < to && words <= MISSING_TARGET_REACH; k++, words++) {
    if (lexicons.militaryTargets.matchAt(toks, k, to)) return true;
    if (toks[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Whether tokens [from, to) hold a negation other than one saying no military target was there. */
export function deniesWithNegation(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let k = from; k < to;) {
    const negation = lexicons.negations.findIn(toks, k, to);
    if (!negation) return false;
    if (!missingTarget(sentence, negation.end, to)) return true;
    k = negation.end;
  }
  return false;
}
