// "Moskau hat die Vorwürfe als haltlos bezeichnet", "Konaschenkow hatte den Bericht zuvor als
// Propaganda gewertet": a verb of labelling that closes its clause has what it labels, and the
// label, before it; the label dismisses there as it would after the verb.
import { dismissiveIn } from './dismissive-words';
import { inQuote, isClauseMark, type SentenceView } from './sentence';

/** Where the clause that the verb at `verb` closes starts, when it dismisses before the verb. */
export function labelledFrom(sentence: SentenceView, verb: number): number | null {
  const { toks, lang: lexicons } = sentence;
  let from = verb;
  while (
    from > sentence.start &&
    (inQuote(sentence, from - 1) ||
      !(isClauseMark(toks[from - 1]) || lexicons.complementisers.has(toks[from - 1])))
  )
    from--;
  return from < verb && dismissiveIn(sentence, from, verb) ? from : null;
}
