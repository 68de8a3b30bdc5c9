// "Russland hat die Anschuldigungen der Organisation zu getöteten Zivilisten bei Luftangriffen in
// der Provinz Idlib entschieden zurückgewiesen": a verb bracket may hold a long object between its
// auxiliary and its participle. The claim is then the whole bracket from its auxiliary: the
// rejection and what it rejects, as readers of real coverage mark it (every such bracket in the
// real development sets is labelled whole), not the participle and its adverbs alone. A short
// object stays part of the claim with its subject ("Moskau hat die Vorwürfe entschieden
// zurückgewiesen").
import { wordsIn, type SentenceView } from './sentence';

/** Most words of an object the claim keeps between the auxiliary and the rejection. */
const SHORT_OBJECT = 6;
/** Most words of a phrase read backwards from the participle. */
const PHRASE_WORDS = 4;

/** Where the adverbs and the label before the verb at `verb` start, not before `from`. */
function rejectionStart(sentence: SentenceView, from: number, verb: number): number {
  const { toks, lang: lexicons } = sentence;
  let j = verb;
  for (let guard = 0; guard < 8 && j > from; guard++) {
    const adverb =
      lexicons.verbFillers.matchEndingAt(toks, j, from, PHRASE_WORDS) ??
      lexicons.denialAdverbs.matchEndingAt(toks, j, from, PHRASE_WORDS);
    if (adverb) {
      j = adverb.start;
      continue;
    }
    // "als haltlos", "als Propaganda": a dismissive label after its "as".
    const label = lexicons.dismissive.matchEndingAt(toks, j, from, PHRASE_WORDS);
    if (label && label.start > from && lexicons.asMarkers.has(toks[label.start - 1])) {
      j = label.start - 1;
      continue;
    }
    break;
  }
  return j;
}

/** Where the claim of a denial verb at `verb` closing a bracket opened by the auxiliary `aux`
 *  starts when the object between them is long (at the auxiliary); null when it is short. */
export function longBracketStart(
  sentence: SentenceView,
  aux: { start: number; end: number },
  verb: number,
): number | null {
  // The verb closes the bracket: nothing of its clause follows ("continua a negare ogni addebito"
  // has its object after the verb).
  const next = sentence.toks[verb + 1];
  if (next && verb + 1 < sentence.end && next.kind !== 'punct') return null;
  const start = rejectionStart(sentence, aux.end, verb);
  return wordsIn(sentence, aux.end, start) <= SHORT_OBJECT ? null : aux.start;
}
