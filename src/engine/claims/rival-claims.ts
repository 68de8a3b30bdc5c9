// "Moscow also rejected Turkish claims that its jets violated Turkey's airspace": a Russian
// rejection of another accuser's claims (a state, an alliance) is not a denial of the story's
// accusation, unless it also names the story's accuser.
import type { Mention, SentenceView } from './sentence';

/** Whether the denial [start, end) rejects a rival accuser's claims and not the story's. */
export function rejectsRivalClaims(
  v: SentenceView,
  mentions: readonly Mention[],
  start: number,
  end: number,
): boolean {
  const rival = v.lang.rivalAccusers.findIn(v.toks, start, end);
  if (!rival) return false;
  const accuser = mentions.some(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      !v.story.deniers.has(m.source) &&
      (v.story.rules.sources[m.source]?.refersAs.includes('ngo') || m.generic === 'report'),
  );
  return !accuser;
}
