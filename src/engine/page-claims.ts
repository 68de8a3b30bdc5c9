import { findClaimsSteps } from './claims/find-claims';
import { linkClaim, storyTie } from './claims/link';
import type { Steps } from './steps';
import type { StoryPack } from './story-pack';
import type { Claim, Span } from './types';

// The claims of a matching article, linked to its story's dataset ids: text only, no DOM, so
// the extension runs this in its background rather than on the page's main thread.

/** The claims in `regions` of `text` (the page text, or any text holding those regions). */
export function* pageClaimsSteps(
  text: string,
  regions: Span[],
  pack: StoryPack,
  lang: string | null,
): Steps<Claim[]> {
  const found = yield* findClaimsSteps(
    text,
    regions,
    pack.attribution,
    lang ?? undefined,
    storyTie(pack),
  );
  return found.map((claim) => linkClaim(claim, pack));
}
