// "no concrete evidence", "keinerlei überprüfbare Belege", "aucun fait établi": a denier saying
// that what a claim needs is missing dismisses it, whatever adjectives come between. A phrase of
// the least amount is read whole ("without the slightest proof", "sin contar con la menor prueba").
import type { SentenceView } from './sentence';

/** Words allowed between a word of lack and the evidence noun ("any hard", "überprüfbare"). */
const MAX_BETWEEN = 2;

/** Whether tokens [a, b) say that evidence is missing. */
export function lacksEvidence(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let i = from; i < to; i++) {
    const lack = lexicons.lackWords.matchAt(toks, i, to) ?? lexicons.negations.matchAt(toks, i, to);
    if (!lack) continue;
    let words = 0;
    for (let k = lack.end; k < to && words <= MAX_BETWEEN;) {
      if (lexicons.evidenceNouns.matchAt(toks, k, to)) return true;
      const least = lexicons.leastAmounts.matchAt(toks, k, to);
      if (least) {
        k = least.end;
        continue;
      }
      if (toks[k]!.kind !== 'word') break;
      words++;
      k++;
    }
  }
  return false;
}
