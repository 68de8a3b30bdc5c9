// "More than 400 civilians have died since September. So says the Observatory.": a sentence that
// opens by pointing back to what was just said names who said it.
import type { Mention, SentenceView } from './sentence';

/** The source a sentence credits the sentence before to, when it opens by pointing back to it. */
export function creditsSentenceBefore(
  sentence: SentenceView,
  mentions: readonly Mention[],
): string | undefined {
  const { toks, lang: lexicons, story } = sentence;
  if (!lexicons.backAttributions.matchAt(toks, sentence.start, sentence.end)) return undefined;
  // A denier quoting a figure does not give it (see casualtySource).
  const teller = mentions.find(
    (m) => !m.inQuote && m.source !== 'unknown' && !story.deniers.has(m.source),
  );
  return teller?.source;
}
