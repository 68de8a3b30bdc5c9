// Turns evidence into a verdict, a score and a short reason.
// copy: much of the text's wording is the source's (robust to edits, cuts and
// re-typesetting). same-story: the required cues meet in the lead, enough of the
// event's facts appear (one of them a key fact), and the page does not predate
// the event.

import type { Verdict } from '../types';
import { coreInLead, type Evidence } from './evidence';
import type { Identity } from './identity';

/** copy: share of the text's sampled shingles found in the source... */
const COPY_CONTAINMENT = 0.25;
/** ...and share of the source's shingles found in the text (a paywall may cut most). */
const COPY_COVERAGE = 0.12;
/** A text nearly all made of source wording may be shorter still (headline and lead)... */
const COPY_PURE_CONTAINMENT = 0.7;
const COPY_PURE_COVERAGE = 0.06;
/** ...and a page reprinting most of the source among much other text is still a copy. */
const COPY_MOST_COVERAGE = 0.5;
const COPY_MOST_CONTAINMENT = 0.1;
const COPY_MIN_HITS = 6;
/** Days a page may predate the event (time zones, embargoes) and still report it. */
const DATE_SLACK_DAYS = 2;

interface Judgement {
  verdict: Verdict;
  /** 0..1: for copy and same-story how strong the evidence is; for none how sure. */
  score: number;
  reason: string;
}

function isCopy(e: Evidence): boolean {
  if (e.hits < COPY_MIN_HITS) return false;
  return (
    (e.containment >= COPY_CONTAINMENT && e.coverage >= COPY_COVERAGE) ||
    (e.containment >= COPY_PURE_CONTAINMENT && e.coverage >= COPY_PURE_COVERAGE) ||
    (e.coverage >= COPY_MOST_COVERAGE && e.containment >= COPY_MOST_CONTAINMENT)
  );
}

/** Whether the page says it was published days before the event. */
function predates(published: string | null, eventDate: string | undefined): boolean {
  if (published === null || eventDate === undefined) return false;
  const page = Date.parse(published);
  const event = Date.parse(eventDate);
  if (Number.isNaN(page) || Number.isNaN(event)) return false;
  return page < event - DATE_SLACK_DAYS * 86_400_000;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** `storyLead`: a related story of a multi-story page holds the cues in its own lead. */
export function judge(
  e: Evidence,
  identity: Identity,
  published: string | null,
  storyLead: boolean,
): Judgement {
  if (isCopy(e)) {
    return {
      verdict: 'copy',
      score: round(0.5 + 0.5 * Math.min(1, e.containment)),
      reason: `${pct(e.containment)} of the article's word sequences are in the source article (${pct(e.coverage)} of the source)`,
    };
  }
  const core = coreInLead(e, identity) || storyLead;
  const factsOk = e.factWeight >= identity.minFacts && e.keyFact >= identity.keyFactWeight;
  const early = predates(published, identity.eventDate);
  if (core && factsOk && !early) {
    return {
      verdict: 'same-story',
      score: round(0.5 + 0.5 * Math.min(1, e.factWeight / (2 * Math.max(1, identity.minFacts)))),
      reason: `${e.required.join(', ')} within ${e.coreSpan} words (by word ${e.coreEnd}); facts: ${e.facts.join(', ')}`,
    };
  }
  const closeness = Math.max(
    Math.min(1, e.containment / COPY_CONTAINMENT) * Math.min(1, e.coverage / COPY_COVERAGE),
    (e.required.length / Math.max(1, identity.required.length)) *
      Math.min(1, e.factWeight / Math.max(1, identity.minFacts)),
  );
  let why: string;
  if (e.missing.length > 0) why = `no ${e.missing.join(', ')}`;
  else if (e.coreSpan > identity.coreWithin)
    why = `${e.required.join(', ')} are ${e.coreSpan} words apart`;
  else if (!core) why = `${e.required.join(', ')} only meet after word ${identity.leadWords}`;
  else if (!factsOk) why = `too few of the event's key facts (${e.facts.join(', ') || 'none'})`;
  else why = `published ${published}, before the event (${identity.eventDate})`;
  return { verdict: 'none', score: round(1 - 0.5 * closeness), reason: why };
}
