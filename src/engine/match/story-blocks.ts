// Which blocks of an article region belong to the story: on a page that stacks
// several stories, the related ones only; for a copy, the reprint itself.

import { CHARS_PER_CHECKPOINT, TURNS_PER_CHECKPOINT, type Steps } from '../steps';
import { gateMatchesSteps, type Compiled } from './compiled';
import { coreInLead, evidenceSteps, sourceHitsSteps } from './evidence';
import type { Identity } from './identity';
import type { BlockText, RegionBlocks } from './match-input';

/** A story among several belongs to the matching article when it shares this much wording... */
const RELATED_CONTAINMENT = 0.2;
const RELATED_HITS = 3;
/** ...or this many required cues, or a fact of this weight. */
const RELATED_REQUIRED = 2;
const RELATED_FACT_WEIGHT = 1;
/** A block belongs to a copy's article when this many of its sampled shingles are the source's. */
const COPY_BLOCK_HITS = 2;

export function textOf(pt: BlockText, blocks: readonly number[]): string {
  return blocks.map((i) => pt.text.slice(pt.blocks[i]!.start, pt.blocks[i]!.end)).join('\n');
}

/** Blocks read between pauses. */
const BLOCKS_PER_CHECKPOINT = TURNS_PER_CHECKPOINT * 16;

/** `textOf`, pausing (yielding 'match') every few thousand blocks: a huge page's region has more. */
export function* textOfSteps(pt: BlockText, blocks: readonly number[]): Steps<string> {
  const parts: string[] = [];
  for (const [k, i] of blocks.entries()) {
    if (k > 0 && k % BLOCKS_PER_CHECKPOINT === 0) yield 'match';
    parts.push(pt.text.slice(pt.blocks[i]!.start, pt.blocks[i]!.end));
  }
  return parts.join('\n');
}

interface Kept {
  blocks: number[];
  /** Whether a related story holds the required cues in its own lead. */
  storyLead: boolean;
}

/**
 * The region's blocks minus the stories (on a multi-story page) unrelated to the
 * identity. Only stories naming the gate concept, and the neighbours of related
 * stories (a section of the same article), are examined: a long live blog costs
 * one pattern test per entry, with pauses between entries (a thousand entries
 * took more than a frame).
 */
export function* keptBlocksSteps(
  pt: BlockText,
  region: Pick<RegionBlocks, 'blocks' | 'stories'>,
  identity: Identity,
  compiled: Compiled,
): Steps<Kept> {
  const stories = region.stories;
  if (stories.length === 0) return { blocks: region.blocks, storyLead: false };
  const related = stories.map(() => false);
  const examined = stories.map(() => false);
  let storyLead = false;
  function* examine(k: number, text: string): Steps<boolean> {
    examined[k] = true;
    const storyEvidence = yield* evidenceSteps(text, identity, compiled);
    related[k] =
      (storyEvidence.containment >= RELATED_CONTAINMENT && storyEvidence.hits >= RELATED_HITS) ||
      storyEvidence.required.length >= RELATED_REQUIRED ||
      storyEvidence.factWeight >= RELATED_FACT_WEIGHT;
    if (related[k] && coreInLead(storyEvidence, identity)) storyLead = true;
    yield 'match';
    return related[k];
  }
  const queue: number[] = [];
  let read = 0;
  for (let k = 0; k < stories.length; k++) {
    const text = textOf(pt, stories[k]!);
    read += text.length;
    if (read >= CHARS_PER_CHECKPOINT) {
      read = 0;
      yield 'match';
    }
    if ((yield* gateMatchesSteps(compiled, text)) && (yield* examine(k, text))) queue.push(k);
  }
  while (queue.length > 0) {
    const k = queue.pop()!;
    for (const neighbour of [k - 1, k + 1]) {
      if (
        neighbour >= 0 &&
        neighbour < stories.length &&
        !examined[neighbour] &&
        (yield* examine(neighbour, textOf(pt, stories[neighbour]!)))
      )
        queue.push(neighbour);
    }
  }
  const drop = new Set<number>();
  stories.forEach((story, k) => {
    if (!related[k]) for (const i of story) drop.add(i);
  });
  return { blocks: region.blocks.filter((i) => !drop.has(i)), storyLead };
}

/**
 * A copy's article: the blocks from the first to the last that share wording with
 * the source (text around a reprint, such as other stories of a page that stacks
 * them without markup, is left out), and the headline before them. One block per step.
 */
export function* copyBlocksSteps(
  pt: BlockText,
  blocks: readonly number[],
  identity: Identity,
  compiled: Compiled,
): Steps<number[]> {
  const hits: number[] = [];
  for (const i of blocks) {
    yield 'match';
    hits.push(yield* sourceHitsSteps(textOf(pt, [i]), identity, compiled));
  }
  const first = hits.findIndex((n) => n >= COPY_BLOCK_HITS);
  if (first < 0) return [...blocks];
  let last = hits.length - 1;
  while (last > first && hits[last]! < COPY_BLOCK_HITS) last--;
  return blocks.filter(
    (i, k) => (k >= first && k <= last) || (k < first && pt.blocks[i]!.heading === 1),
  );
}
