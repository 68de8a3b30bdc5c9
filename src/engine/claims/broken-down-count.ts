// "No fewer than 30 civilians, among them 12 children and 5 women who had hidden in a cellar,
// died in the raid": a count followed by its breakdown, and by a relative clause inside it, gets
// its verb of death only after them, often beyond the reach of a plain window around the count.
import type { SentenceView } from './sentence';

/** How far past the breakdown's connector the verb of death may come. */
const REACH = 40;
/** Marks that close the sentence's clause: what follows is not the count's verb. */
const CLAUSE_ENDS = new Set([';', ':', '—', '–']);

/** Whether the count ending at `end` opens a breakdown ("dont", "among them", "darunter") after
 *  which a word of death comes in the same clause. Words of the living on the way do not stop it:
 *  the relative clause tells what the victims did ("qui s'étaient réfugiés dans la cave"). */
export function diesAfterBreakdown(sentence: SentenceView, end: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const at = toks[end]?.folded === ',' ? end + 1 : end;
  const including = lexicons.including.matchAt(toks, at, sentence.end);
  if (!including) return false;
  const limit = Math.min(sentence.end, including.end + REACH);
  for (let k = including.end; k < limit; k++) {
    if (CLAUSE_ENDS.has(toks[k]!.folded)) return false;
    if (lexicons.deathCues.matchAt(toks, k, limit)) return true;
  }
  return false;
}
