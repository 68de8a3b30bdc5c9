// Which blocks of an article region belong to the story: on a page that stacks
// several stories, the related ones only; for a copy, the reprint itself.

import type { ArticleRegion } from '../extract/article-region';
import type { PageText } from '../extract/page-text';
import type { Compiled } from './compiled';
import { coreInLead, evidence, sourceHits } from './evidence';
import type { Identity } from './identity';

/** A story among several belongs to the matching article when it shares this much wording... */
const RELATED_CONTAINMENT = 0.2;
const RELATED_HITS = 3;
/** ...or this many required cues, or a fact of this weight. */
const RELATED_REQUIRED = 2;
const RELATED_FACT_WEIGHT = 1;
/** A block belongs to a copy's article when this many of its sampled shingles are the source's. */
const COPY_BLOCK_HITS = 2;

export function textOf(pt: PageText, blocks: readonly number[]): string {
  return blocks.map((i) => pt.text.slice(pt.blocks[i]!.start, pt.blocks[i]!.end)).join('\n');
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
 * one pattern test per entry.
 */
export function keptBlocks(
  pt: PageText,
  region: ArticleRegion,
  identity: Identity,
  compiled: Compiled,
): Kept {
  const stories = region.stories;
  if (stories.length === 0) return { blocks: region.blocks, storyLead: false };
  const related = stories.map(() => false);
  const examined = stories.map(() => false);
  let storyLead = false;
  const examine = (k: number): boolean => {
    examined[k] = true;
    const storyEvidence = evidence(textOf(pt, stories[k]!), identity, compiled);
    related[k] =
      (storyEvidence.containment >= RELATED_CONTAINMENT && storyEvidence.hits >= RELATED_HITS) ||
      storyEvidence.required.length >= RELATED_REQUIRED ||
      storyEvidence.factWeight >= RELATED_FACT_WEIGHT;
    if (related[k] && coreInLead(storyEvidence, identity)) storyLead = true;
    return related[k];
  };
  const queue: number[] = [];
  stories.forEach((story, k) => {
    if (compiled.gate.test(textOf(pt, story)) && examine(k)) queue.push(k);
  });
  while (queue.length > 0) {
    const k = queue.pop()!;
    for (const neighbour of [k - 1, k + 1]) {
      if (
        neighbour >= 0 &&
        neighbour < stories.length &&
        !examined[neighbour] &&
        examine(neighbour)
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
 * them without markup, is left out), and the headline before them.
 */
export function copyBlocks(
  pt: PageText,
  blocks: readonly number[],
  identity: Identity,
  compiled: Compiled,
): number[] {
  const hits = blocks.map((i) => sourceHits(textOf(pt, [i]), identity, compiled));
  const first = hits.findIndex((n) => n >= COPY_BLOCK_HITS);
  if (first < 0) return [...blocks];
  let last = hits.length - 1;
  while (last > first && hits[last]! < COPY_BLOCK_HITS) last--;
  return blocks.filter(
    (i, k) => (k >= first && k <= last) || (k < first && pt.blocks[i]!.heading === 1),
  );
}
