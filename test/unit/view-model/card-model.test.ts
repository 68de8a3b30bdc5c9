import { describe, expect, it } from 'vitest';
import { isClaimCard } from '../../../src/contracts/claim-card';
import { toClaimCard } from '../../../src/view-model/card-model';
import { buildClaimView } from '../../../src/view-model/claim-view';
import { setMessageLookup } from '../../../src/ui/i18n/messages';
import { overviewStrings } from '../../../src/ui/i18n/overview';
import { buildOverview } from '../../../src/view-model/overview';
import { overviewWords } from '../../../src/view-model/overview-words';
import { lookupFor } from '../ui/locale-files';
import { dataset, highlights } from '../ui/card/fixtures';

const cardOf = (index: number, lang: 'en' | 'fr' = 'en') => {
  setMessageLookup(lookupFor(lang));
  return toClaimCard(buildClaimView(highlights, index, dataset)!, lang);
};

describe('toClaimCard', () => {
  it('words a casualty claim: who says so with their words and links, then the figures', () => {
    const card = cardOf(0);
    expect(isClaimCard(card)).toBe(true);
    expect(card.note).toEqual({ label: 'Note', text: 'The report counts six towns only.' });
    const [who, figures] = card.sections;
    expect(who!.heading).toBe('Who says so');
    expect(who!.text).toEqual(['Harbour Watch · NGO']);
    expect(who!.evidence[0]!.quote).toBe('At least 120 civilians were killed.');
    expect(who!.evidence[0]!.links.map((l) => l.href)).toEqual([
      'https://watch.example/report',
      'https://web.archive.org/web/20151210/https://watch.example/report',
    ]);
    const chart = figures!.charts[0]!;
    expect(chart.caption).toBe('civilians killed');
    expect(chart.rows.map((r) => [r.label, r.tone, r.value])).toEqual([
      ['This article', 'page', '120'],
      ['Watch', 'own', '≥ 120'],
      ['Tally', 'other', 'about 200–400'],
      ['Tally', 'other', '310'],
    ]);
    expect(chart.rows[2]!.bar).toMatchObject({ shape: 'range', end: 100 });
    expect(chart.rows[3]!.facts).toMatch(/^other period: /);
    expect(chart.rows[2]!.facts).toMatch(/published later: /);
  });

  it('puts who, what, when, the words and both links in a citation', () => {
    const row = cardOf(0).sections[1]!.charts[0]!.rows[3]!;
    expect(row.citation!.button).toBe('Copy as citation');
    expect(row.citation!.label).toBe('Copy Tally’s words as a citation');
    const text = row.citation!.text;
    expect(text).toContain('Civil Tally Project: 310 civilians killed (Coastland,');
    expect(text).toContain('“We counted 310 civilians.”');
    expect(text).toContain('https://tally.example/count');
    expect(text).toContain('https://web.archive.org/web/20151201/https://tally.example/count');
  });

  it('words a denial: who denies, in their words, and what it disputes', () => {
    const card = cardOf(1);
    const [who, disputes] = card.sections;
    expect(who!.heading).toBe('Who denies it');
    expect(who!.evidence[0]).toMatchObject({
      meta: 'A spokesman · Dec 11, 2015',
      quote: 'These claims are baseless.',
      about: 'Rejected the Watch report as baseless.',
    });
    expect(disputes!.text).toEqual(['It answers Harbour Watch.']);
    expect(disputes!.charts.map((c) => c.rows.map((r) => r.label))).toEqual([['Watch']]);
  });

  it('says so when the source is not named and nothing competes', () => {
    const card = cardOf(2);
    expect(card.sections[0]!.text).toEqual(['The article does not say who counted this.']);
    expect(card.sections[0]!.lead).toBe(false);
    expect(card.sections[1]!.text[0]).toMatch(/No other figure/);
    expect(card.sections[1]!.charts[0]!.rows.map((r) => r.value)).toEqual(['≥ 2']);
  });

  it('speaks French to French readers, numbers and dates included', () => {
    const card = cardOf(0, 'fr');
    expect(card.sections[0]!.heading).toBe('Qui l’affirme');
    expect(card.sections[0]!.text).toEqual(['Harbour Watch · ONG']);
    const rows = card.sections[1]!.charts[0]!.rows;
    expect(rows[0]!.label).toBe('Cet article');
    expect(rows[2]!.value).toBe('environ 200–400');
    expect(card.sections[0]!.evidence[0]!.meta).toMatch(/^10 déc\. 2015/);
  });
});

describe('isClaimCard', () => {
  it('accepts cards and refuses anything else', () => {
    expect(isClaimCard(cardOf(1))).toBe(true);
    expect(isClaimCard(null)).toBe(false);
    expect(isClaimCard({ kind: 'casualty', text: 'x' })).toBe(false);
    expect(isClaimCard({ ...cardOf(0), kind: 'opinion' })).toBe(false);
    expect(isClaimCard({ ...cardOf(0), sections: [{ heading: 1 }] })).toBe(false);
  });
});

describe('toClaimCard with who counted what for the claim’s metric', () => {
  const withOverview = (index: number) => {
    setMessageLookup(lookupFor('en'));
    const overview = {
      ...overviewWords(
        buildOverview(highlights, dataset, null, { metric: highlights[index]!.metric }),
        overviewStrings('en'),
        'en',
      ),
      current: index,
    };
    return toClaimCard(buildClaimView(highlights, index, dataset)!, 'en', overview);
  };

  it('shows who counted what for the claim’s metric in place of the chart, the claim marked', () => {
    const card = withOverview(0);
    expect(isClaimCard(card)).toBe(true);
    expect(card.sections.map((s) => s.heading)).toEqual(['Who says so']);
    expect(card.sections[0]!.evidence[0]!.citation?.text).toContain('Harbour Watch');
    const [table] = card.overview!.tables;
    expect(card.overview!.tables).toHaveLength(1);
    expect(table!.caption).toBe('civilians killed: who counted how many');
    // Counters the article credits first (one the dataset has no figure of, with the reason),
    // then the others; Tally's range covers the claim's period best, its 310 waits behind.
    expect(table!.rows.map((r) => [r.header, r.kind, r.value])).toEqual([
      ['Watch', 'counter', '≥ 120'],
      ['unknown', 'counter', 'no number'],
      ['Tally', 'counter', 'about 200–400'],
      ['Ministry', 'statement', 'denies'],
    ]);
    expect(table!.rows[1]!.reason).toMatch(/no figure of theirs/);
    expect(table!.rows[0]!.marks.map((m) => m.index)).toEqual([0]);
    expect(card.overview!.current).toBe(0);
    expect(table!.rows[2]!.others?.rows.map((r) => r.value)).toEqual(['310']);
    expect(table!.rows[3]!.quote).toBe('These claims are baseless.');
  });

  it('is refused by the card when its shape is wrong', () => {
    const card = withOverview(0);
    expect(isClaimCard({ ...card, overview: { ...card.overview, tables: [{ rows: 3 }] } })).toBe(
      false,
    );
  });
});
