import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compileDetection,
  compileLanguage,
  compileStory,
  useRules,
  type DetectionTables,
  type LanguageTables,
  type StoryTables,
} from '../../../../src/engine/claims/compiled';
import { LANGUAGES } from '../../../../src/engine/claims/rules';
import { rulesAtHand } from '../../../../src/engine/claims/rules-at-hand';
import {
  DETECTION_CHUNK,
  rulesChunkFile,
  storyChunk,
} from '../../../../src/engine/claims/rules-chunk-names';
import { compileLexicon } from '../../../../src/engine/claims/lexicon';
import { rulesChunks } from '../../../../src/engine/claims/rules-chunks';
import { findClaimsSteps } from '../../../../src/engine/claims/find-claims';
import { runSliced } from '../../../../src/engine/steps';
import { claimsIn, storyRules } from './helpers';

vi.mock('../../../../src/engine/claims/lexicon', { spy: true });

const STORY = 'the-story';

/** The tables of the build's chunks, by chunk name, as a reader of the files gets them. */
function runChunks(): Record<string, unknown> {
  const chunks = rulesChunks([{ id: STORY, attribution: storyRules }]);
  return Object.fromEntries(
    chunks.map((chunk) => {
      const name = chunk.relativeDest.replace(/^rules\/|\.json$/g, '');
      expect(rulesChunkFile(name)).toBe(chunk.relativeDest);
      return [name, JSON.parse(chunk.contents) as unknown];
    }),
  );
}

const article = [
  'Selon Amnesty International, les frappes russes ont tué au moins 200 civils en Syrie.',
  'Le ministère de la Défense russe a rejeté ces accusations, « sans fondement » selon lui.',
  'In English: Russian raids killed at least 300 civilians in Syria, Amnesty International said.',
].join('\n');

afterEach(() => useRules(rulesAtHand));

// Compiling every language's rules twice and comparing the tables takes seconds on a busy machine.
describe('the claims rules compiled by the build', { timeout: 60_000 }, () => {
  it('are, for every language and story, what the compiler makes of its rules, and its stopwords', () => {
    const registry = runChunks();
    expect(Object.keys(registry).sort()).toEqual(
      [...Object.keys(LANGUAGES), DETECTION_CHUNK, storyChunk(STORY)].sort(),
    );
    expect(registry[storyChunk(STORY)]).toEqual(compileStory(storyRules));
    for (const [code, rules] of Object.entries(LANGUAGES))
      expect(registry[code], code).toEqual(compileLanguage(rules));
    expect(registry[DETECTION_CHUNK]).toEqual(compileDetection(LANGUAGES));
  });

  it('find the same claims as rules compiled at hand, loaded when the engine first needs them', async () => {
    const registry = runChunks();
    const asked: string[] = [];
    const load = <T>(name: string) => {
      asked.push(name);
      return Promise.resolve(registry[name] as T);
    };
    useRules({
      detection: () => load<DetectionTables>(DETECTION_CHUNK),
      language: (code) => load<LanguageTables>(code),
      story: (rules) => (rules === storyRules ? load<StoryTables>(storyChunk(STORY)) : undefined),
    });
    vi.mocked(compileLexicon).mockClear();
    const claims = await runSliced(
      findClaimsSteps(article, [{ start: 0, end: article.length }], storyRules, 'fr'),
      {
        sliceMs: 1000,
        pause: () => Promise.resolve(),
        alive: () => true,
        slice: (run) => run(() => {}),
      },
    );
    // Only the languages the text is in are loaded, each once, and no phrase is compiled.
    expect(asked).toEqual([storyChunk(STORY), DETECTION_CHUNK, 'fr', 'en']);
    expect(compileLexicon).not.toHaveBeenCalled();
    useRules(rulesAtHand);
    expect(claims!.map((c) => c.text)).toEqual(claimsIn(article, 'fr').map((c) => c.text));
    expect(claims!.length).toBeGreaterThan(2);
  });
});
