// "Der Bericht sei voller Klischees, sagte er.", "Los datos están llenos de clichés, añadió.": a tag
// of saying after the clause that names no one (an inverted pronoun, or no subject at all) gives the
// clause to whom the text was about, as a subject left out does.
import { previousSubject } from './speaker-context';
import {
  isClauseMark,
  skipFillers,
  type Discourse,
  type Mention,
  type SentenceView,
} from './sentence';

/** Most tokens from the comma to the sentence's end: the verb, a pronoun, a particle, a place. */
const TAG_REACH = 6;
const ENDS = new Set(['.', '!', '?', '…']);

/** The speaker of a tag of saying that follows the comma at `comma` and names no one, when the
 *  sentence ends with it: the previous sentence's subject, else the last speaker. */
export function unnamedTagSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  comma: number,
  discourse: Discourse,
): string | undefined {
  const { toks, lang: lexicons } = sentence;
  if (toks[comma]?.folded !== ',') return undefined;
  let verb = skipFillers(sentence, comma + 1);
  // "sagte er", "a-t-il ajouté" aside, a pronoun may stand before the verb ("he added").
  if (lexicons.pronouns.has(toks[verb])) verb = skipFillers(sentence, verb + 1);
  const said = lexicons.speech.matchAt(toks, verb, sentence.end);
  if (!said) return undefined;
  let end = sentence.end;
  while (end > said.end && ENDS.has(toks[end - 1]!.folded)) end--;
  if (end - comma - 1 > TAG_REACH) return undefined;
  for (let k = said.end; k < end; k++) if (isClauseMark(toks[k])) return undefined;
  // A tag that names its speaker ("sagte Konaschenkow", "he added") is read as such elsewhere.
  if (mentions.some((m) => !m.inQuote && m.start > comma)) return undefined;
  return previousSubject(sentence, discourse)?.source ?? discourse.lastSpeaker;
}
