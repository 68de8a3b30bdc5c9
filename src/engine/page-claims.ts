import { findClaimsSteps } from './claims/find-claims';
import { linkClaim, storyTie } from './claims/link';
import type { MatchInput } from './match/match-input';
import { matchSteps } from './match/match-page';
import type { Steps } from './steps';
import type { StoryPack } from './story-pack';
import type { Claim, MatchResult, Span } from './types';

// The text-only half of the engine: matching's judgement on what the page read, then the claims
// of a matching article, linked to its story's dataset ids. No DOM, so the extension runs it in
// its background rather than on the page's main thread; `analyze` and the tests run it as well.

/** The claims in `regions` of `text` (the page text, or any text holding those regions). */
function* pageClaimsSteps(
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

/** How the page read matches the packs' stories, and on a match its article's claims. */
export function* judgePageSteps(
  input: MatchInput,
  lang: string | null,
  packs: readonly StoryPack[],
): Steps<{ match: MatchResult; claims: Claim[] }> {
  const match = yield* matchSteps(input, packs);
  const pack = packs.find((p) => p.id === match.story);
  if (match.verdict === 'none' || !pack) return { match, claims: [] };
  return { match, claims: yield* pageClaimsSteps(input.text, match.regions, pack, lang) };
}
