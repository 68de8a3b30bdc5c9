// "The ministry says they reject the findings", "Moskau erklärte, man weise die Vorwürfe zurück":
// a subject pronoun that opens the clause a speaker reports stands for that speaker.
import { isClauseMark, skipFillersBack, type Mention, type SentenceView } from './sentence';

/** Most tokens between a speaker and its verb of saying ("says", "has once again said"). */
const SPEAKER_GAP = 3;

/** The speaker whose reported clause the pronoun at `i` opens, or undefined. */
export function reportingSpeaker(
  sentence: SentenceView,
  i: number,
  earlier: readonly Mention[],
): Mention | undefined {
  const { toks, lang: lexicons } = sentence;
  let k = i;
  const comp = lexicons.complementisers.matchEndingAt(toks, k, sentence.start, 2);
  if (comp) k = comp.start;
  else if (toks[k - 1]?.folded === ',') k--;
  const said = lexicons.speech.matchEndingAt(toks, k, sentence.start, 3);
  if (!said) return undefined;
  const at = skipFillersBack(sentence, said.start);
  const speaker = earlier.findLast((m) => !m.inQuote && m.end <= at);
  if (!speaker || at - speaker.end > SPEAKER_GAP) return undefined;
  for (let j = speaker.end; j < at; j++) if (isClauseMark(toks[j])) return undefined;
  return speaker;
}
