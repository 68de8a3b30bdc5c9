import { describe, expect, it } from 'vitest';
import { linkClaim, storyTie, type LinkData } from '../../../../src/engine/claims/link';
import type { Claim } from '../../../../src/engine/types';
import { storyRules } from './helpers';

const casualty = (
  text: string,
  source: string | undefined,
  metric: string,
  count: { value: number } | { min: number },
): Claim =>
  ({
    kind: 'casualty',
    start: 0,
    end: text.length,
    text,
    ...(source !== undefined ? { source } : {}),
    refs: [],
    metric,
    ...count,
  }) as Claim;
const denial = (text: string): Claim => ({
  kind: 'denial',
  start: 0,
  end: text.length,
  text,
  source: 'russia-mod',
  refs: [],
});

// A made-up pack: what matters is how claims meet it, not the story's real figures.
const data: LinkData = {
  attribution: storyRules,
  claims: [
    {
      kind: 'casualty',
      text: 'une trentaine de combattants',
      source: 'amnesty',
      metric: 'fighters-killed',
      value: 30,
      refs: ['fig-a-fighters'],
      note: 'The source said about three dozen.',
    },
    {
      kind: 'casualty',
      text: 'des dizaines de civils',
      source: 'amnesty',
      metric: 'civilians-killed',
      min: 20,
      refs: ['fig-a-words'],
    },
    {
      kind: 'denial',
      text: 'sans aucun fondement',
      source: 'russia-mod',
      refs: ['stmt-groundless'],
    },
  ],
  figureIndex: [
    { id: 'fig-a-fighters', source: 'amnesty', metric: 'fighters-killed', value: 36 },
    {
      id: 'fig-a-words',
      source: 'amnesty',
      metric: 'civilians-killed',
      scope: 'russian-strikes',
    },
    { id: 'fig-m-people', source: 'sohr', metric: 'people-killed', value: 3000 },
    { id: 'fig-m-people-later', source: 'sohr', metric: 'people-killed', value: 3400 },
    { id: 'fig-u-war', source: 'un', metric: 'war-deaths-total', value: 300000 },
    { id: 'fig-m-war', source: 'sohr', metric: 'war-deaths-total', value: 310000 },
    {
      id: 'fig-a-market',
      source: 'amnesty',
      metric: 'civilians-killed',
      scope: 'single-incident',
      value: 41,
    },
    {
      id: 'fig-m-year',
      source: 'sohr',
      metric: 'civilians-killed',
      scope: 'all-parties',
      value: 41,
    },
  ],
};

describe('linkClaim', () => {
  it('takes refs and note from the source article claim with the same wording', () => {
    const linked = linkClaim(
      casualty('une  trentaine de combattants', 'amnesty', 'fighters-killed', { value: 30 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-a-fighters']);
    expect(linked.note).toBe('The source said about three dozen.');
  });

  it('keeps the article value and notes the figure its source gave when a reworded claim differs', () => {
    const linked = linkClaim(
      casualty('thirty fighters', 'amnesty', 'fighters-killed', { value: 30 }),
      data,
    );
    expect(linked).toMatchObject({ value: 30, refs: ['fig-a-fighters'] });
    expect(linked.note).toBe('Amnesty International gave 36; the article says 30.');
  });

  it('links an exact figure of the same source without a note', () => {
    const linked = linkClaim(
      casualty('3,000 people', 'sohr', 'people-killed', { value: 3000 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-m-people']);
    expect(linked.note).toBeUndefined();
  });

  it('links the nearest figure of the same source when none is equal, with a note', () => {
    const linked = linkClaim(
      casualty('3 300 morts', 'sohr', 'people-killed', { value: 3300 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-m-people-later']);
    expect(linked.note).toContain('3,400');
  });

  it("takes a round figure within 1% of the source's count as faithful", () => {
    const linked = linkClaim(
      casualty('more than 309,000 people', 'sohr', 'war-deaths-total', { value: 309000 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-m-war']);
    expect(linked.note).toBeUndefined();
  });

  it('notes a figure credited to a source that another one published', () => {
    const linked = linkClaim(
      casualty('300,000 people', 'amnesty', 'war-deaths-total', { value: 300000 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-u-war']);
    expect(linked.note).toBe(
      'The dataset has 300,000 from the UN, not from Amnesty International.',
    );
  });

  it('links a vague count to the figures given only in words', () => {
    const linked = linkClaim(
      casualty('dozens of civilians', 'amnesty', 'civilians-killed', { min: 24 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-a-words']);
  });

  it('links an unattributed count to every figure with that number, without a note', () => {
    const linked = linkClaim(
      casualty('3,000 dead', undefined, 'people-killed', { value: 3000 }),
      data,
    );
    expect(linked.refs).toEqual(['fig-m-people']);
    expect(linked).not.toHaveProperty('source');
    expect(linked.note).toBeUndefined();
  });

  it('links a denial by its wording, else by its topic, else to the story default', () => {
    expect(linkClaim(denial('« sans aucun fondement »'), data).refs).toEqual(['stmt-groundless']);
    expect(linkClaim(denial('said Russia never used cluster munitions'), data).refs).toEqual(
      storyRules.denialTopics.find((t) => t.cues.includes('cluster'))!.refs,
    );
    expect(linkClaim(denial('Moscow rejected the accusations'), data).refs).toEqual(
      storyRules.denialRefs,
    );
  });

  it('does not change the claim it is given', () => {
    const claim = casualty('thirty fighters', 'amnesty', 'fighters-killed', { value: 30 });
    linkClaim(claim, data);
    expect(claim.refs).toEqual([]);
    expect(claim.note).toBeUndefined();
  });

  it('ties an unsourced count to the one source whose story figure it is', () => {
    const tie = storyTie(data);
    expect(tie('civilians-killed', { value: 41 })).toBe('amnesty');
    expect(tie('civilians-killed', { value: 42 })).toBeUndefined();
    expect(tie('war-deaths-total', { value: 300000 })).toBeUndefined();
    // A vague count goes to the one source that gave this count in words only.
    expect(tie('civilians-killed', { min: 200 })).toBe('amnesty');
  });

  it('leaves an unsourced whole-war toll as the article’s own figure', () => {
    const linked = linkClaim(
      casualty('300,000 dead', undefined, 'war-deaths-total', { value: 300000 }),
      data,
    );
    expect(linked).not.toHaveProperty('source');
    expect(linked.refs).toEqual(['fig-u-war']);
  });
});
