// A page whose start is about something else may still carry the story as one of its sections:
// an item of a digest (a newsletter's top news, a day's round-up without story markup), a part
// of an analysis of wider criticism. Such a section opens on the story (its lead names the first
// required cue, under its own heading or not), states the event's own claim in its lead, is
// judged as a page of its own would be, and is mostly the story: the event's facts fill several
// of its sentences and at least half of them. A sentence or two recalling the event inside a
// piece on something else is no such section.

import { TURNS_PER_CHECKPOINT, type Steps } from '../steps';
import { gateMatchesSteps, type Compiled } from './compiled';
import { evidenceSteps, type Evidence } from './evidence';
import type { Identity } from './identity';
import type { BlockText } from './match-input';
import { headlineEnd, sentenceAt, sentenceStartsSteps } from './sentences';
import { textOf } from './story-blocks';
import { judge, type Judgement } from './verdict';
import { matchWords } from './words';

/** Fewest sentences of a section that tell the story (name the first required cue or a fact)... */
const TOLD_SENTENCES = 3;
/** ...and the least share of the section's sentences they make up. */
const TOLD_SHARE = 0.5;
/** Sentences of a section's lead, from its first of a headline's length. */
const LEAD_SENTENCES = 2;

export interface StorySection {
  /** The section's blocks (indices into the page's blocks). */
  blocks: number[];
  judgement: Judgement;
}

/** The last sentence of a text's lead: its first of a headline's length and the next. */
const leadEnd = (starts: readonly number[], words: number): number =>
  sentenceAt(starts, headlineEnd(starts, words) - 1) + LEAD_SENTENCES - 1;

/** Whether the section states the event's own claim or a key fact in its lead, and its
 *  sentences are mostly the story's. */
function toldInSection(ev: Evidence, starts: readonly number[], identity: Identity): boolean {
  const lead = leadEnd(starts, ev.words);
  const own = identity.facts.filter(
    (f) => f.id === identity.wholeEvent?.anchor || f.weight >= identity.keyFactWeight,
  );
  const stated = own.some((f) =>
    (ev.factsAt[f.id] ?? []).some((p) => sentenceAt(starts, p) <= lead),
  );
  const told = new Set(
    [...(ev.requiredAt[0] ?? []), ...Object.values(ev.factsAt).flat()].map((p) =>
      sentenceAt(starts, p),
    ),
  );
  return stated && told.size >= TOLD_SENTENCES && told.size >= TOLD_SHARE * starts.length;
}

/** Whether a block opens on the story: its lead (its first sentence of a headline's length and
 *  the next) names the first required cue. */
function* opensOnStory(
  text: string,
  identity: Identity,
  compiled: Compiled,
): Steps<Evidence | null> {
  if (!(yield* gateMatchesSteps(compiled, text))) return null;
  const ev = yield* evidenceSteps(text, identity, compiled);
  const starts = yield* sentenceStartsSteps(text, 'match');
  return sentenceAt(starts, ev.subjectAt) <= leadEnd(starts, ev.words) ? ev : null;
}

/**
 * The first section of `blocks` that tells the story, or null. A section runs from a block that
 * opens on the story (with the heading right above it) through the blocks after it that hold
 * facts of the event, up to the next heading; a heading that opens on the story takes at least
 * the block under it.
 */
export function* storySectionSteps(
  pt: BlockText,
  blocks: readonly number[],
  identity: Identity,
  compiled: Compiled,
  published: string | null,
): Steps<StorySection | null> {
  const isHeading = (k: number) => pt.blocks[blocks[k]!]!.heading > 0;
  for (let k = 0; k < blocks.length; k++) {
    yield 'match';
    if ((yield* opensOnStory(textOf(pt, [blocks[k]!]), identity, compiled)) === null) continue;
    const start = k > 0 && !isHeading(k) && isHeading(k - 1) ? k - 1 : k;
    let end = isHeading(k) && k + 1 < blocks.length && !isHeading(k + 1) ? k + 2 : k + 1;
    while (end < blocks.length && !isHeading(end)) {
      const next = yield* evidenceSteps(textOf(pt, [blocks[end]!]), identity, compiled);
      if (next.facts.length === 0) break;
      end++;
    }
    const section = blocks.slice(start, end);
    const text = textOf(pt, section);
    const ev = yield* evidenceSteps(text, identity, compiled);
    const starts = yield* sentenceStartsSteps(text, 'match');
    const judgement = judge(ev, identity, published, false);
    if (judgement.verdict !== 'none' && toldInSection(ev, starts, identity))
      return { blocks: section, judgement };
    k = end - 1;
  }
  return null;
}

/** Fewest words of a block under a page's headline (its standfirst or lead) before a heading
 *  that opens its second section (a dateline or kicker above the headline does not count). */
const LEAD_BLOCK_WORDS = 4;

/**
 * Whether the word at `position` of the text of `blocks` lies past the page's first section: after
 * a heading that follows the lead under the page's headline (its first heading of the highest
 * level; a masthead's heading above it does not count), as in a digest's second item or an
 * article's later part. The page's subject is told in its first section; a story named later is
 * judged as a section.
 */
export function* pastFirstSectionSteps(
  pt: BlockText,
  blocks: readonly number[],
  position: number,
): Steps<boolean> {
  let top = Infinity;
  for (const [k, i] of blocks.entries()) {
    if (k > 0 && k % TURNS_PER_CHECKPOINT === 0) yield 'match';
    const h = pt.blocks[i]!.heading;
    if (h > 0 && h < top) top = h;
  }
  let words = 0;
  let headed = false;
  let lead = false;
  for (const [k, i] of blocks.entries()) {
    if (k > 0 && k % TURNS_PER_CHECKPOINT === 0) yield 'match';
    if (words > position) return false;
    const block = pt.blocks[i]!;
    if (block.heading > 0 && lead) return true;
    const count = matchWords(pt.text.slice(block.start, block.end)).length;
    if (block.heading === top) headed = true;
    else if (block.heading === 0 && headed && count >= LEAD_BLOCK_WORDS) lead = true;
    words += count;
  }
  return false;
}
