// Turns evidence into a verdict, a score and a short reason.
// copy: much of the text's wording is the source's (robust to edits, cuts and
// re-typesetting). same-story: the required cues meet in the lead, enough of the
// event's facts appear (one of them a key fact; a publication date in the days
// after the event is one; many distinct facts, or the event's own claim, or the
// accused's rejection of it as the subject, with several others, stand for one), and the
// page was published while the event was news:
// not before it, and not months later (a later report that recalls it).

import type { Verdict } from '../types';
import { coreInLead, cuesImplied, type Evidence } from './evidence';
import type { Identity } from './identity';
import { followUpFacts } from './follow-up';

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

function isCopy(evidence: Evidence): boolean {
  if (evidence.hits < COPY_MIN_HITS) return false;
  return (
    (evidence.containment >= COPY_CONTAINMENT && evidence.coverage >= COPY_COVERAGE) ||
    (evidence.containment >= COPY_PURE_CONTAINMENT && evidence.coverage >= COPY_PURE_COVERAGE) ||
    (evidence.coverage >= COPY_MOST_COVERAGE && evidence.containment >= COPY_MOST_CONTAINMENT)
  );
}

const DAY_MS = 86_400_000;

/** When the page was published, against the event: unknown when either date is missing;
 *  `follow-up` in the weeks after the event's days (`followUp`); `outside` for a day given
 *  without its year that no year puts in the event's days or their follow-up weeks. */
type Timing = 'unknown' | 'before' | 'within' | 'follow-up' | 'after' | 'outside';

function timingOf(page: number, event: number, identity: Identity): Timing {
  if (page < event - DATE_SLACK_DAYS * DAY_MS) return 'before';
  const within = identity.reportedWithinDays;
  if (within === undefined) return 'unknown';
  if (page <= event + within * DAY_MS) return 'within';
  const followUp = identity.followUp;
  return followUp !== undefined && page <= event + followUp.days * DAY_MS ? 'follow-up' : 'after';
}

/** A day without its year (--MM-DD, an agency dateline): the year stays unknown, but a day that
 *  is in the event's days in no year (the event's, the one before or after) cannot report it. */
function timingOfDay(monthDay: string, event: number, identity: Identity): Timing {
  const year = new Date(event).getUTCFullYear();
  const days = [year - 1, year, year + 1].map((y) =>
    timingOf(Date.parse(`${y}${monthDay.slice(1)}`), event, identity),
  );
  if (days.some((t) => t === 'within' || t === 'unknown')) return 'unknown';
  return days.includes('follow-up') ? 'follow-up' : 'outside';
}

/** A date given to the month or the year only ("2015-12", a blog's archive path) stands for all
 *  its days: the page may be the event's when any of them is, and is a follow-up at the earliest
 *  when the rest are past it. */
function timingOfPeriod(published: string, event: number, identity: Identity): Timing {
  const [year, month] = published.split('-').map(Number) as [number, number | undefined];
  const first = Date.UTC(year, (month ?? 1) - 1, 1);
  const last = month === undefined ? Date.UTC(year, 11, 31) : Date.UTC(year, month, 0);
  const [from, to] = [timingOf(first, event, identity), timingOf(last, event, identity)];
  if (from === to) return from;
  if (from === 'within' || to === 'within') return 'unknown';
  return from === 'follow-up' || to === 'follow-up' ? 'follow-up' : 'unknown';
}

function timing(published: string | null, identity: Identity): Timing {
  if (published === null || identity.eventDate === undefined) return 'unknown';
  const event = Date.parse(identity.eventDate);
  if (Number.isNaN(event)) return 'unknown';
  if (published.startsWith('--')) return timingOfDay(published, event, identity);
  if (/^\d{4}(-\d{2})?$/.test(published)) return timingOfPeriod(published, event, identity);
  const page = Date.parse(published);
  return Number.isNaN(page) ? 'unknown' : timingOf(page, event, identity);
}

/** The event's own claim, or the accused's answer to it, and enough of its other facts (see
 *  `wholeEvent` in identity.ts). */
function toldWhole(facts: readonly string[], identity: Identity): boolean {
  const whole = identity.wholeEvent;
  return (
    whole !== undefined &&
    (facts.includes(whole.anchor) ||
      (whole.answer !== undefined && facts.includes(whole.answer))) &&
    facts.length - 1 >= whole.others
  );
}

/** A text headed by the first required cue alone (a tag page) that tells the event's own
 *  claim with a few other facts (`wholeEvent.headed`). */
function headedWhole(evidence: Evidence, identity: Identity): boolean {
  const whole = identity.wholeEvent;
  return (
    whole?.headed !== undefined &&
    evidence.headingWords <= whole.headed.words &&
    evidence.subjectAt < evidence.headingWords &&
    evidence.facts.includes(whole.anchor) &&
    evidence.facts.length - 1 >= whole.headed.others
  );
}

/** Fewest words of a headline: a kicker or section label above it has fewer. */
const HEADLINE_WORDS = 4;

/** Where the text's headline (its first sentence or line of a headline's length) ends. */
function headlineEnd(starts: readonly number[], words: number): number {
  const ends = [...starts.slice(1), words];
  const k = starts.findIndex((start, i) => ends[i]! - start >= HEADLINE_WORDS);
  return k < 0 ? words : ends[k]!;
}

/** A text no longer than a teaser (`wholeEvent.short`) whose headline states the event's own
 *  claim, with a few other facts. */
function shortWhole(evidence: Evidence, identity: Identity): boolean {
  const short = identity.wholeEvent?.short;
  if (short === undefined || evidence.words > short.words) return false;
  const end = headlineEnd(evidence.sentenceStarts, evidence.words);
  const anchorAt = evidence.factsAt[identity.wholeEvent!.anchor] ?? [];
  return anchorAt.some((at) => at < end) && evidence.facts.length - 1 >= short.others;
}

/** Where the required cues met, or which were implied by the key facts (`impliedCues`). */
function cuesMet(evidence: Evidence, identity: Identity): string {
  if (cuesImplied(evidence, identity))
    return `${evidence.required[0]} by word ${evidence.subjectAt}, the rest implied by ${evidence.keyFacts} key facts`;
  return `${evidence.required.join(', ')} within ${evidence.coreSpan} words (by word ${evidence.coreEnd})`;
}

/** Most characters the facts take in a reason: the reason crosses the messaging boundary (500 at
 *  most), and a page that tells most of the event's facts must still get its answer. */
const FACTS_CHARS = 280;

/** The facts found, as many as fit in FACTS_CHARS, then how many more. */
function factList(facts: readonly string[]): string {
  let list = '';
  for (const [i, fact] of facts.entries()) {
    const next = i === 0 ? fact : `${list}, ${fact}`;
    if (next.length > FACTS_CHARS) return `${list} and ${facts.length - i} more`;
    list = next;
  }
  return list;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** `storyLead`: a related story of a multi-story page holds the cues in its own lead. */
export function judge(
  evidence: Evidence,
  identity: Identity,
  published: string | null,
  storyLead: boolean,
): Judgement {
  if (isCopy(evidence)) {
    return {
      verdict: 'copy',
      score: round(0.5 + 0.5 * Math.min(1, evidence.containment)),
      reason: `${pct(evidence.containment)} of the article's word sequences are in the source article (${pct(evidence.coverage)} of the source)`,
    };
  }
  const core = coreInLead(evidence, identity) || storyLead;
  const when = timing(published, identity);
  // Weeks after the event's days, a page must tell the event's own facts, not only recall them.
  const followedUp = when === 'follow-up' ? followUpFacts(evidence, identity) : [];
  // Dated in the days after the event: the date is a key fact of it (a short dispatch may give no other).
  const dateWeight = when === 'within' ? identity.keyFactWeight : 0;
  const factWeight = evidence.factWeight + dateWeight;
  const broad =
    identity.broadFacts !== undefined &&
    evidence.facts.length >= identity.broadFacts &&
    evidence.keyFact >= identity.broadFactWeight;
  const factsOk =
    headedWhole(evidence, identity) ||
    shortWhole(evidence, identity) ||
    (factWeight >= identity.minFacts &&
      (broad ||
        toldWhole(evidence.facts, identity) ||
        Math.max(evidence.keyFact, dateWeight) >= identity.keyFactWeight));
  const facts = [...evidence.facts, ...(dateWeight > 0 ? [`published ${published}`] : [])];
  const dated = when === 'unknown' || when === 'within' || followedUp.length > 0;
  if (core && factsOk && dated) {
    const followUp = followedUp.length > 0 ? `; a follow-up published ${published}` : '';
    return {
      verdict: 'same-story',
      score: round(0.5 + 0.5 * Math.min(1, factWeight / (2 * Math.max(1, identity.minFacts)))),
      reason: `${cuesMet(evidence, identity)}; facts: ${factList(facts)}${followUp}`,
    };
  }
  const closeness = Math.max(
    Math.min(1, evidence.containment / COPY_CONTAINMENT) *
      Math.min(1, evidence.coverage / COPY_COVERAGE),
    (evidence.required.length / Math.max(1, identity.required.length)) *
      Math.min(1, factWeight / Math.max(1, identity.minFacts)),
  );
  let why: string;
  if (evidence.missing.length > 0) why = `no ${evidence.missing.join(', ')}`;
  else if (evidence.coreEnd === Infinity)
    why = `${evidence.required.join(', ')} are ${evidence.coreSpan} words apart`;
  else if (evidence.coreEnd >= identity.leadWords)
    why = `${evidence.required.join(', ')} only meet after word ${identity.leadWords}`;
  else if (!core)
    why = `${evidence.required[0]} first named at word ${evidence.subjectAt}: not the subject`;
  else if (when === 'before')
    why = `published ${published}, before the event (${identity.eventDate})`;
  else if (when === 'after')
    why = `published ${published}, long after the event (${identity.eventDate})`;
  else if (when === 'follow-up')
    why = `published ${published}, weeks after the event (${identity.eventDate}), recalling too few of its own facts`;
  else if (when === 'outside')
    why = `dated ${published?.slice(2)} (no year), a day outside the event's (${identity.eventDate})`;
  else why = `too few of the event's key facts (${factList(facts) || 'none'})`;
  return { verdict: 'none', score: round(1 - 0.5 * closeness), reason: why };
}
