import { describe, expect, it } from 'vitest';
import { storyRulesSchema } from '../../../../src/engine/claims/story-rules';
import { storyRules } from './helpers';

describe('storyRulesSchema', () => {
  it("accepts the first story's attribution section", () => {
    expect(storyRules.deniers).toContain('russia-mod');
    expect(storyRules.generic.ngo).toBe('amnesty');
  });

  it('rejects a generic reference or a denier that is not a source of the story', () => {
    expect(storyRulesSchema.safeParse({ ...storyRules, generic: { ngo: 'nobody' } }).success).toBe(
      false,
    );
    expect(storyRulesSchema.safeParse({ ...storyRules, deniers: ['nobody'] }).success).toBe(false);
  });

  it('rejects an unknown kind of generic reference and empty names', () => {
    const amnesty = storyRules.sources.amnesty!;
    const bad = {
      ...storyRules,
      sources: { ...storyRules.sources, amnesty: { ...amnesty, refersAs: ['charity'] } },
    };
    expect(storyRulesSchema.safeParse(bad).success).toBe(false);
    const empty = {
      ...storyRules,
      sources: { ...storyRules.sources, amnesty: { ...amnesty, names: [''] } },
    };
    expect(storyRulesSchema.safeParse(empty).success).toBe(false);
  });
});
