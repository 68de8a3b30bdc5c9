import { describe, expect, it } from 'vitest';
import { decodeHashes } from '../../../../src/engine/match/fingerprint';
import {
  deriveIdentity,
  identityHintsSchema,
  identitySchema,
  type IdentityHints,
} from '../../../../src/engine/match/identity';
import { VALDORIA_HINTS, VALDORIA_SOURCE } from '../../../fixtures/pages/valdoria-story';

describe('deriveIdentity', () => {
  it('is deterministic and gives a section the pack schema accepts', () => {
    const a = deriveIdentity(VALDORIA_SOURCE, VALDORIA_HINTS);
    const b = deriveIdentity(VALDORIA_SOURCE, structuredClone(VALDORIA_HINTS));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(identitySchema.parse(a)).toEqual(a);
  });

  it('keeps a compact fingerprint: at most 256 hashes of 6 characters', () => {
    const long = Array.from({ length: 40 }, (_, i) => `${VALDORIA_SOURCE} Paragraphe ${i}.`).join(
      '\n',
    );
    for (const text of [VALDORIA_SOURCE, long]) {
      const id = deriveIdentity(text, VALDORIA_HINTS);
      expect(id.fingerprint.length % 6).toBe(0);
      expect(decodeHashes(id.fingerprint).size).toBe(id.fingerprint.length / 6);
      expect(id.fingerprint.length / 6).toBeLessThanOrEqual(256);
    }
    expect(deriveIdentity(long, VALDORIA_HINTS).sample).toBeGreaterThan(1);
  });

  it('folds the terms of every language into one list per concept', () => {
    const id = deriveIdentity(VALDORIA_SOURCE, VALDORIA_HINTS);
    expect(id.concepts.flood).toEqual([
      'crue*',
      'flood*',
      'hochwasser',
      'inond*',
      'uberschwemmung*',
    ]);
    expect(id.concepts.portOstra).toEqual(['port ostra']);
    expect(id.required[1]).toEqual({
      id: 'valdoria floods',
      all: ['place', 'flood'],
      within: 12,
      weight: 1,
    });
    expect(id.leadWords).toBe(200);
  });

  it('drops a term that another term of its concept already matches, and only such a term', () => {
    const hints: IdentityHints = {
      ...VALDORIA_HINTS,
      concepts: {
        ...VALDORIA_HINTS.concepts,
        flood: {
          fr: ['inond*', 'inondation', 'inondations du fleuve', 'crue*', 'crue subite'],
          en: ['flood*', 'Floods', 'flash flood*', 'flash flooding'],
          de: ['Hochwasser', 'Hochwasser*'],
        },
      },
    };
    expect(deriveIdentity(VALDORIA_SOURCE, hints).concepts.flood).toEqual([
      'crue subite',
      'crue*',
      'flash flood*',
      'flood*',
      'hochwasser*',
      'inond*',
      'inondations du fleuve',
    ]);
  });

  it('gates on ASCII fragments of the first required cue, found in the source', () => {
    const id = deriveIdentity(VALDORIA_SOURCE, VALDORIA_HINTS);
    expect(id.gate).toEqual(['croix', 'cross', 'rotes', 'kreuzes']);
  });

  it('refuses a first required cue that the source article never names', () => {
    const hints: IdentityHints = {
      ...VALDORIA_HINTS,
      required: [...VALDORIA_HINTS.required].reverse(),
    };
    expect(() => deriveIdentity('Un texte sans rapport avec les crues.', VALDORIA_HINTS)).toThrow(
      /never names the first required cue/,
    );
    expect(() => deriveIdentity(VALDORIA_SOURCE, hints)).not.toThrow();
  });

  it('keeps the whole-event rule, whose anchor must be one of the facts', () => {
    const anchor = VALDORIA_HINTS.facts[0]!.id;
    const hints = { ...VALDORIA_HINTS, wholeEvent: { anchor, others: 3 } };
    expect(deriveIdentity(VALDORIA_SOURCE, hints).wholeEvent).toEqual({ anchor, others: 3 });
    const headed = { ...hints, wholeEvent: { anchor, others: 3, headed: { words: 3, others: 2 } } };
    expect(deriveIdentity(VALDORIA_SOURCE, headed).wholeEvent?.headed).toEqual({
      words: 3,
      others: 2,
    });
    const bad = { ...VALDORIA_HINTS, wholeEvent: { anchor: 'nowhere', others: 3 } };
    expect(identityHintsSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps an answer that stands for the anchor, a fact counted in the subject only', () => {
    const [anchor, answer] = VALDORIA_HINTS.facts.map((f) => f.id);
    const facts = VALDORIA_HINTS.facts.map((f) => (f.id === answer ? { ...f, subject: true } : f));
    const hints = { ...VALDORIA_HINTS, facts, wholeEvent: { anchor: anchor!, others: 3, answer } };
    const id = deriveIdentity(VALDORIA_SOURCE, hints);
    expect(id.wholeEvent?.answer).toBe(answer);
    expect(id.facts.filter((f) => f.subject === true).map((f) => f.id)).toEqual([answer]);
    const bad = { ...hints, wholeEvent: { anchor: anchor!, others: 3, answer: 'nowhere' } };
    expect(identityHintsSchema.safeParse(bad).success).toBe(false);
  });

  it('accepts a cue whose concept may be one of two, and rejects an undefined alternative', () => {
    const either = { ...VALDORIA_HINTS, facts: [{ id: 'x', all: ['place', 'flood|portOstra'] }] };
    expect(identityHintsSchema.safeParse(either).success).toBe(true);
    const bad = { ...VALDORIA_HINTS, facts: [{ id: 'x', all: ['place', 'flood|nowhere'] }] };
    expect(identityHintsSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects cues that name undefined concepts', () => {
    const bad = { ...VALDORIA_HINTS, facts: [{ id: 'x', all: ['nowhere'] }] };
    expect(identityHintsSchema.safeParse(bad).success).toBe(false);
    expect(() => deriveIdentity(VALDORIA_SOURCE, bad)).toThrow();
  });
});
