// "Rien de concret ni de nouveau : toujours les mêmes clichés": a dismissal that a colon or a dash
// goes on explaining is one claim with its explanation, not two. (Not one continued after a comma
// by "only ...": the labels read "nothing new, only clichés" now as one claim, now as two.)
import type { SentenceView } from './sentence';

const EXPLAINS = new Set([':', '—', '–']);

/** Whether the cut at `cut` opens an explanation of the dismissal before it. */
export const continuesDismissal = (sentence: SentenceView, cut: number): boolean =>
  EXPLAINS.has(sentence.toks[cut]!.folded);
