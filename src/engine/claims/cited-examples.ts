// "The report uses expressions such as « alleged Russian strikes » or « possible violations »":
// a denier quoting the report's own hedging words as examples. The quoted words are the report's,
// not a denial; the complaint around them may be one.
import { findQuotes, type Quote } from './segment';
import type { SentenceView } from './sentence';

/** Tokens between a wording noun and its example marker ("expressions [used] such as"). */
const NOUN_REACH = 3;

function introducedAsExample(sentence: SentenceView, open: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const marker = lexicons.exampleMarkers.matchEndingAt(toks, open, sentence.start, 4);
  if (!marker) return false;
  for (let k = marker.start - 1; k >= Math.max(sentence.start, marker.start - NOUN_REACH); k--)
    if (lexicons.wordingNouns.has(toks[k])) return true;
  return false;
}

/** Whether quotation `q` is an example of wording, or joined to one ("« X » ou « Y »"). */
export function isCitedExample(sentence: SentenceView, quote: Quote): boolean {
  const { toks, lang: lexicons } = sentence;
  let open = quote.open;
  for (let guard = 0; guard < 6; guard++) {
    if (introducedAsExample(sentence, open)) return true;
    // Walk back over a link (",", "or", "and") to the quotation before.
    let k = open - 1;
    while (k > sentence.start && (toks[k]!.folded === ',' || lexicons.coordinators.has(toks[k])))
      k--;
    if (k === open - 1) return false;
    const before = sentence.quotes.find((x) => x.close === k);
    if (!before) return false;
    open = before.open;
  }
  return false;
}

/** The parts of [from, to) outside the examples quoted within it: « Le texte parle de "frappes
 *  présumées" » quotes the report's words inside the denier's, and only the rest is the denier's. */
export function outsideCitedExamples(
  sentence: SentenceView,
  from: number,
  to: number,
): [number, number][] {
  const { toks, lang: lexicons } = sentence;
  const parts: [number, number][] = [];
  let start = from;
  let previous: Quote | null = null;
  for (const inner of findQuotes(toks.slice(from, to))) {
    const quote = { open: inner.open + from, close: inner.close + from };
    let joined = previous !== null;
    for (let k = (previous?.close ?? 0) + 1; joined && k < quote.open; k++)
      joined = toks[k]!.folded === ',' || lexicons.coordinators.has(toks[k]);
    if (introducedAsExample(sentence, quote.open) || joined) {
      parts.push([start, quote.open]);
      start = quote.close + 1;
      previous = quote;
    } else previous = null;
  }
  parts.push([start, to]);
  return parts.filter(([a, b]) => b > a);
}

/** Where the denier's own words that `dismiss` start in [from, to), when the report's wording
 *  quoted as examples comes before them: « des formules comme ‘frappes présumées’ ou ‘violations
 *  possibles’ sans la moindre preuve » claims « sans la moindre preuve ». `from` otherwise. */
export function afterCitedExamples(
  sentence: SentenceView,
  from: number,
  to: number,
  dismisses: (from: number, to: number) => boolean,
): number {
  const own = outsideCitedExamples(sentence, from, to);
  const first = own.findIndex(([a, b]) => dismisses(a, b));
  return first > 0 ? own[first]![0] : from;
}
