import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClaimView } from '../claim-view';
import type { PageResult } from '../../messaging/protocol';
import { claimsExport } from './export';
import { reportUrl } from './report';
import { useStrings } from './strings';

const version = () => browser.runtime.getManifest().version;

/** Copy the page's claims as JSON, and report a wrong highlight. */
export function PageActions({
  result,
  views,
}: {
  result: PageResult;
  /** The views of the page's highlights, once the dataset is read; null before. */
  views: (ClaimView | null)[] | null;
}) {
  const { t } = useStrings();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyJson = async () => {
    if (!views) return;
    const data = claimsExport(result, views, {
      version: version(),
      exported: new Date().toISOString(),
    });
    try {
      await navigator.clipboard.writeText(`${JSON.stringify(data, null, 2)}\n`);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div class="actions">
      {views && views.length > 0 && (
        <button type="button" onClick={copyJson} data-action="copy-json">
          {t.copyJson}
        </button>
      )}
      <span class="copy-status" role="status">
        {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
      </span>
      <a
        href={reportUrl(result, version())}
        target="_blank"
        rel="noopener noreferrer"
        data-action="report"
        aria-describedby="report-hint"
      >
        {t.reportWrong}
      </a>
      <span class="hint" id="report-hint">
        {t.reportHint}
      </span>
    </div>
  );
}
