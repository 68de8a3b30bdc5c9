import { findArticleRegionsSteps, visibleBlocksSteps } from '../extract/article-region';
import type { PageText } from '../extract/page-text';
import type { Steps } from '../steps';
import type { MatchInput } from './match-input';

// Matching's part that needs the page's DOM: where the candidate articles lie, and which of
// their blocks a stylesheet hides. The rest of matching (match-page.ts) reads this and text only.

/** What matching reads of a page's text: its regions found, their hidden blocks asked. */
export function* readRegionsSteps(pt: PageText): Steps<MatchInput> {
  const found = yield* findArticleRegionsSteps(pt);
  const regions = [];
  for (const region of found) {
    const visible = new Set(yield* visibleBlocksSteps(pt, region.blocks, region.root, 'match'));
    regions.push({
      blocks: region.blocks,
      stories: region.stories,
      hidden: region.blocks.filter((i) => !visible.has(i)),
    });
  }
  return { text: pt.text, blocks: pt.blocks, published: pt.published, regions };
}
