import { browser } from 'wxt/browser';
import type { ClaimView } from '../../view-model/claim-view';
import type { PageResult } from '../../contracts/page-result';
import type { Overview } from '../../view-model/overview';
import { CopyStatus, useClipboard } from './Clipboard';
import { claimsExport } from './export';
import { useStrings } from './strings';

const version = () => browser.runtime.getManifest().version;

/** Copy the page's claims as JSON, and report a wrong highlight. */
export function PageActions({
  result,
  views,
  overview,
  onReport,
}: {
  result: PageResult;
  /** The views of the page's highlights, once the dataset is read; null before. */
  views: (ClaimView | null)[] | null;
  /** Who counted what, per metric, once the dataset is read. */
  overview: Overview | null;
  /** Shows the wrong-highlight report in the popup (nothing is sent). */
  onReport: () => void;
}) {
  const { t } = useStrings();
  const clipboard = useClipboard();
  const copyJson = async () => {
    if (!views) return;
    const data = claimsExport(
      result,
      views,
      { version: version(), exported: new Date().toISOString() },
      overview,
    );
    await clipboard.copy(`${JSON.stringify(data, null, 2)}\n`);
  };
  return (
    <div class="actions">
      {views && views.length > 0 && (
        <button type="button" onClick={copyJson} data-action="copy-json">
          {t.copyJson}
        </button>
      )}
      <CopyStatus outcome={clipboard.outcome} />
      <button type="button" onClick={onReport} data-action="report" aria-describedby="report-hint">
        {t.reportWrong}
      </button>
      <span class="hint" id="report-hint">
        {t.reportHint}
      </span>
    </div>
  );
}
