// "Moscow also rejected Turkish claims that its jets violated Turkey's airspace": a Russian
// rejection of another accuser's claims (a state, an alliance) is not a denial of the story's
// accusation, unless it also names the story's accuser.
import type { Mention, SentenceView } from './sentence';
import { backOverDeterminers } from './sentence';

/** Whether a phrase of work made to order ("commandée par", "on the orders of") ends at `at`, an
 *  article aside. */
function sponsors(sentence: SentenceView, start: number, at: number): boolean {
  const k = backOverDeterminers(sentence, at, start);
  return sentence.lang.falsehoods.matchEndingAt(sentence.toks, k, start) !== null;
}

/** Whether the denial [start, end) rejects a rival accuser's claims and not the story's. */
export function rejectsRivalClaims(
  sentence: SentenceView,
  mentions: readonly Mention[],
  start: number,
  end: number,
): boolean {
  const { toks, lang: lexicons } = sentence;
  let rival = lexicons.rivalAccusers.findIn(toks, start, end);
  // "non usa bombe a grappolo": a homograph written in lowercase is the common word.
  // "une campagne commandée par Washington": the rival named as the report's sponsor is part of
  // the dismissal, not the author of claims it rejects.
  while (
    rival &&
    ((lexicons.lowercaseHomographs.has(toks[rival.start]) && !toks[rival.start]!.cap) ||
      sponsors(sentence, start, rival.start))
  )
    rival = lexicons.rivalAccusers.findIn(toks, rival.end, end);
  if (!rival) return false;
  const accuser = mentions.some(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      !sentence.story.deniers.has(m.source) &&
      (sentence.story.rules.sources[m.source]?.refersAs.includes('ngo') || m.generic === 'report'),
  );
  return !accuser;
}
