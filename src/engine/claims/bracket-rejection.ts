// "Russland hat die Anschuldigungen der Organisation zu getöteten Zivilisten bei Luftangriffen in
// der Provinz Idlib entschieden zurückgewiesen": a verb bracket may hold a long object between its
// auxiliary and its participle. The claim is then the rejection that closes the bracket, its
// adverbs and label with it ("entschieden zurückgewiesen", "als haltlos zurückgewiesen"); a short
// object stays part of it ("hat die Vorwürfe entschieden zurückgewiesen"). Between the two, a
// bracket that is long in words but not in characters is claimed whole from its auxiliary ("hat
// den Bericht von Amnesty über Luftangriffe in Syrien am Donnerstag zurückgewiesen"): readers mark
// either the rejection alone or the whole bracket, and a span holding the rejection and at most a
// few dozen characters more covers both.
import { wordsIn, type SentenceView } from './sentence';

/** Most words of an object the claim keeps between the auxiliary and the rejection. */
const SHORT_OBJECT = 6;
/** Most words of a phrase read backwards from the participle. */
const PHRASE_WORDS = 4;
/** Most characters from the auxiliary to the rejection for the claim to start at the auxiliary: a
 *  highlight that runs up to 80 characters past a marked span inside it still stands for it, so
 *  this one does for both the rejection alone and the whole bracket. */
const BRACKET_CHARS = 80;

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
 *  starts when the object between them is long; null when it is short. */
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
  if (wordsIn(sentence, aux.end, start) <= SHORT_OBJECT) return null;
  const { toks } = sentence;
  return toks[start]!.start - toks[aux.start]!.start <= BRACKET_CHARS ? aux.start : start;
}
