import { Readability } from '@mozilla/readability';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { floorInPage, readabilityInPage } from '../../../../scripts/bench/in-page';

// The baselines run in a real browser during the bench; here their logic is
// checked on happy-dom's document.

const PAGE =
  '<h1>Titre</h1><p>Un <b>deux</b> trois.</p><p>Quatre <a href="#">cinq</a> six sept huit neuf dix.</p>';

beforeEach(() => {
  const parsed = new DOMParser().parseFromString(PAGE, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
});

describe('floorInPage', () => {
  it('reads every text node of the body once per repetition', () => {
    const floor = floorInPage(0, 1);
    expect(floor.chars).toBe(document.body.textContent!.length);
    expect(floor.elements).toBe(document.getElementsByTagName('*').length);
    expect(floor.reps).toBe(1);
    expect(floor.firstMs).toBeGreaterThanOrEqual(0);
  });

  it('repeats until the minimum time has passed, and reports the mean', () => {
    const floor = floorInPage(5, 1_000_000);
    expect(floor.reps).toBeGreaterThan(1);
    expect(floor.ms * floor.reps).toBeGreaterThanOrEqual(5);
  });

  it('stops at the repetition cap', () => {
    expect(floorInPage(10_000, 3).reps).toBe(3);
  });
});

describe('readabilityInPage', () => {
  const global = globalThis as unknown as { Readability?: unknown };
  beforeEach(() => {
    global.Readability = Readability;
  });
  afterEach(() => {
    delete global.Readability;
  });

  it('parses a copy of the document and leaves the page as it was', () => {
    const before = document.body.cloneNode(true);
    const result = readabilityInPage(1e9, 2);
    expect(result.reps).toBe(2);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(document.body.isEqualNode(before)).toBe(true);
  });
});
