// "Según el informe, las autoridades rusas negaron las muertes", "Amnesty said Russia denied or kept
// silent": the accuser telling what Russia denied is the accuser's claim about Russia, not a denial
// by Russia. It is the accuser's words when the accuser (the NGO, its report) is named as who says
// them before the denial, by an attribution ("according to") or a verb of saying.
import {
  backOverDeterminers,
  isClauseMark,
  opensSubordinate,
  skipFillers,
  type Mention,
  type SentenceView,
} from './sentence';

/** Most tokens between an accuser's verb of saying and the clause it reports. */
const SAYING_REACH = 4;

function isAccuser(sentence: SentenceView, mention: Mention): boolean {
  if (mention.inQuote || sentence.story.deniers.has(mention.source)) return false;
  return (
    mention.generic === 'report' ||
    !!sentence.story.rules.sources[mention.source]?.refersAs.includes('ngo')
  );
}

/** Whether only the clause the accuser's words open lies in [from, to): a comma may follow the
 *  attribution ("Según el informe, las autoridades negaron"); any later mark starts someone else's
 *  clause ("selon Amnesty ; Moscou dément", "according to Amnesty 200 died, which Moscow denies"). */
function oneClause(sentence: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = sentence.toks[k]!;
    if (isClauseMark(token) && !(k === from && token.folded === ',')) return false;
    if (opensSubordinate(sentence, k, to)) return false;
  }
  return true;
}

/** Whether the denial [start, end) is told by the story's accuser. A denial of the report or the
 *  accusations is Russia's answer even when the accuser relays it ("Amnesty said Moscow rejected
 *  its findings"): only what Russia denied before the report can be the accuser's account. */
export function toldByAccuser(
  sentence: SentenceView,
  mentions: readonly Mention[],
  start: number,
  end: number,
): boolean {
  const { toks, lang: lexicons } = sentence;
  if (lexicons.denialTargets.findIn(toks, start, end)) return false;
  for (const mention of mentions) {
    if (mention.end > start || !isAccuser(sentence, mention)) continue;
    // "Según el informe, ...": an attribution that opens the clause.
    const first = backOverDeterminers(sentence, mention.start);
    const according = lexicons.attributionBefore.matchEndingAt(toks, first, sentence.start, 4);
    const opens =
      according && (according.start === sentence.start || isClauseMark(toks[according.start - 1]));
    if (opens && oneClause(sentence, mention.end, start)) return true;
    // "The report says the government denied": the accuser's verb of saying, right after it (not
    // "Rusia rechaza el informe y dice que...", where the verb is Russia's).
    const verb = skipFillers(sentence, mention.end, start);
    const said = lexicons.speech.matchAt(toks, verb, start);
    if (said && start - said.end <= SAYING_REACH && oneClause(sentence, said.end, start))
      return true;
  }
  return false;
}

/** Most tokens between the accuser and its verb of saying (auxiliaries, adverbs). */
const VERB_REACH = 3;
/** Marks that end what an accuser's verb reports ("Amnesty says ...; Moscow dismisses report"). */
const REPORT_ENDS = new Set([';', ':', '—', '–', '.', '!', '?']);

/** Most words of an officer's title after a possessive ("'s regional director"). */
const OFFICER_WORDS = 3;

/** "Amnesty's regional director said": where the title of the accuser's officer ends, who speaks
 *  for it; `from` itself when no possessive follows the accuser. */
function officerEnd(sentence: SentenceView, from: number, at: number): number {
  const { toks, lang: lexicons } = sentence;
  if (toks[from]?.folded !== "'s") return from;
  for (let k = from + 1; k < Math.min(at, from + 1 + OFFICER_WORDS); k++) {
    if (toks[k]!.kind !== 'word') return from;
    if (lexicons.speech.matchAt(toks, k, at) ?? lexicons.assertVerbs.matchAt(toks, k, at)) return k;
  }
  return from;
}

/** Whether the token at `at` stands in a clause reported by a source that is not a denier: "Amnesty
 *  said Moscow had denied or ignored every earlier account", "Amnistía recuerda que Moscú ha negado"
 *  report a habit in the accusers' words (checked on the subject of a verb of rejection). */
export function inAccusersWords(
  sentence: SentenceView,
  mentions: readonly Mention[],
  at: number,
): boolean {
  const { toks, lang: lexicons, story } = sentence;
  return mentions.some((mention) => {
    if (mention.inQuote || mention.end > at || story.deniers.has(mention.source)) return false;
    const speaker = officerEnd(sentence, mention.end, at);
    const verbAt = skipFillers(sentence, speaker, at);
    if (verbAt - speaker > VERB_REACH) return false;
    for (let k = verbAt; k < at; k++)
      if (REPORT_ENDS.has(toks[k]!.folded) || opensSubordinate(sentence, k, at)) return false;
    const said =
      lexicons.speech.matchAt(toks, verbAt, at) ?? lexicons.assertVerbs.matchAt(toks, verbAt, at);
    // "Amnistía recuerda que ...": a verb that opens a "que" clause reports it ("the report that
    // blames..." is a noun with its relative clause).
    const opensReport =
      lexicons.complementisers.has(toks[verbAt + 1]) &&
      !lexicons.denialTargets.matchAt(toks, verbAt, at);
    return said !== null || opensReport;
  });
}
