// "«Falsità» ha reagito il ministero", "« Des bobards », a réagi Maria Zakharova", "“Lies,” the
// ministry's spokesman answered", "„Unsinn“, so Sacharowa": a short quoted label that opens its
// clause says little alone, and articles label it with the tag that says whose it is. The claim
// runs to the end of that tag.
import { isClauseMark, skipFillers, type Mention, type SentenceView } from './sentence';

/** Tokens after the label where the tag's verb or speaker starts (a comma, a dash, "ha"). */
const TAG_START = 2;
/** Tokens between the tag's verb and its speaker ("in serata", "mercredi"), or between a speaker
 *  named first and its verb ("Igor Konashenkov"). */
const TAG_GAP = 3;

/** End of a speaker's name with the names it runs into ("la portavoz Maria Zajárova", "el portavoz
 *  del Ministerio de Defensa ruso"): a title and its body or bearer are one name. */
function nameEnd(sentence: SentenceView, mentions: readonly Mention[], speaker: Mention): number {
  const { toks, lang: lexicons } = sentence;
  let end = speaker.end;
  for (const m of mentions) {
    if (m.inQuote || m.start < end) continue;
    let k = end;
    while (k < m.start && (lexicons.prepositions.has(toks[k]) || lexicons.determiners.has(toks[k])))
      k++;
    if (k !== m.start || k - end > 2) break;
    end = m.end;
  }
  return end;
}

const speechAt = (sentence: SentenceView, k: number) =>
  sentence.lang.speech.matchAt(sentence.toks, k, sentence.end) ??
  sentence.lang.assertVerbs.matchAt(sentence.toks, k, sentence.end) ??
  sentence.lang.attributionBefore.matchAt(sentence.toks, k, sentence.end);

/** The speech tag that follows a quotation or label ending at `end`: its speaker, and where the tag
 *  ends (after its speaker when the verb comes first, after its verb when the speaker does); null
 *  when no tag follows. */
export function speechTag(
  sentence: SentenceView,
  mentions: readonly Mention[],
  end: number,
): { speaker: Mention; end: number } | null {
  const { toks } = sentence;
  let k = end;
  if (isClauseMark(toks[k]) && toks[k]!.folded !== '(') k++;
  // "a tranché" is listed whole; "a réagi" may be read past its auxiliary.
  const said = speechAt(sentence, k) ?? speechAt(sentence, skipFillers(sentence, k));
  if (said && said.start - end <= TAG_START) {
    const speaker = mentions.find(
      (m) => !m.inQuote && m.start >= said.end && m.start - said.end <= TAG_GAP,
    );
    const between = speaker ? toks.slice(said.end, speaker.start) : [];
    return speaker && !between.some(isClauseMark)
      ? { speaker, end: nameEnd(sentence, mentions, speaker) }
      : null;
  }
  // The speaker first: "the Russian defence ministry spokesman Igor Konashenkov answered".
  let last: Mention | undefined;
  for (const m of mentions) {
    if (m.inQuote || m.start < k) continue;
    if (m.start - (last ? last.end : k) > (last ? TAG_GAP : TAG_START)) break;
    if (toks.slice(last ? last.end : k, m.start).some(isClauseMark)) break;
    last = m;
  }
  if (!last) return null;
  const verb = speechAt(sentence, skipFillers(sentence, last.end));
  return verb && verb.start - last.end <= TAG_GAP ? { speaker: last, end: verb.end } : null;
}

/** End of the speech tag that follows a label ending at `end`; null when no tag follows. */
export const speechTagEnd = (
  sentence: SentenceView,
  mentions: readonly Mention[],
  end: number,
): number | null => speechTag(sentence, mentions, end)?.end ?? null;
