// A denier saying flatly that it did not do what it is accused of: "Russia has never bombed
// civilian sites", "Rusia no utiliza bombas de racimo", "Russland hat keine Zivilisten
// angegriffen". No verb of denial: the negation ("not", "never", "no" in the object) on a verb of
// the accused act, with the denier as the clause's subject, is the denial.
import { namesAct } from './denied-acts';
import { isClauseMark, mentionsCivilians, type Mention, type SentenceView } from './sentence';

/** Most tokens between the subject and the negation ("hat seit Beginn des Einsatzes niemals"). */
const NEGATION_REACH = 10;
/** Most tokens between the negation and the act's verb ("n'a jamais frappé", "non ha mai colpito"). */
const VERB_REACH = 3;
/** Most tokens between the subject and the negation for the claim to start at the subject. */
const SUBJECT_REACH = 4;
/** Most tokens of a condition ("if Russia had bombed civilian sites in Syria"). */
const CONDITION_REACH = 16;
/** Most tokens between the condition's comma and the verb of what would follow it. */
const RESULT_REACH = 8;

/** Whether tokens [from, to) name what the story's act hit or used: civilians, civilian places,
 *  the weapons the report names. */
function namesTarget(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  return (
    namesAct(sentence, from, to) ||
    mentionsCivilians(sentence, from, to) ||
    lexicons.struckPlaces.findIn(toks, from, to) !== null ||
    story.denialTopics.some((t) => t.cues.findIn(toks, from, to) !== null)
  );
}

/**
 * The clause [from, to) follows a denier that is its subject. Where the claim of the act denied
 * starts: at the negation when it is far from the subject, else at `subjectAt`; null when the
 * clause does not deny an act ("has not acknowledged any deaths" is left to `unacknowledged`,
 * "does not only strike terrorists" denies nothing).
 */
export function deniedOwnAct(
  sentence: SentenceView,
  subjectAt: number,
  from: number,
  to: number,
): number | null {
  const { toks, lang: lexicons } = sentence;
  let negation = -1;
  for (let k = from; k < Math.min(to, from + NEGATION_REACH); k++)
    if (lexicons.negations.has(toks[k])) {
      negation = k;
      break;
    }
  // "ne vise que des terroristes" restricts; "did not deny that ..." is no denial.
  if (negation < 0 || lexicons.restrictives.findIn(toks, negation, to)) return null;
  if (lexicons.denialVerbs.findIn(toks, from, to)) return null;
  // A complementiser after the negation is the restriction's "que" (the verb comes between);
  // before it, or a verb of saying ("Moscow said its pilots never..."), opens a reported
  // clause, read with its verb of saying.
  if (lexicons.complementisers.findIn(toks, from, to)) return null;
  const said = [lexicons.speech, lexicons.assertVerbs];
  if (said.some((lex) => lex.findIn(toks, from, negation))) return null;
  if (lexicons.acknowledgeVerbs.findIn(toks, from, to)) return null;
  // The act's verb right after the negation ("has never bombed"), around it ("greift keine
  // zivilen Ziele an") or closing the clause ("hat keine Zivilisten angegriffen").
  let verb = null;
  for (let k = from; k < to && !verb; k++) {
    const match = lexicons.accusedActs.matchAt(toks, k, to);
    if (!match) continue;
    const near = k > negation && k <= negation + VERB_REACH;
    const before = k < negation && match.gap !== undefined;
    if (near || before || match.end === to) verb = match;
  }
  if (!verb || !namesTarget(sentence, negation + 1, to)) return null;
  return negation - from > SUBJECT_REACH ? negation : subjectAt;
}

/**
 * "If Russia had bombed civilians, the whole world would know", "Se a Rússia tivesse bombardeado
 * civis, todo o mundo saberia", "Hätte Russland Zivilisten angegriffen, wüsste es die Welt": a past
 * unreal condition whose subject is a denier and whose act is the accused one, followed by what
 * would have followed. The whole sentence to its first cut after the result is the claim; "if the
 * strikes continue, more will die" is no unreal past.
 */
export function counterfactualDenial(
  sentence: SentenceView,
  mentions: readonly Mention[],
): { start: number; end: number; source: string } | null {
  const { toks, lang: lexicons, story } = sentence;
  let start = sentence.start;
  while (start < sentence.end && toks[start]!.kind !== 'word') start++;
  // The auxiliary may open the condition itself: "Hätte Russland ...", "Had Russia ...".
  const opener =
    lexicons.unrealIfs.matchAt(toks, start, sentence.end) ??
    lexicons.unrealPast.matchAt(toks, start);
  if (!opener) return null;
  let comma = start + 1;
  while (comma < Math.min(sentence.end, start + CONDITION_REACH) && !isClauseMark(toks[comma]))
    comma++;
  if (toks[comma]?.folded !== ',') return null;
  const subject = mentions.find(
    (m) => m.start > start && m.end <= comma && story.deniers.has(m.source),
  );
  if (!subject || !lexicons.unrealPast.findIn(toks, start, comma)) return null;
  const act = lexicons.accusedActs.findIn(toks, subject.end, comma);
  if (!act || !namesTarget(sentence, subject.end, comma)) return null;
  const result = lexicons.unrealResults.findIn(
    toks,
    comma + 1,
    Math.min(sentence.end, comma + 1 + RESULT_REACH),
  );
  if (!result) return null;
  let end = result.end;
  while (end < sentence.end && toks[end]!.kind !== 'punct' && toks[end]!.kind !== 'quote') end++;
  return { start, end, source: subject.source };
}
