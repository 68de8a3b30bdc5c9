// "L'organizzazione ha respinto le critiche: « ... », ha replicato un suo portavoce": a spokesperson
// introduced by a possessive ("its spokesman", "son porte-parole", "un suo portavoce") speaks for the
// body the sentence named before, not for whoever spoke last.
import type { Mention, SentenceView } from './sentence';

/** The source a possessive generic belongs to, from the mentions before it in its sentence. */
export function possessorOf(
  sentence: SentenceView,
  mention: Mention,
  before: readonly Mention[],
): string | undefined {
  if (mention.kind !== 'generic') return undefined;
  if (!sentence.lang.possessives.has(sentence.toks[mention.start - 1])) return undefined;
  // A document has no spokesperson: "Il ministero ha liquidato il rapporto ..., e il suo portavoce".
  const owner = before.filter(
    (m) => !m.inQuote && m.kind !== 'pronoun' && m.generic !== 'report' && m.source !== 'unknown',
  );
  return owner.at(-1)?.source;
}
