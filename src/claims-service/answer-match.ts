import type { MatchRequest } from '../contracts/messages';
import { useRules } from '../engine/claims/compiled';
import type { TextBlock } from '../engine/match/match-input';
import { judgePageSteps } from '../engine/page-claims';
import { runSliced } from '../engine/steps';
import type { StoryPack } from '../engine/story-pack';
import type { MatchAnswer } from './claim-records';
import { readRules } from './read-rules';

// The background's answer to a reader's page: matching's judgement and the engine's claims
// stage run here, in the extension's own process, where their code is compiled once and the
// story identities and rules loaded once for every page, instead of on each page's main thread.

export type AnswerMatch = (request: MatchRequest) => Promise<MatchAnswer>;

/** The request's flat block numbers as blocks. */
function blocksOf(flat: readonly number[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (let k = 0; k + 2 < flat.length; k += 3)
    blocks.push({ start: flat[k]!, end: flat[k + 1]!, heading: flat[k + 2]! });
  return blocks;
}

/** Sets the engine's rules to the extension's files (read with `readFile`) and answers requests. */
export function answerMatch(
  packs: readonly StoryPack[],
  readFile: (path: string) => Promise<string>,
  now: () => number = () => performance.now(),
): AnswerMatch {
  const rules = readRules(packs, readFile, now);
  useRules(rules.source);
  return async (request) => {
    const parsedBefore = rules.parseMs();
    let ms = 0;
    // Nothing here waits on a page: the work runs to its end, pausing only for rules to load.
    const { text, published, regions, lang } = request;
    const input = { text, blocks: blocksOf(request.blocks), published, regions };
    const found = await runSliced(judgePageSteps(input, lang, packs), {
      sliceMs: Infinity,
      pause: () => Promise.resolve(),
      alive: () => true,
      slice: (run) => {
        const start = now();
        try {
          return run(() => {});
        } finally {
          ms += now() - start;
        }
      },
      now,
    });
    // The steps end unless abandoned, which `alive` never asks.
    const { match, claims } = found!;
    return { match, claims, ms: ms + rules.parseMs() - parsedBefore };
  };
}
