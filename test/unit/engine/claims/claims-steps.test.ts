import { describe, expect, it, vi } from 'vitest';
import { findClaimsSteps } from '../../../../src/engine/claims/find-claims';
import * as tokens from '../../../../src/engine/claims/tokens';
import { runSteps } from '../../../../src/engine/steps';
import { storyRules } from './helpers';

// Characters tokenized so far: the claims stage's work grows with them.
let tokenized = 0;
vi.mock('../../../../src/engine/claims/tokens', async (importOriginal) => {
  const original = await importOriginal<typeof tokens>();
  return {
    ...original,
    tokenize: (text: string, folded?: string) => {
      tokenized += text.length;
      return original.tokenize(text, folded);
    },
  };
});

describe('findClaimsSteps', () => {
  it('tokenizes at most one paragraph per step, so that a long article is not one long slice', () => {
    // Steps are where the content script may give the page its main thread back: the whole
    // article tokenized in one step took longer than a frame on matching pages.
    const para =
      'Selon Amnesty International, les frappes russes ont tué au moins 200 civils en Syrie depuis septembre.';
    const text = Array.from({ length: 300 }, () => para).join('\n');
    const run = () => findClaimsSteps(text, [{ start: 0, end: text.length }], storyRules, 'fr');
    // The rules' own words are tokenized once per language, on first use: not the article's work.
    runSteps(run());
    const steps = run();
    const perStep: number[] = [];
    let claims = 0;
    for (;;) {
      const before = tokenized;
      const step = steps.next();
      perStep.push(tokenized - before);
      if (step.done) {
        claims = step.value.length;
        break;
      }
    }
    expect(claims).toBeGreaterThanOrEqual(300);
    expect(perStep.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(text.length - 300);
    expect(Math.max(...perStep)).toBeLessThanOrEqual(para.length);
  });
});
