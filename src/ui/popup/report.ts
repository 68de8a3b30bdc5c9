import type { PageResult } from '../../messaging/protocol';

// "Report a wrong highlight" opens the project's new-issue form prefilled with
// what Crosscount found; the reader edits it and submits it (or not) on the
// site. The extension itself sends nothing.

export const NEW_ISSUE_URL = 'https://github.com/crosscount/crosscount/issues/new';

// Browsers and GitHub refuse very long URLs; the page's claims are cut to fit.
const MAX_URL_LENGTH = 7000;

export function reportUrl(result: PageResult, version: string): string {
  const head = [
    `Page: ${result.url}`,
    `Verdict: ${result.verdict}${result.story ? ` (${result.story})` : ''}`,
    `Crosscount: ${version}`,
    '',
    'What is wrong (a missed claim, a wrong number, a wrong source, a highlight that is not a claim):',
    '',
    '',
    'What Crosscount highlighted:',
  ];
  const lines = result.highlights.map((h, i) => {
    const count = h.value ?? (h.min !== undefined ? `≥${h.min}` : '');
    const what = h.kind === 'denial' ? 'denial' : `${h.metric ?? ''} ${count}`.trim();
    return `${i + 1}. "${h.text}" (${what}; source: ${h.source})`;
  });
  const url = (body: string[]) => {
    const params = new URLSearchParams({
      title: `Wrong highlight on ${hostOf(result.url)}`,
      body: body.join('\n'),
    });
    return `${NEW_ISSUE_URL}?${params}`;
  };
  let kept = lines.length;
  while (kept > 0 && url([...head, ...lines.slice(0, kept), '…']).length > MAX_URL_LENGTH) kept--;
  return url([...head, ...lines.slice(0, kept), ...(kept < lines.length ? ['…'] : [])]);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'a page';
  }
}
