import type { PageResult } from '../../contracts/page-result';
import { REPORT_FORM_URL, REPORT_TEMPLATE } from '../../project';

// "Report a wrong highlight": the popup first shows the report (page address,
// the highlight, what is wrong, what Crosscount found) for the reader to edit
// or copy; only when they choose to send it does it open the project's issue
// form (.github/ISSUE_TEMPLATE/wrong-highlight.yml) with those fields filled
// in, where they submit it (or not) themselves. The extension sends nothing.

/** The report's fields, named as the issue form's field ids. */
export interface ReportDraft {
  page: string;
  problem: string;
  claim: string;
  found: string;
  version: string;
}
export const REPORT_FIELDS = ['page', 'problem', 'claim', 'found', 'version'] as const;

// Browsers and GitHub refuse very long URLs; what was found is cut to fit.
const MAX_URL_LENGTH = 7000;

/** One line per highlight: its words, what it counts and who the article says counted it. */
export function foundLines(result: PageResult): string[] {
  return [
    `Verdict: ${result.verdict}${result.story ? ` (${result.story})` : ''}`,
    ...result.highlights.map((h, i) => {
      const count = h.value ?? (h.min !== undefined ? `≥${h.min}` : '');
      const what = h.kind === 'denial' ? 'denial' : `${h.metric ?? ''} ${count}`.trim();
      return `${i + 1}. "${h.text}" (${what}; source: ${h.source})`;
    }),
  ];
}

/** The report as first shown: everything but what is wrong, which only the reader knows. */
export function reportDraft(result: PageResult, version: string, browser: string): ReportDraft {
  return {
    page: result.url,
    problem: '',
    claim: result.highlights.length === 1 ? result.highlights[0]!.text : '',
    found: foundLines(result).join('\n'),
    version: `Crosscount ${version}${browser ? `, ${browser}` : ''}`,
  };
}

/** The report as plain text, for the clipboard. */
export function reportText(draft: ReportDraft, labels: Record<keyof ReportDraft, string>): string {
  return REPORT_FIELDS.filter((f) => draft[f].trim())
    .map((f) => `${labels[f]}:\n${draft[f].trim()}`)
    .join('\n\n');
}

/** The issue form's address with the report's fields filled in. */
export function reportFormUrl(draft: ReportDraft): string {
  const url = (found: string) => {
    const params = new URLSearchParams({
      template: REPORT_TEMPLATE,
      title: `Wrong highlight on ${hostOf(draft.page)}`,
    });
    for (const field of REPORT_FIELDS) {
      const value = field === 'found' ? found : draft[field];
      if (value.trim()) params.set(field, value.trim());
    }
    return `${REPORT_FORM_URL}?${params}`;
  };
  const lines = draft.found.split('\n');
  let kept = lines.length;
  while (kept > 0 && url([...lines.slice(0, kept), '…'].join('\n')).length > MAX_URL_LENGTH) kept--;
  return url([...lines.slice(0, kept), ...(kept < lines.length ? ['…'] : [])].join('\n'));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'a page';
  }
}
