import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../../../src/ui/claim-view';
import { claimsExport } from '../../../../src/ui/popup/export';
import { NEW_ISSUE_URL, reportUrl } from '../../../../src/ui/popup/report';
import { casualty, denial, result, testDataset } from './fixtures';

describe('claimsExport', () => {
  const page = result({ highlights: [casualty({ note: 'The article rounds up.' }), denial({})] });
  const views = page.highlights.map((_, i) => buildClaimView(page.highlights, i, testDataset));
  const data = claimsExport(page, [...views, null], {
    version: '1.2.3',
    exported: '2020-05-01T00:00:00.000Z',
  });

  it('describes the page and the tool', () => {
    expect(data).toMatchObject({
      page: page.url,
      verdict: 'copy',
      story: 'test-story',
      exported: '2020-05-01T00:00:00.000Z',
      generator: 'Crosscount 1.2.3',
    });
  });

  it('gives every claim in page order, with the records behind it', () => {
    expect(data.claims.map((c) => [c.kind, c.text])).toEqual([
      ['casualty', 'at least a hundred civilians'],
      ['denial', 'groundless accusations'],
    ]);
    const [claim, denied] = data.claims;
    expect(claim!.note).toBe('The article rounds up.');
    expect(claim!.figures[0]).toMatchObject({
      id: 'alpha-q1',
      role: 'own',
      url: 'https://news.example/alpha-q1',
      quote: 'a test quote',
    });
    expect(denied!.statements.map((s) => s.id)).toEqual(['mod-denial']);
    expect(denied!.disputed.map((s) => s.id)).toEqual(['alpha']);
  });
});

describe('reportUrl', () => {
  it('prefills a new issue with the page and what was highlighted', () => {
    const url = new URL(reportUrl(result({ highlights: [casualty({}), denial({})] }), '1.2.3'));
    expect(`${url.origin}${url.pathname}`).toBe(NEW_ISSUE_URL);
    expect(url.searchParams.get('title')).toBe('Wrong highlight on www.news.example');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Page: https://www.news.example/story');
    expect(body).toContain('Crosscount: 1.2.3');
    expect(body).toContain(
      '1. "at least a hundred civilians" (civilians-killed ≥100; source: alpha)',
    );
    expect(body).toContain('2. "groundless accusations" (denial; source: state-mod)');
  });

  it('cuts the list of highlights to keep the address short enough for browsers', () => {
    const many = Array.from({ length: 400 }, (_, i) => casualty({ text: `claim number ${i}` }));
    const url = reportUrl(result({ highlights: many }), '1.2.3');
    expect(url.length).toBeLessThanOrEqual(7000);
    const body = new URL(url).searchParams.get('body')!;
    expect(body).toContain('1. "claim number 0"');
    expect(body).not.toContain('claim number 399');
    expect(body.trimEnd().endsWith('…')).toBe(true);
  });
});
