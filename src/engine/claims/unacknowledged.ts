// Non-confirmation as a denial: "Moscow does not confirm these reports", "n'a jamais reconnu la
// mort de civils", "Moskau bestätigte die Angaben nicht". A denier that will not confirm or own up
// to the charge rejects it; one that stays silent ("declined to comment") does not, and a verb of
// confirming with anything else as object ("has not confirmed the talks") says nothing of the story.
import type { Match } from './lexicon';
import { namesAct } from './denied-acts';
import { isClauseMark, mentionsCivilians, type SentenceView } from './sentence';

/** Most tokens before the verb where its negation is looked for ("has still not confirmed"). */
const NEGATION_REACH = 3;
/** Most tokens of the object read after the verb. */
const OBJECT_REACH = 10;

const isNegation = (sentence: SentenceView, k: number): boolean =>
  k >= sentence.start && k < sentence.end && sentence.lang.negations.has(sentence.toks[k]);

/** Tokens after the verb up to the clause's punctuation, within reach. */
function after(sentence: SentenceView, from: number): [number, number] {
  let to = from;
  while (
    to < Math.min(sentence.end, from + OBJECT_REACH) &&
    !isClauseMark(sentence.toks[to]) &&
    sentence.toks[to]!.folded !== '.'
  )
    to++;
  return [from, to];
}

/** Tokens from the clause's start up to the verb: a verb-final clause's object stands before it
 *  ("hat den Tod von Zivilisten nie eingeräumt"). */
function before(sentence: SentenceView, verb: number): [number, number] {
  let from = verb;
  while (from > sentence.start && !isClauseMark(sentence.toks[from - 1])) from--;
  return [from, verb];
}

/** Whether [from, to) names the charge: the accusations, civilians, the story's acts or topics. */
function namesCharge(sentence: SentenceView, [from, to]: [number, number]): boolean {
  const { toks, lang: lexicons, story } = sentence;
  return (
    lexicons.denialTargets.findIn(toks, from, to) !== null ||
    mentionsCivilians(sentence, from, to) ||
    namesAct(sentence, from, to) ||
    story.denialTopics.some((t) => t.cues.findIn(toks, from, to))
  );
}

/**
 * A negated verb of confirming at `i` whose object is the charge: negated right before it ("does
 * not confirm", "n'a jamais reconnu"), inside a separable verb ("räumte ... nicht ein"), at the
 * end of its object where the verb comes second ("bestätigte die Angaben nicht"), or by a
 * negative object ("admitted no civilian deaths"). Null otherwise.
 */
export function unacknowledgedVerb(sentence: SentenceView, i: number): Match<true> | null {
  const { toks, lang: lexicons } = sentence;
  const verb = lexicons.acknowledgeVerbs.matchAt(toks, i, sentence.end);
  if (!verb) return null;
  const object = verb.gap ?? after(sentence, verb.end);
  let negated = false;
  for (let k = i - NEGATION_REACH; k < i; k++) negated ||= isNegation(sentence, k);
  if (verb.gap) for (let k = verb.gap[0]; k < verb.gap[1]; k++) negated ||= isNegation(sentence, k);
  negated ||= isNegation(sentence, object[0]) || isNegation(sentence, object[1] - 1);
  if (!negated) return null;
  const named =
    namesCharge(sentence, object) ||
    (object[1] <= object[0] + 1 && namesCharge(sentence, before(sentence, i)));
  return named ? verb : null;
}

/**
 * Where the claim of a negated verb of confirming at `i` starts when it is coordinated with what
 * comes before it or its subject is not part of it (`start` is then `i`): at its auxiliaries and
 * negation ("... and has not acknowledged"), or after the coordinator of a verb-final clause whose
 * object stands before the verb ("..., und hat zivile Opfer nie eingeräumt").
 */
export function unacknowledgedStart(sentence: SentenceView, i: number, start: number): number {
  const { toks, lang: lexicons } = sentence;
  const from = negatedFrom(sentence, i);
  if (lexicons.coordinators.matchEndingAt(toks, from, sentence.start, 2)) return from;
  if (start !== i) return start;
  const verb = lexicons.acknowledgeVerbs.matchAt(toks, i, sentence.end);
  const [objFrom, objTo] = after(sentence, verb?.end ?? i + 1);
  if (verb?.gap || objTo > objFrom) return from;
  const [clause] = before(sentence, i);
  for (let k = from - 1; k >= clause; k--) {
    const conj = lexicons.coordinators.matchAt(toks, k, from);
    if (conj) return conj.end;
  }
  return clause;
}

/** Where the negated phrase of the verb at `i` starts: its auxiliaries and negation ("has not"). */
function negatedFrom(sentence: SentenceView, i: number): number {
  const { toks, lang: lexicons } = sentence;
  let k = i;
  for (;;) {
    if (k > sentence.start && lexicons.negations.has(toks[k - 1])) k--;
    else {
      const filler = lexicons.verbFillers.matchEndingAt(toks, k, sentence.start, 3);
      if (!filler) return k;
      k = filler.start;
    }
  }
}
