// What matching reads of a page: plain data (text, block spans, the candidate article regions
// as block lists, the published date), so that the page reads it with the DOM and the judgement
// runs where the page is not (the extension's background), as the claims do.

/** A block of the page text: where it lies, and its heading level (1..6, 0 when not a heading). */
export interface TextBlock {
  start: number;
  end: number;
  heading: number;
}

/** A text and its blocks, in text order. */
export interface BlockText {
  text: string;
  blocks: readonly TextBlock[];
}

/** A candidate article region (see extract/article-region.ts) by block index. */
export interface RegionBlocks {
  /** The article's blocks, in page order. */
  blocks: number[];
  /** When the region stacks several stories: the blocks of each (subsets of `blocks`). */
  stories: number[][];
  /** The blocks of `blocks` a stylesheet hides: matching leaves them out. */
  hidden: number[];
}

export interface MatchInput extends BlockText {
  /** Publication date the page declares (ISO 8601 text), if any. */
  published: string | null;
  /** Candidate article regions, best first. */
  regions: readonly RegionBlocks[];
}
