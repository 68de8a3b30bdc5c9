import { describe, expect, it } from 'vitest';
import type { MatchRequest } from '../../../src/contracts/messages';
import type { MatchInput } from '../../../src/engine/match/match-input';
import { requestMatch } from '../../../src/reader/request-match';

const text = 'Menu · Sport\n\nAmnesty: at least 200 civilians killed.\n\nFooter';
const start = text.indexOf('Amnesty');
const end = text.indexOf('\n\nFooter');
const input: MatchInput = {
  text,
  blocks: [
    { start: 0, end: 12, heading: 0 },
    { start, end, heading: 1 },
    { start: end + 2, end: text.length, heading: 0 },
  ],
  published: '2015-12-23',
  regions: [{ blocks: [1], stories: [], hidden: [] }],
};
const claimText = 'at least 200 civilians';
const at = text.indexOf(claimText);
const match = { verdict: 'same-story', score: 0.9, story: 'the-story', reason: 'test' };

describe("the reader's request for its page's match", () => {
  it('sends what was read on the page in one message, blocks as flat numbers, and gives the answer', async () => {
    const sent: MatchRequest[] = [];
    const found = await requestMatch(input, 'en', (request) => {
      sent.push(request);
      // Spans and kinds (0: a casualty claim) only: the records stay with the background.
      return Promise.resolve({ match, claims: [at, at + claimText.length, 0], ms: 3 });
    });
    expect(sent).toEqual([
      {
        type: 'match-page',
        lang: 'en',
        published: '2015-12-23',
        text,
        blocks: [0, 12, 0, start, end, 1, end + 2, text.length, 0],
        regions: [{ blocks: [1], stories: [], hidden: [] }],
      },
    ]);
    expect(found!.match).toEqual(match);
    // The claim's text is its span of the page text.
    expect(found!.claims).toEqual([
      { kind: 'casualty', text: claimText, start: at, end: at + claimText.length },
    ]);
    expect(found!.offThreadMs).toBe(3);
  });

  it('gives nothing when the background does not answer, or answers what is not a match', async () => {
    const answering = (reply: unknown) => requestMatch(input, null, () => Promise.resolve(reply));
    expect(await requestMatch(input, null, () => Promise.reject(new Error('gone')))).toBeNull();
    expect(await answering(undefined)).toBeNull();
    expect(await answering({ match, claims: [-1, 2, 0], ms: 1 })).toBeNull();
    expect(
      await answering({ match: { ...match, verdict: 'maybe' }, claims: [], ms: 1 }),
    ).toBeNull();
    // Spans past the text, empty or of no kind, or numbers that are not whole claims.
    expect(await answering({ match, claims: [at, text.length + 1, 0], ms: 1 })).toBeNull();
    expect(await answering({ match, claims: [at, at, 0], ms: 1 })).toBeNull();
    expect(await answering({ match, claims: [at, at + 2, 2], ms: 1 })).toBeNull();
    expect(await answering({ match, claims: [at, at + 2], ms: 1 })).toBeNull();
  });
});
