import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../../src/engine/extract/page-text';
import { gateWords } from '../../../../src/engine/match/gate-words';
import { loadPage } from '../../../fixtures/pages/load';

// Sizes a tenth of a hundredth of the real ones: happy-dom is far slower than a browser.
const HUGE = 300;
const byRuns = {
  storyWords: gateWords(['amnesty', 'amnist']),
  hugeElements: HUGE,
  runElements: 30,
};

const ARTICLE =
  '<article><h1>Syrie : Amnesty International accuse Moscou</h1>' +
  '<p class="dateline">Beyrouth, 23 décembre 2015</p>' +
  '<p>Les frappes russes ont tué au moins 200 civils, selon le rapport.</p></article>';

/** A live blog of `entries` entries of 3 elements each; `story` holds the story's word. */
function liveBlog(entries: number, story: number): string {
  let html = '';
  for (let i = 0; i < entries; i++) {
    const text = i === story ? 'Amnesty publie un nouveau bilan' : `Résultat sportif numéro ${i}`;
    html += `<div class="entry"><p><b>${i}</b> ${text}.</p></div>`;
  }
  return html;
}

const page = (main: string) =>
  loadPage(
    '<!doctype html><html lang="fr"><head></head><body><header><nav>Rubriques</nav></header>' +
      `<main>${main}</main></body></html>`,
  );

describe('extraction of a huge page, by runs of subtrees', () => {
  // 3 elements an entry, so 10 to a run.
  const huge = () => page(`${ARTICLE}<section class="live">${liveBlog(200, 125)}</section>`);

  it('reads the article, its headline and dateline, and the runs that hold the story words', async () => {
    const doc = await huge();
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(HUGE);
    const { text } = extractPageText(doc, { byRuns });
    expect(text).toContain('Syrie : Amnesty International accuse Moscou');
    expect(text).toContain('Beyrouth, 23 décembre 2015');
    expect(text).toContain('Les frappes russes ont tué au moins 200 civils');
    // A live blog's entry that names the story, and the entries around it.
    expect(text).toContain('125 Amnesty publie un nouveau bilan.');
    expect(text).toContain('110 Résultat sportif numéro 110.');
    expect(text).toContain('139 Résultat sportif numéro 139.');
    // Far from any story word, the live blog is not read.
    expect(text).not.toContain('Résultat sportif numéro 50.');
    expect(text).not.toContain('Résultat sportif numéro 190.');
  });

  it('reads a fraction of the nodes that a walk of every node reads', async () => {
    const doc = await huge();
    const all = extractPageText(doc).nodesRead;
    const read = extractPageText(doc, { byRuns }).nodesRead;
    expect(all).toBeGreaterThan(1000);
    expect(read).toBeLessThan(all / 3);
  });

  it('reads a page of ordinary size node by node, as without the story words', async () => {
    const doc = await page(`${ARTICLE}<section class="live">${liveBlog(80, 40)}</section>`);
    expect(doc.getElementsByTagName('*').length).toBeLessThan(HUGE);
    const all = extractPageText(doc);
    const withWords = extractPageText(doc, { byRuns });
    expect(withWords.text).toBe(all.text);
    expect(withWords.blocks).toEqual(all.blocks);
    expect(withWords.nodesRead).toBe(all.nodesRead);
  });

  it('reads a run that holds a frame, whose text a native read cannot see', async () => {
    const doc = await page(
      `<section class="live">${liveBlog(100, -1)}<div class="entry"><iframe></iframe>` +
        `<p>Le cadre ci-dessus</p></div>${liveBlog(100, -1)}</section>`,
    );
    const { text } = extractPageText(doc, { byRuns });
    expect(text).toContain('Le cadre ci-dessus');
    expect(text).not.toContain('Résultat sportif numéro 50.');
  });
});
