import { describe, expect, it } from 'vitest';
import type { ClaimsRequest } from '../../../src/contracts/messages';
import type { MatchResult } from '../../../src/engine/types';
import { requestClaims } from '../../../src/reader/request-claims';

const text = 'Menu · Sport\n\nAmnesty: at least 200 civilians killed.\n\nFooter';
const start = text.indexOf('Amnesty');
const end = text.indexOf('\n\nFooter');
const match: MatchResult = {
  verdict: 'same-story',
  score: 0.9,
  story: 'the-story',
  reason: 'test',
  regions: [{ start, end }],
};
const claimText = 'at least 200 civilians';
const at = text.indexOf(claimText) - start;
const claim = { kind: 'casualty', text: claimText, refs: ['f1'], metric: 'civilians-killed' };

describe("the reader's request for claims", () => {
  it('sends only the text the regions span, and maps the spans back onto the page text', async () => {
    const sent: ClaimsRequest[] = [];
    const found = await requestClaims(text, match, 'en', (request) => {
      sent.push(request);
      return Promise.resolve({
        claims: [{ ...claim, min: 200, start: at, end: at + claimText.length }],
        ms: 3,
      });
    });
    expect(sent).toEqual([
      {
        type: 'find-claims',
        story: 'the-story',
        lang: 'en',
        text: text.slice(start, end),
        regions: [{ start: 0, end: end - start }],
      },
    ]);
    const [mapped] = found!.claims;
    expect(text.slice(mapped!.start, mapped!.end)).toBe(claimText);
    expect(found!.offThreadMs).toBe(3);
  });

  it('gives nothing when the background does not answer, or answers what is not claims', async () => {
    expect(await requestClaims(text, match, null, () => Promise.reject(new Error('gone')))).toBe(
      null,
    );
    expect(await requestClaims(text, match, null, () => Promise.resolve(undefined))).toBeNull();
    const forged = { claims: [{ ...claim, start: -1, end: 2 }], ms: 1 };
    expect(await requestClaims(text, match, null, () => Promise.resolve(forged))).toBeNull();
  });
});
