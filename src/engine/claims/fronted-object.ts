// Where a denial starts when its object is fronted before the verb of denial and the subject
// follows the verb ("Auch den Einsatz von Streumunition bestreitet Moskau").
import { inQuote, isClauseMark, type Mention, type SentenceView } from './sentence';

/** Most tokens of an object fronted before its verb. */
const MAX_FRONTED = 14;

/** Where an object fronted before the verb at `verb` starts: the clause's start, when the clause
 *  names no one before the verb (the subject follows it) and is short enough to be one object. */
export function frontedObject(
  sentence: SentenceView,
  mentions: readonly Mention[],
  verb: number,
  clauseStart: number,
): number | null {
  if (verb <= clauseStart || verb - clauseStart > MAX_FRONTED) return null;
  for (let k = clauseStart; k < verb; k++)
    if (isClauseMark(sentence.toks[k]) && !inQuote(sentence, k)) return null;
  const named = mentions.some((m) => !m.inQuote && m.start < verb && m.end > clauseStart);
  return named ? null : clauseStart;
}
