// "MOSCOW, Dec 23 (Reuters) - ...", "MOSCÚ, 23 Dic. (EFE).- ...": the place, date and agency
// that open a dispatch credit the text; they are no part of a claim that follows them.
import type { SentenceView } from './sentence';

const DASHES = new Set(['-', '–', '—', '.-']);
/** Most tokens of a dateline before its dash. */
const MAX_DATELINE = 12;

/** Index of the first token after a dateline opening the sentence, or the sentence's start. */
export function afterDateline(sentence: SentenceView): number {
  const { toks } = sentence;
  const first = toks[sentence.start];
  if (
    sentence.start !== 0 ||
    !first ||
    !first.upper ||
    first.kind !== 'word' ||
    first.end - first.start < 3
  )
    return sentence.start;
  let depth = 0;
  for (let k = sentence.start + 1; k < Math.min(sentence.end, sentence.start + MAX_DATELINE); k++) {
    const token = toks[k]!;
    if (token.folded === '(') depth++;
    else if (token.folded === ')') depth--;
    else if (token.kind === 'punct' && DASHES.has(token.folded)) return k + 1;
    // A lowercase word outside parentheses ("a report by...") means the text has begun.
    else if (token.kind === 'word' && !token.cap && depth === 0) return sentence.start;
  }
  return sentence.start;
}
