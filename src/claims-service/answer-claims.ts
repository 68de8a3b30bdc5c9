import type { ClaimsReply, ClaimsRequest } from '../contracts/messages';
import { useRules } from '../engine/claims/compiled';
import { pageClaimsSteps } from '../engine/page-claims';
import { runSliced } from '../engine/steps';
import type { StoryPack } from '../engine/story-pack';
import { readRules } from './read-rules';

// The background's answer to a reader's request for claims: the engine's claims stage run here,
// in the extension's own process, where its code is compiled once and its rules loaded once for
// every page, instead of on each page's main thread.

export type AnswerClaims = (request: ClaimsRequest) => Promise<ClaimsReply | null>;

/** Sets the engine's rules to the extension's files (read with `readFile`) and answers requests. */
export function answerClaims(
  packs: readonly StoryPack[],
  readFile: (path: string) => Promise<string>,
  now: () => number = () => performance.now(),
): AnswerClaims {
  const rules = readRules(packs, readFile, now);
  useRules(rules.source);
  return async (request) => {
    const pack = packs.find((p) => p.id === request.story);
    if (!pack) return null;
    const parsedBefore = rules.parseMs();
    let ms = 0;
    // Nothing here waits on a page: the work runs to its end, pausing only for rules to load.
    const claims = await runSliced(
      pageClaimsSteps(request.text, request.regions, pack, request.lang),
      {
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
      },
    );
    return { claims: claims ?? [], ms: ms + rules.parseMs() - parsedBefore };
  };
}
