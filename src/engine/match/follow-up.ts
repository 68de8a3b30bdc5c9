// Whether a page published weeks after the event's days tells the event or only recalls it: a
// follow-up (the answer to its denial) tells the event's own facts in more than one sentence
// (see `followUp` in identity.ts).

import type { Evidence } from './evidence';
import type { Identity } from './identity';
import { sentenceAt } from './sentences';

/** The event's own facts a follow-up tells, when they are enough and not in one sentence. */
export function followUpFacts(evidence: Evidence, identity: Identity): string[] {
  const followUp = identity.followUp;
  if (followUp === undefined) return [];
  const told = (id: string) => evidence.factsAt[id] !== undefined;
  // A piece on the answer to the event, in the answer's own words: who answered counts too.
  const answer = followUp.answer;
  const ids =
    answer !== undefined && answer.words.some(told)
      ? [...new Set([...followUp.facts, ...answer.facts])]
      : followUp.facts;
  const own = ids.filter(told);
  const sentences = new Set(
    own.flatMap((id) => evidence.factsAt[id]!.map((p) => sentenceAt(evidence.sentenceStarts, p))),
  );
  return own.length >= followUp.least && sentences.size >= 2 ? own : [];
}
