// "The report, which says 200 civilians died, is biased", "A report by Amnesty that said ... is
// biased", "Der Bericht, der von 200 Toten spricht, sei vage": a subject may carry a relative clause
// or an aside between it and its verb. Reading back from the verb, the clause is stepped over to
// reach the noun it describes.
import { inQuote, isClauseMark, type SentenceView } from './sentence';

/** Most tokens of an aside between commas ("publié mercredi à Londres", "qui fait état de..."). */
const ASIDE_REACH = 20;

/** Whether tokens [from, to) hold a verb of saying: "the report said that", "Amnesty says". */
const says = (sentence: SentenceView, from: number, to: number): boolean =>
  sentence.lang.speech.findIn(sentence.toks, from, to) !== null ||
  sentence.lang.assertVerbs.findIn(sentence.toks, from, to) !== null;

/**
 * Where to go on reading back from a clause mark or a complementiser at `k` that may end or open a
 * clause about the subject: the token before the clause's opening (a relative word, or a comma that
 * opens an aside saying nothing), or null when `k` ends the subject's search.
 */
export function besideSubject(sentence: SentenceView, k: number): number | null {
  const { toks, lang: lexicons } = sentence;
  // "A report by Amnesty that said ...": a relative word right after what it describes (not
  // "said that", where a verb of saying stands before it; checked once the noun is found).
  if (!isClauseMark(toks[k])) return lexicons.relatives.has(toks[k]) ? k - 1 : null;
  if (toks[k]!.folded !== ',') return null;
  for (let open = k - 1; open > sentence.start && k - open <= ASIDE_REACH; open--) {
    if (inQuote(sentence, open)) continue;
    const token = toks[open]!;
    if (!isClauseMark(token)) continue;
    if (token.folded !== ',') return null;
    // ", the ministry said,", ", selon Moscou," say who speaks, not what the subject is.
    const attribution = lexicons.attributionBefore.matchAt(toks, open + 1, k);
    return attribution || says(sentence, open + 1, k) ? null : open - 1;
  }
  return null;
}

/** Whether a subject noun ending at `end` reaches a clause at `clause` with no verb of saying
 *  between ("The report says that..." is no subject of what the clause says). */
export const describes = (sentence: SentenceView, end: number, clause: number): boolean =>
  !says(sentence, end, clause);

/** Most tokens of a subject before the relative clause that describes it. */
const SUBJECT_WORDS = 6;

/**
 * Where a clause [from, to) goes on after a relative clause set off by commas right after its
 * subject: "The researchers, who spoke to witnesses by phone, cannot know ..." goes on at "cannot".
 * `from` when the clause has none.
 */
export function afterSubjectRelative(sentence: SentenceView, from: number, to: number): number {
  const { toks, lang: lexicons } = sentence;
  for (let open = from + 1; open < Math.min(to, from + SUBJECT_WORDS + 1); open++) {
    if (inQuote(sentence, open) || !isClauseMark(toks[open])) continue;
    if (toks[open]!.folded !== ',' || !lexicons.relatives.matchAt(toks, open + 1, to)) return from;
    for (let close = open + 2; close < to; close++)
      if (!inQuote(sentence, close) && isClauseMark(toks[close]))
        return toks[close]!.folded === ',' && close + 1 < to ? close + 1 : from;
    return from;
  }
  return from;
}
