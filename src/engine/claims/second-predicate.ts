// Where a reported clause ends at a second predicate coordinated with it: "claims it strikes only
// terrorists and has not acknowledged any civilian death" holds two claims, each with its own span.
import { skipFillers, type SentenceView } from './sentence';

/** Whether the coordinator at `k` opens a second predicate: a verb of saying, denying or
 *  confirming after it, past auxiliaries, adverbs and a negation ("and has not acknowledged"). */
export function opensSecondPredicate(sentence: SentenceView, k: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const conj = lexicons.coordinators.matchAt(toks, k, sentence.end);
  if (!conj) return false;
  let next = skipFillers(sentence, conj.end);
  while (lexicons.negations.has(toks[next])) next = skipFillers(sentence, next + 1);
  const verbs = [
    lexicons.speech,
    lexicons.assertVerbs,
    lexicons.denialVerbs,
    lexicons.weakDenialVerbs,
    lexicons.acknowledgeVerbs,
    lexicons.disownVerbs,
    lexicons.demandVerbs,
  ];
  return verbs.some((lex) => lex.matchAt(toks, next, sentence.end) !== null);
}
