// What a denier denies doing, and the charges it lays against the accusers in turn. A rejection
// need not name the report: "denied responsibility for the strikes", "has no such weapons at its
// base", "never targeted civilian objects" deny the story's acts; "questioned the veracity of its
// photos" and "accused Amnesty of dealing only with Russian strikes" deny by discrediting.
import type { Lexicon, Match } from './lexicon';
import { isClauseMark, mentionsCivilians, skipFillers, type SentenceView } from './sentence';

/** Most tokens after a verb where its object's head noun is looked for. */
const OBJECT_REACH = 6;
/** Most tokens of what a counter-charge charges the accusers with. */
const CHARGE_REACH = 14;
/** Generic references that stand for the accusers: "the NGO", "the group", "the report". */
const ACCUSERS = new Set(['ngo', 'organisation', 'group', 'report', 'monitor']);

/** "responsibility" alone, or for something of the story: the strikes, the deaths, civilians.
 *  ("denied responsibility for the downing of the airliner" is another event.) */
function blameOnStory(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  let k = from;
  while (k < to && toks[k]!.kind === 'punct') k++;
  return (
    k >= to ||
    story.topic.findIn(toks, from, to) !== null ||
    lexicons.deathCues.findIn(toks, from, to) !== null ||
    mentionsCivilians(sentence, from, to)
  );
}

/** Whether tokens [from, to) name an act of the story that a denier denies: civilian targets,
 *  the weapons the report names, responsibility for the strikes. */
export function namesAct(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  if (
    lexicons.civilianTargets.findIn(toks, from, to) ||
    lexicons.referredWeapons.findIn(toks, from, to)
  )
    return true;
  const blame = lexicons.responsibility.findIn(toks, from, to);
  return blame !== null && blameOnStory(sentence, blame.end, to);
}

/** Where a verb's object is read: inside a separable verb ("stellte ... in Frage"), else the
 *  tokens after it up to a clause mark. */
function objectOf(sentence: SentenceView, verb: Match<true>, reach: number): [number, number] {
  if (verb.gap) return verb.gap;
  const from = skipFillers(sentence, verb.end);
  let to = from;
  while (to < Math.min(sentence.end, from + reach) && !isClauseMark(sentence.toks[to])) to++;
  return [from, to];
}

const within = (sentence: SentenceView, lex: Lexicon, [from, to]: [number, number]): boolean =>
  lex.findIn(sentence.toks, from, to) !== null;

/** Whether tokens [from, to) name the accusers: a source other than a denier, or "the NGO". */
function namesAccuser(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  for (let k = from; k < to; k++) {
    const name = story.names.matchAt(toks, k, to);
    if (name && !story.deniers.has(name.data)) return true;
    const generic = lexicons.generic.matchAt(toks, k, to);
    if (generic && ACCUSERS.has(generic.data)) return true;
  }
  return false;
}

/** "accused Amnesty of dealing only with Russian strikes", "warf Amnesty vor, sich nur ... zu
 *  befassen": the accusers are charged with something restricted, negated or dismissive. Returns
 *  where what they are charged with ends, or -1. */
function chargeEnd(sentence: SentenceView, verb: Match<true>): number {
  const { toks, lang: lexicons } = sentence;
  const who = verb.gap ?? [verb.end, Math.min(sentence.end, skipFillers(sentence, verb.end) + 4)];
  if (!namesAccuser(sentence, who[0], who[1])) return -1;
  // "warf Amnesty Voreingenommenheit vor": the charge sits in the gap, after the accused, and the
  // claim ends at the particle.
  if (verb.gap && within(sentence, lexicons.dismissive, verb.gap)) return verb.end;
  let from = verb.gap ? verb.end : who[0];
  if (toks[from]?.folded === ',') from++;
  let to = from;
  while (
    to < Math.min(sentence.end, from + CHARGE_REACH) &&
    !isClauseMark(toks[to]) &&
    toks[to]!.folded !== '.'
  )
    to++;
  const what: [number, number] = [from, to];
  const charged =
    within(sentence, lexicons.restrictives, what) ||
    within(sentence, lexicons.negations, what) ||
    within(sentence, lexicons.dismissive, what);
  return charged ? to : -1;
}

/** "zweifelt an dem Bericht": a separable verb whose particle follows at once has no gap, its
 *  object comes after the particle. */
function joined(match: Match<true> | null): Match<true> | null {
  if (!match?.gap || match.gap[1] > match.gap[0]) return match;
  return { start: match.start, end: match.end, data: match.data };
}

/**
 * A verb at `i` that denies by what it takes: a disowning verb with responsibility for the story
 * ("declined all responsibility for the strikes"), a doubt cast on evidence ("questioned the
 * authenticity of the photos"), a charge against the accusers. Its object is checked here; who
 * speaks is the caller's to check. Null otherwise, and for a passive ("accused by Amnesty of").
 * A separable charge verb's match runs to the end of the charge that follows its particle.
 */
export function deniedActVerb(sentence: SentenceView, i: number): Match<true> | null {
  const { toks, lang: lexicons } = sentence;
  const passive = (match: Match<true>) =>
    !match.gap && lexicons.passiveBy.has(toks[skipFillers(sentence, match.end)]);
  const disown = lexicons.disownVerbs.matchAt(toks, i, sentence.end);
  if (disown && !passive(disown)) {
    const [from, to] = objectOf(sentence, disown, CHARGE_REACH);
    const blame = lexicons.responsibility.findIn(toks, from, Math.min(to, from + OBJECT_REACH));
    if (blame && blameOnStory(sentence, blame.end, to)) return disown;
  }
  const doubt = joined(lexicons.doubtVerbs.matchAt(toks, i, sentence.end));
  if (doubt && !passive(doubt)) {
    const object = objectOf(sentence, doubt, OBJECT_REACH);
    if (
      within(sentence, lexicons.doubtedEvidence, object) ||
      within(sentence, lexicons.denialTargets, object)
    )
      return doubt;
  }
  const charge = lexicons.chargeVerbs.matchAt(toks, i, sentence.end);
  const end = charge && !passive(charge) ? chargeEnd(sentence, charge) : -1;
  // "warf Amnesty vor, ... zu urteilen": the charge follows the particle and is part of the claim.
  if (charge && end >= 0) return charge.gap ? { ...charge, end } : charge;
  return null;
}
