// "« Nous avons lu ce rapport. Il ne repose sur aucune preuve. »": a short quotation of several
// sentences that opens on one saying the report was read, or setting the scene, claims from the
// first sentence that dismisses. What follows stays: a rejection in words the lexicons do not know
// ("Nobody takes it seriously") goes on with the one before it.
import type { SentenceView } from './sentence';

const ENDS = new Set(['.', '!', '?', '…']);

/** Where the sentences of tokens [from, to) start: after a stop followed by a capital or a quote. */
function sentenceStarts(sentence: SentenceView, from: number, to: number): number[] {
  const { toks } = sentence;
  const out = [from];
  for (let k = from; k < to - 1; k++) {
    const next = toks[k + 1]!;
    if (
      toks[k]!.kind === 'punct' &&
      ENDS.has(toks[k]!.folded) &&
      (next.cap || next.kind === 'quote')
    )
      out.push(k + 1);
  }
  return out;
}

/** Tokens [from, to) from the first sentence that `dismisses`; [from, to) when none does alone. */
export function fromFirstDismissal(
  sentence: SentenceView,
  from: number,
  to: number,
  dismisses: (from: number, to: number) => boolean,
): [number, number] {
  const starts = sentenceStarts(sentence, from, to);
  for (const [n, start] of starts.entries()) {
    const end = n + 1 < starts.length ? starts[n + 1]! - 1 : to;
    if (dismisses(start, end)) return [start, to];
  }
  return [from, to];
}
