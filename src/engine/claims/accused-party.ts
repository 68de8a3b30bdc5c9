// "Russia accused of killing at least 200 civilians", "la Russie accusée d'avoir tué...",
// "Russland wird vorgeworfen, ... getötet zu haben": the denier named there is the accused, and the
// count in what it is accused of is the accuser's: the one the sentence names, else the story's.
import { skipFillers, type Mention, type SentenceView } from './sentence';

/** Most tokens between the accused's name and the mark that makes it so ("Russia, already"). */
const MARK_REACH = 3;

/** Whether a denier named before `at` is marked as the accused ("Russia accused of"). */
function accusedBefore(sentence: SentenceView, mentions: readonly Mention[], at: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  return mentions.some((mention) => {
    if (mention.inQuote || mention.end > at || !story.deniers.has(mention.source)) return false;
    const from = toks[mention.end]?.folded === ',' ? mention.end + 1 : mention.end;
    const markAt = skipFillers(sentence, from, at);
    return markAt - mention.end <= MARK_REACH && lexicons.accusedMarks.matchAt(toks, markAt, at);
  });
}

/**
 * Who gives a count at `at` that the sentence puts in what a denier is accused of: the nearest
 * source named in the sentence that is not a denier ("accused by Amnesty"), else the story's
 * accuser. Undefined when no denier is the accused there.
 */
export function accuserOfCount(
  sentence: SentenceView,
  mentions: readonly Mention[],
  at: number,
): string | undefined {
  if (!accusedBefore(sentence, mentions, at)) return undefined;
  const { story } = sentence;
  const accusers = mentions.filter(
    (m) => !m.inQuote && !m.relayed && m.source !== 'unknown' && !story.deniers.has(m.source),
  );
  if (!accusers.length) return story.rules.accuser;
  const distance = (m: Mention) => (m.end <= at ? at - m.end : m.start - at);
  return accusers.reduce((a, b) => (distance(b) < distance(a) ? b : a)).source;
}
