// "its jets hit only military targets", "ne viser que des objectifs militaires", "greift
// ausschließlich terroristische Ziele an": a denier who says its strikes are restricted to
// military or terrorist targets denies the strikes on civilians. The story's names of its targets
// ("terrorists", "Islamic State") are read with the story's topics; these are the other words.
import type { SentenceView } from './sentence';

/** Whether tokens [from, to) restrict what is struck: "only", or a negation with an exception. */
function restricts(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  return (
    lexicons.restrictives.findIn(toks, from, to) !== null ||
    lexicons.exceptives.findIn(toks, from, to) !== null
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
