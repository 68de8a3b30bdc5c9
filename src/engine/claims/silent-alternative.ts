// "Moscow has either denied it or kept silent", "hat stets dementiert oder dazu geschwiegen": the
// silence offered as the other answer is part of the claim about how the denier answers.
import { skipFillers, type SentenceView } from './sentence';

/** The end of a denial ending at `end`, past a coordinated silence ("or declined to comment"). */
export function silentAlternativeEnd(sentence: SentenceView, end: number): number {
  const { toks, lang: lexicons } = sentence;
  const conj = lexicons.coordinators.matchAt(toks, end, sentence.end);
  if (!conj) return end;
  const silence = lexicons.silenceAlternatives.matchAt(
    toks,
    skipFillers(sentence, conj.end),
    sentence.end,
  );
  return silence ? silence.end : end;
}
