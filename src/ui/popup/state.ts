import type { PageResult } from '../../contracts/page-result';
import type { Settings } from '../../contracts/settings';
import { disabledSiteFor, siteOf } from '../../settings/sites';
import type { Target } from './target';

/** What the popup shows. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unreadable' }
  /** The browser withholds access to the page's site (`site`, null when unknown). */
  | { kind: 'no-access'; site: string | null; pattern: string | null }
  | { kind: 'analysing' }
  | { kind: 'off-global'; result: PageResult | null }
  | { kind: 'off-site'; site: string; result: PageResult }
  | { kind: 'no-match'; result: PageResult }
  | { kind: 'match'; result: PageResult };

export interface Known {
  target: Target | null;
  settings: Settings | null;
  result: PageResult | null;
  /** The tab is loading, or the popup opened too recently to give up on a result. */
  mayStillReport: boolean;
  /** What the browser lets Crosscount read of the tab's site; null until known. */
  access?: Access | null;
}

export interface Access {
  granted: boolean;
  /** The page's host and match pattern, when the popup may know the page's address. */
  site: string | null;
  pattern: string | null;
}

export function popupState({
  target,
  settings,
  result,
  mayStillReport,
  access,
}: Known): PopupState {
  if (target === null || settings === null) return { kind: 'loading' };
  if (target.tabId === null || target.ownTab) return { kind: 'unreadable' };
  if (!settings.enabled) return { kind: 'off-global', result };
  // A result read before access was withdrawn no longer describes what Crosscount may do.
  if (access && !access.granted) {
    return { kind: 'no-access', site: access.site, pattern: access.pattern };
  }
  if (result === null) return mayStillReport ? { kind: 'analysing' } : { kind: 'unreadable' };
  if (siteOf(result.url) === null) return { kind: 'unreadable' };
  const off = disabledSiteFor(result.url, settings);
  if (off !== null) return { kind: 'off-site', site: off, result };
  return result.verdict === 'none' ? { kind: 'no-match', result } : { kind: 'match', result };
}
