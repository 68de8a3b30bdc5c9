// "MOSCOW, Dec 23 (Reuters) - ...", "MOSCÚ, 23 Dic. (EFE).- ...": the place, date and agency
// that open a dispatch credit the text; they are no part of a claim that follows them.
import type { SentenceView } from './sentence';

const DASHES = new Set(['-', '–', '—', '.-']);
/** Most tokens of a dateline before its dash. */
const MAX_DATELINE = 12;

/** Index of the first token after a dateline opening the sentence, or the sentence's start. */
export function afterDateline(v: SentenceView): number {
  const { toks } = v;
  const first = toks[v.start];
  if (v.start !== 0 || !first || !first.upper || first.k !== 'word' || first.e - first.s < 3)
    return v.start;
  let depth = 0;
  for (let k = v.start + 1; k < Math.min(v.end, v.start + MAX_DATELINE); k++) {
    const t = toks[k]!;
    if (t.f === '(') depth++;
    else if (t.f === ')') depth--;
    else if (t.k === 'punct' && DASHES.has(t.f)) return k + 1;
    // A lowercase word outside parentheses ("a report by...") means the text has begun.
    else if (t.k === 'word' && !t.cap && depth === 0) return v.start;
  }
  return v.start;
}
