import { describe, expect, it, vi } from 'vitest';
import { findClaimsSteps } from '../../../../src/engine/claims/find-claims';
import * as mentions from '../../../../src/engine/claims/mentions';
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

// Sentences read so far: each is read for who it names first.
let sentences = 0;
vi.mock('../../../../src/engine/claims/mentions', async (importOriginal) => {
  const original = await importOriginal<typeof mentions>();
  return {
    ...original,
    findMentions: (...args: Parameters<typeof original.findMentions>) => {
      sentences++;
      return original.findMentions(...args);
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

  it('reads one sentence per step: a long paragraph is not one long slice', () => {
    // A paragraph of several sentences read in one step took longer than a frame, cold.
    const sentence =
      'Selon Amnesty International, les frappes russes ont tué au moins 200 civils en Syrie depuis septembre.';
    const text = Array.from({ length: 40 }, () => sentence).join(' ');
    const steps = findClaimsSteps(text, [{ start: 0, end: text.length }], storyRules, 'fr');
    let most = 0;
    for (;;) {
      const before = sentences;
      const step = steps.next();
      most = Math.max(most, sentences - before);
      if (step.done) {
        expect(step.value.length).toBeGreaterThanOrEqual(40);
        break;
      }
    }
    expect(sentences).toBeGreaterThanOrEqual(40);
    expect(most).toBe(1);
  });
});
