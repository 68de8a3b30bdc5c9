// Where a reported clause or a denial's object ends at a second predicate coordinated with it:
// "claims it strikes only terrorists and has not acknowledged any civilian death", "había tachado
// de falsas las denuncias y sigue negando que..." hold two claims, each with its own span.
import { skipFillers, skipFillersBack, type SentenceView } from './sentence';

/** Index past auxiliaries, adverbs, negations and verbs of going on from `i` ("has not", "keeps",
 *  "sigue", "continua a"): where the predicate's own verb stands. */
function pastAuxiliaries(sentence: SentenceView, i: number): number {
  const { toks, lang: lexicons } = sentence;
  let next = skipFillers(sentence, i);
  for (let guard = 0; guard < 4; guard++) {
    const more =
      lexicons.continuatives.matchAt(toks, next, sentence.end)?.end ??
      (lexicons.negations.has(toks[next]) || lexicons.objectPronouns.has(toks[next])
        ? next + 1
        : next);
    if (more === next) break;
    next = skipFillers(sentence, more);
  }
  return next;
}

/** Whether the coordinator at `k` opens a second predicate: a verb of saying, denying, confirming
 *  or charging after it, past auxiliaries, a negation or a verb of going on ("and keeps denying"). */
export function opensSecondPredicate(sentence: SentenceView, k: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const conj = lexicons.coordinators.matchAt(toks, k, sentence.end);
  if (!conj) return false;
  const next = pastAuxiliaries(sentence, conj.end);
  const verbs = [
    lexicons.speech,
    lexicons.assertVerbs,
    lexicons.denialVerbs,
    lexicons.demandVerbs,
    lexicons.weakDenialVerbs,
    lexicons.acknowledgeVerbs,
    lexicons.disownVerbs,
    lexicons.doubtVerbs,
    lexicons.chargeVerbs,
  ];
  return verbs.some((lex) => lex.matchAt(toks, next, sentence.end) !== null);
}

/** Where a verb of going on right before the verb at `i` starts ("sigue negando" gives "sigue"),
 *  or `i`: it is part of the claim. */
export function goingOnStart(sentence: SentenceView, i: number): number {
  const at = skipFillersBack(sentence, i);
  return (
    sentence.lang.continuatives.matchEndingAt(sentence.toks, at, sentence.start, 3)?.start ?? i
  );
}

/** Where the predicate of the verb at `i` starts, back over auxiliaries and a verb of going on
 *  ("y sigue negando" gives "sigue"): a coordinator right before it joins it to a first one. */
export function predicateStart(sentence: SentenceView, i: number): number {
  const going = goingOnStart(sentence, i);
  return going < i ? skipFillersBack(sentence, going) : skipFillersBack(sentence, i);
}
