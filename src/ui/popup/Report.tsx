import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageResult } from '../../contracts/page-result';
import { CopyStatus, useClipboard } from './Clipboard';
import { REPORT_FIELDS, reportDraft, reportFormUrl, reportText, type ReportDraft } from './report';
import { useStrings } from './strings';

/** "Firefox 140", "Chrome 139": enough for a report, from the user agent. */
export function browserName(userAgent: string): string {
  const [, name, major] = /(Firefox|Edg|Chrome)\/(\d+)/.exec(userAgent) ?? [];
  if (!name) return '';
  return `${name === 'Edg' ? 'Edge' : name} ${major}`;
}

/**
 * The wrong-highlight report, shown before anything leaves the popup: the
 * reader edits it, copies it, or opens the issue form with it filled in.
 */
export function ReportView({ result, onClose }: { result: PageResult; onClose: () => void }) {
  const { t } = useStrings();
  const [draft, setDraft] = useState<ReportDraft>(() =>
    reportDraft(result, browser.runtime.getManifest().version, browserName(navigator.userAgent)),
  );
  const clipboard = useClipboard();
  const labels: Record<keyof ReportDraft, string> = {
    page: t.reportPage,
    problem: t.reportProblem,
    claim: t.reportClaim,
    found: t.reportFound,
    version: t.reportVersion,
  };
  const formUrl = useMemo(() => reportFormUrl(draft), [draft]);
  const edit = (field: keyof ReportDraft) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    setDraft((d) => ({ ...d, [field]: value }));
    clipboard.forget();
  };
  const copyReport = () => clipboard.copy(`${reportText(draft, labels)}\n`);
  return (
    <section class="report" aria-labelledby="report-heading" data-view="report">
      <h2 id="report-heading">{t.reportWrong}</h2>
      <p class="hint">{t.reportIntro}</p>
      {REPORT_FIELDS.map((field) => {
        const id = `report-${field}`;
        const multiline = field !== 'page' && field !== 'version';
        return (
          <div class="field" key={field}>
            <label for={id}>{labels[field]}</label>
            {multiline ? (
              <textarea
                id={id}
                name={field}
                rows={field === 'found' ? 5 : 3}
                value={draft[field]}
                placeholder={field === 'problem' ? t.reportProblemHint : undefined}
                onInput={edit(field)}
              />
            ) : (
              <input id={id} name={field} type="text" value={draft[field]} onInput={edit(field)} />
            )}
          </div>
        );
      })}
      <div class="actions">
        <button type="button" data-action="copy-report" onClick={copyReport}>
          {t.reportCopy}
        </button>
        <a
          href={formUrl}
          target="_blank"
          rel="noopener noreferrer"
          data-action="open-report-form"
          aria-describedby="report-open-hint"
        >
          {t.reportOpen}
        </a>
        <button type="button" data-action="close-report" onClick={onClose}>
          {t.back}
        </button>
      </div>
      <p class="hint" id="report-open-hint">
        {t.reportOpenHint}
      </p>
      <CopyStatus outcome={clipboard.outcome} />
    </section>
  );
}
