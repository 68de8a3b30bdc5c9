// "Rien de concret ni de nouveau : toujours les mêmes clichés", "nothing new in it, only the same
// fakes": a dismissal that a colon or a dash goes on explaining, or that a comma and "only" goes on
// saying what the report holds instead, is one claim with what follows, not two (real coverage
// labels the "nothing new, only clichés" run whole in every language).
import type { SentenceView } from './sentence';

const EXPLAINS = new Set([':', '—', '–']);

/** Whether the cut at `cut` opens an explanation of the dismissal before it. */
export const continuesDismissal = (sentence: SentenceView, cut: number): boolean =>
  EXPLAINS.has(sentence.toks[cut]!.folded) ||
  (sentence.toks[cut]!.folded === ',' &&
    sentence.lang.restrictives.matchAt(sentence.toks, cut + 1, sentence.end) !== null);
