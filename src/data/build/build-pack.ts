import { deriveIdentity } from '../../engine/match/identity';
import { indexEntry } from '../figure-index';
import type { Dataset, FigureIndexEntry, StoryPack } from '../schema';
import type { StoryInput } from './story-input';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A story's pack: hand-written parts copied from story.json, the rest derived
 * from the article text and the story's own fact-sheet figures.
 */
export function buildPack(
  story: StoryInput,
  articleText: string,
  dataset: Dataset,
  storyFigureIds: ReadonlySet<string>,
): { pack: StoryPack; problems: string[] } {
  const problems: string[] = [];
  const title = collapse(articleText.split('\n').find((line) => line.trim()) ?? '');
  const article = collapse(articleText);
  for (const claim of story.claims) {
    if (!article.includes(collapse(claim.text))) {
      problems.push(`story ${story.id}: claim "${claim.text}": text: not found in the article`);
    }
  }
  const figureIndex = dataset.figures
    .filter((f) => storyFigureIds.has(f.id))
    .map(indexEntry)
    .filter((entry): entry is FigureIndexEntry => entry !== null)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const pack: StoryPack = {
    id: story.id,
    title,
    languages: story.languages,
    published: story.published,
    identity: deriveIdentity(articleText, story.identity),
    attribution: story.attribution,
    claims: story.claims,
    figureIndex,
  };
  return { pack, problems };
}
