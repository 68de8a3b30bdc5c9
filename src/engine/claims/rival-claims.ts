// "Moscow also rejected Turkish claims that its jets violated Turkey's airspace": a Russian
// rejection of another accuser's claims (a state, an alliance) is not a denial of the story's
// accusation, unless it also names the story's accuser.
import { findDismissive } from './dismissive-words';
import type { Mention, SentenceView } from './sentence';
import { backOverDeterminers } from './sentence';

/** Most tokens from a dismissive word to the rival its complement names ("lies of our American"). */
const AUTHOR_REACH = 4;

/** Whether a phrase of work made to order ("commandée par", "on the orders of") ends at `at`, an
 *  article aside. */
function sponsors(sentence: SentenceView, start: number, at: number): boolean {
  const k = backOverDeterminers(sentence, at, start);
  return sentence.lang.falsehoods.matchEndingAt(sentence.toks, k, start) !== null;
}

/** Whether the rival at `at` is named as the author of what the denier dismisses, in the complement
 *  of a dismissive word ("manipolazioni dei nostri colleghi Usa", "lies by Washington"): the
 *  denier blames the rival for the charge, it rejects no claim of the rival's. */
function authorOfDismissed(sentence: SentenceView, start: number, at: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let k = Math.max(start, at - AUTHOR_REACH); k < at;) {
    const word = findDismissive(sentence, k, at);
    if (!word) return false;
    const link = toks[word.end];
    if (
      word.end < at &&
      lexicons.prepositions.has(link) &&
      toks.slice(word.end, at).every((t) => t.kind === 'word')
    )
      return true;
    k = word.start + 1;
  }
  return false;
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
  // "une campagne commandée par Washington", "bugie dei colleghi americani": the rival named as the
  // report's sponsor or as the author of a falsehood is part of the dismissal, not the author of
  // claims it rejects.
  while (
    rival &&
    ((lexicons.lowercaseHomographs.has(toks[rival.start]) && !toks[rival.start]!.cap) ||
      sponsors(sentence, start, rival.start) ||
      authorOfDismissed(sentence, start, rival.start))
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
