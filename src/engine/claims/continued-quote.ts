// Wire copy quotes over several paragraphs: 'Konashenkov said: "We studied the report. There is
// nothing new in it.¶"These are the same old clichés."' The first paragraph leaves its quotation
// open and the next opens another: the words up to the paragraph's end are quoted, and are the
// speaker's, as if the quotation closed there.
import { findQuotes } from './segment';
import type { Token } from './tokens';

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‹': '›' };
/** Marks a paragraph that goes on a quotation may open with (French print repeats the closing one). */
const OPENS_ON = /^\s*[«»“”„"‹›]/;

/** The paragraph's tokens, with a closing mark (of no width, at its end) for a quotation that it
 *  leaves open when the next paragraph's text opens with a quotation mark. Reads that text, not its
 *  tokens: a step tokenizes one paragraph. */
export function closeContinuedQuote(
  toks: readonly Token[],
  nextText: string | undefined,
): readonly Token[] {
  const last = toks.at(-1);
  if (!last || nextText === undefined || !OPENS_ON.test(nextText)) return toks;
  let open = toks.length - 1;
  while (open >= 0 && toks[open]!.kind !== 'quote') open--;
  const closing = open >= 0 ? CLOSING[toks[open]!.folded] : undefined;
  if (!closing || findQuotes(toks).some((q) => q.open === open || q.close === open)) return toks;
  const mark: Token = {
    start: last.end,
    end: last.end,
    folded: closing,
    bare: closing,
    kind: 'quote',
    cap: false,
    upper: false,
  };
  return [...toks, mark];
}
