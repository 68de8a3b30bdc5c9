// What a denier denies doing, and the charges it lays against the accusers in turn. A rejection
// need not name the report: "denied responsibility for the strikes", "has no such weapons at its
// base", "never targeted civilian objects" deny the story's acts; "questioned the veracity of its
// photos" and "accused Amnesty of dealing only with Russian strikes" deny by discrediting.
import type { Lexicon, Match } from './lexicon';
import { isClauseMark, skipFillers, type SentenceView } from './sentence';

/** Most tokens after a verb where its object's head noun is looked for. */
const OBJECT_REACH = 6;
/** Most tokens of what a counter-charge charges the accusers with. */
const CHARGE_REACH = 14;
/** Generic references that stand for the accusers: "the NGO", "the group", "the report". */
const ACCUSERS = new Set(['ngo', 'organisation', 'group', 'report', 'monitor']);

function civiliansIn(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (v.lang.heads.matchAt(v.toks, k, to)?.data === 'civilians') return true;
  return false;
}

/** "responsibility" alone, or for something of the story: the strikes, the deaths, civilians.
 *  ("denied responsibility for the downing of the airliner" is another event.) */
function blameOnStory(v: SentenceView, from: number, to: number): boolean {
  const { toks, lang: L, story } = v;
  let k = from;
  while (k < to && toks[k]!.k === 'punct') k++;
  return (
    k >= to ||
    story.topic.findIn(toks, from, to) !== null ||
    L.deathCues.findIn(toks, from, to) !== null ||
    civiliansIn(v, from, to)
  );
}

/** Whether tokens [from, to) name an act of the story that a denier denies: civilian targets,
 *  the weapons the report names, responsibility for the strikes. */
export function namesAct(v: SentenceView, from: number, to: number): boolean {
  const { toks, lang: L } = v;
  if (L.civilianTargets.findIn(toks, from, to) || L.referredWeapons.findIn(toks, from, to))
    return true;
  const blame = L.responsibility.findIn(toks, from, to);
  return blame !== null && blameOnStory(v, blame.end, to);
}

/** Where a verb's object is read: inside a separable verb ("stellte ... in Frage"), else the
 *  tokens after it up to a clause mark. */
function objectOf(v: SentenceView, verb: Match<true>, reach: number): [number, number] {
  if (verb.gap) return verb.gap;
  const from = skipFillers(v, verb.end);
  let to = from;
  while (to < Math.min(v.end, from + reach) && !isClauseMark(v.toks[to])) to++;
  return [from, to];
}

const within = (v: SentenceView, lex: Lexicon, [a, b]: [number, number]): boolean =>
  lex.findIn(v.toks, a, b) !== null;

/** Whether tokens [from, to) name the accusers: a source other than a denier, or "the NGO". */
function namesAccuser(v: SentenceView, from: number, to: number): boolean {
  const { toks, lang: L, story } = v;
  for (let k = from; k < to; k++) {
    const name = story.names.matchAt(toks, k, to);
    if (name && !story.deniers.has(name.data)) return true;
    const generic = L.generic.matchAt(toks, k, to);
    if (generic && ACCUSERS.has(generic.data)) return true;
  }
  return false;
}

/** "accused Amnesty of dealing only with Russian strikes", "warf Amnesty vor, sich nur ... zu
 *  befassen": the accusers are charged with something restricted, negated or dismissive. Returns
 *  where what they are charged with ends, or -1. */
function chargeEnd(v: SentenceView, verb: Match<true>): number {
  const { toks, lang: L } = v;
  const who = verb.gap ?? [verb.end, Math.min(v.end, skipFillers(v, verb.end) + 4)];
  if (!namesAccuser(v, who[0], who[1])) return -1;
  let from = verb.gap ? verb.end : who[0];
  if (toks[from]?.f === ',') from++;
  let to = from;
  while (
    to < Math.min(v.end, from + CHARGE_REACH) &&
    !isClauseMark(toks[to]) &&
    toks[to]!.f !== '.'
  )
    to++;
  const what: [number, number] = [from, to];
  const charged =
    within(v, L.restrictives, what) ||
    within(v, L.negations, what) ||
    within(v, L.dismissive, what);
  return charged ? to : -1;
}

/**
 * A verb at `i` that denies by what it takes: a disowning verb with responsibility for the story
 * ("declined all responsibility for the strikes"), a doubt cast on evidence ("questioned the
 * authenticity of the photos"), a charge against the accusers. Its object is checked here; who
 * speaks is the caller's to check. Null otherwise, and for a passive ("accused by Amnesty of").
 * A separable charge verb's match runs to the end of the charge that follows its particle.
 */
export function deniedActVerb(v: SentenceView, i: number): Match<true> | null {
  const { toks, lang: L } = v;
  const passive = (m: Match<true>) => !m.gap && L.passiveBy.has(toks[skipFillers(v, m.end)]);
  const disown = L.disownVerbs.matchAt(toks, i, v.end);
  if (disown && !passive(disown)) {
    const [a, b] = objectOf(v, disown, CHARGE_REACH);
    const blame = L.responsibility.findIn(toks, a, Math.min(b, a + OBJECT_REACH));
    if (blame && blameOnStory(v, blame.end, b)) return disown;
  }
  const doubt = L.doubtVerbs.matchAt(toks, i, v.end);
  if (doubt && !passive(doubt)) {
    const object = objectOf(v, doubt, OBJECT_REACH);
    if (within(v, L.doubtedEvidence, object) || within(v, L.denialTargets, object)) return doubt;
  }
  const charge = L.chargeVerbs.matchAt(toks, i, v.end);
  const end = charge && !passive(charge) ? chargeEnd(v, charge) : -1;
  // "warf Amnesty vor, ... zu urteilen": the charge follows the particle and is part of the claim.
  if (charge && end >= 0) return charge.gap ? { ...charge, end } : charge;
  return null;
}
