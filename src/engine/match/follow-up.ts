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
  const own = followUp.facts.filter((id) => evidence.factsAt[id] !== undefined);
  const sentences = new Set(
    own.flatMap((id) => evidence.factsAt[id]!.map((p) => sentenceAt(evidence.sentenceStarts, p))),
  );
  return own.length >= followUp.least && sentences.size >= 2 ? own : [];
}
