import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../../../src/view-model/claim-view';
import { claimsExport } from '../../../../src/ui/popup/export';
import { PROJECT_URL, REPORT_FORM_URL } from '../../../../src/project';
import {
  REPORT_FIELDS,
  reportDraft,
  reportFormUrl,
  reportText,
} from '../../../../src/ui/popup/report';
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

describe('the wrong-highlight report', () => {
  const page = result({ highlights: [casualty({}), denial({})] });
  const draft = reportDraft(page, '1.2.3', 'Firefox 140');

  it('starts as a draft with the page and what was highlighted, and leaves what is wrong to the reader', () => {
    expect(draft.page).toBe('https://www.news.example/story');
    expect(draft.problem).toBe('');
    expect(draft.version).toBe('Crosscount 1.2.3, Firefox 140');
    expect(draft.found).toContain(
      '1. "at least a hundred civilians" (civilians-killed ≥100; source: alpha)',
    );
    expect(draft.found).toContain('2. "groundless accusations" (denial; source: state-mod)');
  });

  it('fills in the issue form’s fields with what the reader kept, under the form’s own field ids', () => {
    const edited = { ...draft, problem: 'Not a claim.', claim: 'groundless accusations' };
    const url = new URL(reportFormUrl(edited));
    expect(`${url.origin}${url.pathname}`).toBe(REPORT_FORM_URL);
    expect(REPORT_FORM_URL).toBe(`${PROJECT_URL}/issues/new`);
    expect(url.searchParams.get('template')).toBe('wrong-highlight.yml');
    expect(url.searchParams.get('title')).toBe('Wrong highlight on www.news.example');
    expect(url.searchParams.get('problem')).toBe('Not a claim.');
    expect(url.searchParams.get('claim')).toBe('groundless accusations');
    expect(url.searchParams.get('found')).toBe(draft.found);
    // Every prefilled parameter is a field of the form, and every field of the form can be prefilled.
    const form = readFileSync(`.github/ISSUE_TEMPLATE/${url.searchParams.get('template')}`, 'utf8');
    const ids = [...form.matchAll(/^\s+id: ([\w-]+)$/gm)].map(([, id]) => id);
    expect(ids.sort()).toEqual([...REPORT_FIELDS].sort());
  });

  it('leaves out a field the reader emptied', () => {
    const url = new URL(reportFormUrl({ ...draft, found: '  ' }));
    expect(url.searchParams.has('found')).toBe(false);
    expect(url.searchParams.has('problem')).toBe(false);
  });

  it('copies as labelled plain text', () => {
    const labels = { page: 'Page', problem: 'Wrong', claim: 'Claim', found: 'Found', version: 'V' };
    expect(reportText({ ...draft, problem: 'Bad number.' }, labels)).toBe(
      `Page:\nhttps://www.news.example/story\n\nWrong:\nBad number.\n\nFound:\n${draft.found}\n\nV:\nCrosscount 1.2.3, Firefox 140`,
    );
  });

  it('cuts what was found to keep the address short enough for browsers', () => {
    const many = Array.from({ length: 400 }, (_, i) => casualty({ text: `claim number ${i}` }));
    const url = reportFormUrl(reportDraft(result({ highlights: many }), '1.2.3', ''));
    expect(url.length).toBeLessThanOrEqual(7000);
    const found = new URL(url).searchParams.get('found')!;
    expect(found).toContain('1. "claim number 0"');
    expect(found).not.toContain('claim number 399');
    expect(found.endsWith('…')).toBe(true);
  });
});
