// "Amnesty examined 25 attacks. [...] Five of the attacks killed 119 civilians": once an accuser
// says it investigated, a later sentence that picks some of the attacks it examined ("five of
// the attacks", "a sixth strike", "one of them") narrates its findings, and a count it gives with
// no source of its own is the accuser's, even in the next paragraph. The passage ends when the
// article names another source, turns to another matter or gives a whole-war toll.
import { isClauseMark, skipFillers, type Mention, type SentenceView } from './sentence';

/** Most tokens between the accuser and its verb of investigating, within its clause ("dit avoir
 *  examiné", "hat nach eigenen Angaben 25 Angriffe dokumentiert"). */
const VERB_REACH = 8;
/** How far into the sentence the picked attacks may stand ("Bei fünf der Angriffe"). */
const SUBJECT_REACH = 6;
/** Words allowed between a link and the attacks it picks from ("of the six attacks"). */
const NOUN_REACH = 2;

const isAccuser = (sentence: SentenceView, m: Mention): boolean =>
  !m.inQuote &&
  !m.relayed &&
  m.source !== 'unknown' &&
  !sentence.story.deniers.has(m.source) &&
  (m.generic === 'report' || !!sentence.story.rules.sources[m.source]?.refersAs.includes('ngo'));

/** The accuser the sentence says investigated ("The group examined 25 attacks"), if any. */
export function opensInquiry(
  sentence: SentenceView,
  mentions: readonly Mention[],
): string | undefined {
  const { toks, lang } = sentence;
  for (const mention of mentions) {
    if (!isAccuser(sentence, mention)) continue;
    const from = skipFillers(sentence, mention.end);
    for (let k = from; k < Math.min(sentence.end, from + VERB_REACH); k++) {
      if (isClauseMark(toks[k])) break;
      if (lang.inquiryVerbs.matchAt(toks, k, sentence.end)) return mention.source;
    }
  }
  return undefined;
}

/** Attacks named right after a link ("of the attacks", "der untersuchten Angriffe"). */
function attacksAfter(sentence: SentenceView, at: number): boolean {
  const { toks, lang } = sentence;
  for (let k = at; k <= Math.min(sentence.end - 1, at + NOUN_REACH); k++)
    if (
      lang.attackNouns.matchAt(toks, k, sentence.end) ||
      lang.incidentMarks.matchAt(toks, k, sentence.end)
    )
      return true;
  return false;
}

/** Whether the sentence opens by picking some of a set of attacks: "Five of the attacks", "Bei
 *  fünf davon", "Several of them", "A sixth strike", "Une sixième a touché". */
export function picksAttacks(sentence: SentenceView): boolean {
  const { toks, lang } = sentence;
  const limit = Math.min(sentence.end, sentence.start + SUBJECT_REACH);
  for (let k = sentence.start; k < limit; k++) {
    const token = toks[k]!;
    const ordinal = lang.ordinalPicks.matchAt(toks, k, sentence.end);
    // "Une sixième a touché un hôpital": the ordinal stands for an attack when a verb follows.
    if (
      ordinal &&
      (attacksAfter(sentence, ordinal.end) || skipFillers(sentence, ordinal.end) > ordinal.end)
    )
      return true;
    const quantity =
      token.kind === 'num'
        ? k + 1
        : (lang.numbers.read(toks, k, sentence.end)?.end ??
          lang.subsetHeads.matchAt(toks, k, sentence.end)?.end);
    if (quantity === undefined) continue;
    const partitive = lang.partitives.matchAt(toks, quantity, sentence.end);
    if (partitive) return true;
    const link = lang.subsetLinks.matchAt(toks, quantity, sentence.end);
    if (link && attacksAfter(sentence, link.end)) return true;
  }
  return false;
}

/** Whether the sentence leaves the accuser's investigation: another source named, an attack of
 *  another kind, or a turn to another matter ("separately", "par ailleurs"). */
export function leavesInquiry(
  sentence: SentenceView,
  mentions: readonly Mention[],
  accuser: string,
): boolean {
  const { toks, lang, story } = sentence;
  return (
    mentions.some((m) => !m.inQuote && m.source !== accuser) ||
    story.otherEvents.findIn(toks, sentence.start, sentence.end) !== null ||
    lang.topicShifts.findIn(toks, sentence.start, sentence.end) !== null
  );
}
