import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimCard } from '../../../../src/contracts/claim-card';
import { Card, type CardProps } from '../../../../src/ui/card/Card';
import { toClaimCard } from '../../../../src/view-model/card-model';
import { buildClaimView } from '../../../../src/view-model/claim-view';
import { overviewStrings } from '../../../../src/ui/i18n/overview';
import { pageStrings } from '../../../../src/ui/i18n/page';
import { buildOverview } from '../../../../src/view-model/overview';
import { overviewWords } from '../../../../src/view-model/overview-words';
import { setMessageLookup } from '../../../../src/ui/i18n/messages';
import { lookupFor } from '../locale-files';
import { dataset, highlights } from './fixtures';

const card = (index: number): ClaimCard =>
  toClaimCard(buildClaimView(highlights, index, dataset)!, 'en');

function show(props: Partial<CardProps>) {
  const root = document.createElement('div');
  document.body.append(root);
  const all: CardProps = {
    t: pageStrings('en'),
    state: { status: 'ready', card: card(0) },
    copied: null,
    blocked: null,
    onClose: () => {},
    onCopy: () => {},
    ...props,
  };
  render(<Card {...all} />, root);
  return root.querySelector<HTMLElement>('.cc-card')!;
}

describe('the card', () => {
  afterEach(() => document.body.replaceChildren());

  it('is a labelled dialog showing the claim as written, then what the background worded', () => {
    const el = show({});
    expect(el.getAttribute('role')).toBe('dialog');
    const title = el.querySelector(`#${el.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('Casualty claim: “about 120 civilians”');
    expect(el.textContent).toContain('Harbour Watch · NGO');
    expect(el.querySelector('blockquote')!.textContent).toBe(
      '“At least 120 civilians were killed.”',
    );
    expect(
      [...el.querySelectorAll('.cc-chart-row')].map((r) => r.getAttribute('data-tone')),
    ).toEqual(['page', 'own', 'other', 'other']);
  });

  it('opens sources in a new tab, and never links anything but http(s)', () => {
    const c = card(0);
    c.sections[0]!.evidence[0]!.links.push({
      text: 'bad',
      label: 'bad',
      href: 'javascript:alert(1)',
    });
    const el = show({ state: { status: 'ready', card: c } });
    const links = [...el.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((a) => /^https:\/\//.test(a.getAttribute('href')!))).toBe(true);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).toBe(true);
  });

  it('renders page text as text, never as markup', () => {
    const c = card(0);
    c.text = '<img src=x onerror=alert(1)>';
    const el = show({ state: { status: 'ready', card: c } });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h2')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('copies a citation, then says so on that button', () => {
    const onCopy = vi.fn();
    const el = show({ onCopy });
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.cc-copy')];
    buttons[1]!.click();
    expect(onCopy).toHaveBeenCalledWith(card(0).sections[1]!.charts[0]!.rows[2]!.citation!.text);
    const after = show({ copied: onCopy.mock.calls[0]![0] as string });
    expect([...after.querySelectorAll('.cc-copy')].map((b) => b.textContent)).toContain(
      'Citation copied',
    );
  });

  it('shows a citation the page would not let it copy, selected for copying by hand', () => {
    const el = show({ blocked: 'Cited words' });
    expect(el.querySelector('textarea')!.value).toBe('Cited words');
    expect(el.textContent).toContain('select the citation below');
  });

  it('shows the claim while its sources load, and says when they are gone', () => {
    const loading = show({ state: { status: 'loading', kind: 'denial', text: 'nothing new' } });
    expect(loading.getAttribute('data-kind')).toBe('denial');
    expect(loading.textContent).toContain('Denial: “nothing new”');
    expect(loading.textContent).toContain('Loading the sources');
    const missing = show({ state: { status: 'missing', kind: 'denial', text: 'nothing new' } });
    expect(missing.textContent).toContain('the page changed');
  });

  it('closes from its close button, named for screen readers', () => {
    const onClose = vi.fn();
    const el = show({ onClose });
    const close = el.querySelector<HTMLButtonElement>('.cc-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    close.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks French in its own words too', () => {
    const el = show({
      t: (setMessageLookup(lookupFor('fr')), pageStrings('fr')),
      state: { status: 'loading', kind: 'casualty', text: 'x' },
    });
    expect(el.textContent).toContain('Bilan : “x”');
    expect(el.querySelector('.cc-close')!.getAttribute('aria-label')).toBe('Fermer');
  });
});

describe('the card with the overview', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows who counted what as a captioned table, the clicked claim marked, the party by its words', () => {
    setMessageLookup(lookupFor('en'));
    // A page's text that looks like markup.
    const page = [
      { ...highlights[0]!, text: 'about <b>120</b> civilians' },
      ...highlights.slice(1),
    ];
    const overview = {
      ...overviewWords(
        buildOverview(page, dataset, null, { metric: 'civilians-killed' }),
        overviewStrings('en'),
        'en',
      ),
      current: 0,
    };
    const c = toClaimCard(buildClaimView(page, 0, dataset)!, 'en', overview);
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <Card
        t={pageStrings('en')}
        state={{ status: 'ready', card: c }}
        copied={null}
        blocked={null}
        onClose={() => {}}
        onCopy={() => {}}
      />,
      root,
    );
    const table = root.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe(
      'civilians killed: who counted how many',
    );
    expect([...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent)).toEqual([
      'Watch',
      'unknown',
      'Tally',
      'Ministry',
    ]);
    expect(table.querySelector('[data-claim-index="0"]')!.hasAttribute('data-current')).toBe(true);
    expect(table.querySelector('[data-kind="statement"] .cc-ov-bar')).toBeNull();
    // Page text stays text: the claim's words are not markup.
    expect(root.querySelector('.cc-ov-claim b')).toBeNull();
    expect(table.querySelector('[data-claim-index="0"]')!.textContent).toContain(
      '“about <b>120</b> civilians”',
    );
  });
});
