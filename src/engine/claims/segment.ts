// Paragraph structure: quotations (nested guillemets and curly or straight
// quotes) and sentences, which never end inside a quotation.
import { monthOf } from '../match/dateline';
import type { Token } from './tokens';

/** A quotation: token indexes of its marks; content lies strictly between. */
export interface Quote {
  open: number;
  close: number;
}

/** A sentence as a token range [start, end). */
export interface Sentence {
  start: number;
  end: number;
}

const PAIRS: Record<string, string> = { '«': '»', '‹': '›', '„': '“', '“': '”', '‘': '’' };
// German print also quotes »like this«.
const REVERSED: Record<string, string> = { '»': '«', '›': '‹' };
const MAX_QUOTE_TOKENS = 120;

/** Outermost quotations of a paragraph. Unclosed marks are ignored. */
export function findQuotes(toks: readonly Token[]): Quote[] {
  const out: Quote[] = [];
  const stack: { mark: string; at: number; reversed?: boolean }[] = [];
  toks.forEach((token, i) => {
    if (token.kind !== 'quote') return;
    const closesMark = (open: { mark: string; reversed?: boolean }) =>
      (open.reversed ? REVERSED[open.mark] : PAIRS[open.mark]) === token.folded ||
      (open.mark === '"' && token.folded === '"') ||
      (open.mark === '„' && token.folded === '”');
    // '"... as ‘suspected attacks, ‘may have violated...’ and so on," he said': an inner quotation
    // a stray apostrophe left open does not hide the close of the one around it.
    const depth = stack.findLastIndex(closesMark);
    const stray = stack.slice(depth + 1).every((open) => open.mark === '‘');
    if (depth >= 0 && stray) {
      const top = stack[depth]!;
      stack.length = depth;
      if (!stack.length && i - top.at <= MAX_QUOTE_TOKENS) out.push({ open: top.at, close: i });
      return;
    }
    // »...« opens with what usually closes; another closing mark that closes nothing is stray.
    if (REVERSED[token.folded] && !stack.length)
      stack.push({ mark: token.folded, at: i, reversed: true });
    else if (!(
      token.folded === '»' ||
      token.folded === '›' ||
      token.folded === '”' ||
      token.folded === '’'
    ))
      stack.push({ mark: token.folded, at: i });
  });
  return out;
}

export function quoteAt(quotes: readonly Quote[], i: number): Quote | undefined {
  return quotes.find((q) => i > q.open && i < q.close);
}

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '”', '"', '›', ')', '“', '’']);

/** Splits a paragraph into sentences: a full stop followed by a capital, outside quotations and abbreviations. */
export function splitSentences(
  toks: readonly Token[],
  quotes: readonly Quote[],
  abbreviations: ReadonlySet<string>,
): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const token = toks[i]!;
    // “... old.” Raids: a quotation that ends its sentence.
    const closing = quotes.some((q) => q.close === i) && ENDS.has(toks[i - 1]?.folded ?? '');
    if (closing && toks[i + 1]?.cap) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      continue;
    }
    if (!ENDS.has(token.folded) || quoteAt(quotes, i)) continue;
    const prev = toks[i - 1];
    if (
      token.folded === '.' &&
      prev &&
      prev.kind === 'word' &&
      (abbreviations.has(prev.folded) || (prev.folded.length === 1 && prev.cap))
    )
      continue;
    // "am 29. November": a German ordinal day before its month does not end the sentence.
    if (
      token.folded === '.' &&
      prev?.kind === 'num' &&
      prev.folded.length <= 2 &&
      monthOf(toks[i + 1]?.folded ?? '')
    )
      continue;
    let end = i + 1;
    while (
      end < toks.length &&
      CLOSERS.has(toks[end]!.folded) &&
      !quotes.some((q) => q.open === end)
    )
      end++;
    const next = toks[end];
    if (next && !(next.cap || next.kind === 'quote' || next.kind === 'num')) continue;
    out.push({ start, end });
    start = end;
  }
  if (start < toks.length) out.push({ start, end: toks.length });
  return out;
}
