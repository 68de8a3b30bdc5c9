// Decides whether a page's article is a story's source article (copy), another
// article on the same event (same-story), or neither, and where it lies.
// Everything story-specific comes from the packs. Text only: the page reads its regions
// (read-regions.ts), and this runs in the extension's background.

import { blocksToSpansSteps } from '../extract/article-region';
import { runSteps, type Steps } from '../steps';
import type { StoryPack } from '../story-pack';
import type { MatchResult, Verdict } from '../types';
import { compile, textMayMatchSteps } from './compiled';
import { evidenceSteps } from './evidence';
import { DATELINE_REACH, datelineIn } from './dateline';
import type { BlockText, MatchInput, RegionBlocks } from './match-input';
import { copyBlocksSteps, keptBlocksSteps, textOfSteps } from './story-blocks';
import { judge } from './verdict';
import { firstWhere } from '../first-where';

/** What matching reads of a story pack. */
type MatchedPack = Pick<StoryPack, 'id' | 'identity'>;

const RANK: Record<Verdict, number> = { copy: 2, 'same-story': 1, none: 0 };

function better(a: MatchResult, b: MatchResult): boolean {
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] > RANK[b.verdict];
  // Among 'none' results the nearest miss (least sure) is kept: its reason says most.
  return a.verdict === 'none' ? a.score < b.score : a.score > b.score;
}

/** A date the page shows around the top of its article (bylines sit above or below the headline). */
function datelineNear(pt: BlockText, blocks: readonly number[]): string | null {
  const first = pt.blocks[blocks[0]!];
  if (!first) return null;
  // Blocks are in text order: only those near the top are read (a huge page has a hundred thousand).
  const lo = firstWhere(pt.blocks.length, (k) => pt.blocks[k]!.end > first.start - DATELINE_REACH);
  const lines: string[] = [];
  for (let k = lo; k < pt.blocks.length; k++) {
    const b = pt.blocks[k]!;
    if (b.start >= first.start + DATELINE_REACH) break;
    if (b.end > first.start - DATELINE_REACH) lines.push(pt.text.slice(b.start, b.end));
  }
  return datelineIn(lines);
}

/** How a page's region matches a story, in steps (each part pauses on a huge region). */
function* matchRegionSteps(
  pt: MatchInput,
  region: RegionBlocks,
  pack: MatchedPack,
): Steps<MatchResult | null> {
  const { identity } = pack;
  const compiled = compile(identity);
  const kept = yield* keptBlocksSteps(pt, region, identity, compiled);
  const hidden = new Set(region.hidden);
  const blocks = kept.blocks.filter((i) => !hidden.has(i));
  if (blocks.length === 0) return null;
  yield 'match';
  const pageEvidence = yield* evidenceSteps(yield* textOfSteps(pt, blocks), identity, compiled);
  const judgement = judge(
    pageEvidence,
    identity,
    pt.published ?? datelineNear(pt, blocks),
    kept.storyLead,
  );
  if (judgement.verdict === 'none') {
    return {
      verdict: 'none',
      score: judgement.score,
      story: null,
      reason: `${pack.id}: ${judgement.reason}`,
      regions: [],
    };
  }
  const article =
    judgement.verdict === 'copy' ? yield* copyBlocksSteps(pt, blocks, identity, compiled) : blocks;
  return {
    verdict: judgement.verdict,
    score: judgement.score,
    story: pack.id,
    reason: judgement.reason,
    regions: yield* blocksToSpansSteps(pt, article, 'match'),
  };
}

/**
 * Matches a page against story packs. Regions are the page-text spans of the
 * matching article (on a multi-story page, of the matching story only).
 */
export function* matchSteps(pt: MatchInput, packs: readonly MatchedPack[]): Steps<MatchResult> {
  yield 'match';
  let best: MatchResult | null = null;
  for (const pack of packs) {
    if (!(yield* textMayMatchSteps(pack.identity, pt.text))) continue;
    // The other candidate regions are tried only when the main one does not match.
    for (const region of pt.regions) {
      yield 'match';
      const result = yield* matchRegionSteps(pt, region, pack);
      if (result === null) continue;
      if (best === null || better(result, best)) best = result;
      if (result.verdict !== 'none') break;
    }
  }
  return (
    best ?? {
      verdict: 'none',
      score: 1,
      story: null,
      reason: 'no story terms on the page',
      regions: [],
    }
  );
}

/** `matchSteps` in one go. */
export function matchPage(pt: MatchInput, packs: readonly MatchedPack[]): MatchResult {
  return runSteps(matchSteps(pt, packs));
}
