import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { message } from '../i18n/messages';
import { ALL_SITES, hasAccess, onAccessChanged, requestAccess, sitePattern } from '../site-access';
import type { Access } from './state';
import type { Target } from './target';

/**
 * What the browser lets Crosscount read of the described tab's site: by the
 * tab's address (known when the popup was opened from the toolbar, through
 * activeTab, or from the page's last result), else whether it may read every
 * site. Follows grants and withdrawals while the popup is open.
 */
export function useSiteAccess(
  target: Target | null,
  resultUrl: string | null,
): { access: Access | null; recheck: () => void } {
  const [access, setAccess] = useState<Access | null>(null);
  const [changes, setChanges] = useState(0);
  const recheck = () => setChanges((n) => n + 1);
  useEffect(() => onAccessChanged(recheck), []);
  useEffect(() => {
    const tabId = target?.tabId;
    if (tabId == null || target?.ownTab) return;
    let live = true;
    void (async () => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const url = tab?.url || resultUrl;
      const pattern = url ? sitePattern(url) : null;
      // Not a web page: no permission would let Crosscount read it.
      if (url && !pattern) return live && setAccess({ granted: true, site: null, pattern });
      const granted = await hasAccess(pattern ? [pattern] : ALL_SITES);
      const site = pattern ? new URL(url!).hostname : null;
      if (live) setAccess({ granted, site, pattern });
    })();
    return () => {
      live = false;
    };
  }, [target, resultUrl, changes]);
  return { access, recheck };
}

/** Says the browser withholds the site, and asks for it again on a click. */
export function NoAccess({
  site,
  pattern,
  tabId,
  onGranted,
}: {
  site: string | null;
  pattern: string | null;
  tabId: number | null;
  onGranted: () => void;
}) {
  const [refused, setRefused] = useState(false);
  const ask = async (origins: string[]) => {
    // Straight from the click: browsers only ask the user from a user action.
    const granted = await requestAccess(origins);
    setRefused(!granted);
    // The page was loaded without Crosscount: read it now.
    if (granted && tabId !== null) await browser.tabs.reload(tabId).catch(() => {});
    if (granted) onGranted();
  };
  return (
    <div class="state" data-state-message="no-access" role="status">
      <p class="state-title">{message('access_popupTitle')}</p>
      <p>{site ? message('access_popupBody', site) : message('access_welcomeMissing')}</p>
      <div class="actions">
        {pattern && site && (
          <button type="button" data-action="grant-site" onClick={() => void ask([pattern])}>
            {message('access_grantSite', site)}
          </button>
        )}
        <button type="button" data-action="grant-all" onClick={() => void ask(ALL_SITES)}>
          {message('access_grantAll')}
        </button>
      </div>
      {refused && <p class="hint">{message('access_refused')}</p>}
    </div>
  );
}
