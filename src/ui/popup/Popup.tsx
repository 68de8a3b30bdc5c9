import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Dataset } from '../../data/schema';
import type { PageResult } from '../../contracts/page-result';
import { parseSettings } from '../../settings/schema';
import type { Settings } from '../../contracts/settings';
import { disabledSiteFor, siteOf } from '../../settings/sites';
import {
  loadSettings,
  onSettingsChanged,
  setActiveOnPage,
  setEnabled,
} from '../../settings/storage';
import { buildClaimView } from '../../view-model/claim-view';
import type { UiLanguage } from '../i18n/language';
import { overviewStrings } from '../i18n/overview';
import { buildOverview } from '../../view-model/overview';
import { overviewWords } from '../../view-model/overview-words';
import { AboutData } from './AboutData';
import { NoAccess, useSiteAccess } from './Access';
import { PageActions } from './Actions';
import { ClaimList } from './ClaimList';
import { loadDataset, loadStoryInfo, type StoryInfo } from './data';
import { MatchHeader, StateMessage } from './Header';
import { Overview } from './Overview';
import { ReportView } from './Report';
import { popupState } from './state';
import { StringsContext, stringsFor, useStrings } from './strings';
import { groupClaims } from '../../view-model/page-claims';
import { Switches } from './Switches';
import { UpdateNotice } from './UpdateNotice';
import {
  fetchResult,
  findTarget,
  isLoading,
  onResultsChanged,
  revealOnPage,
  type Target,
} from './target';

/** How long a loaded tab may take to report before the popup calls it unreadable. */
const GRACE_MS = 2500;

const EMPTY_DATASET: Dataset = { sources: [], figures: [], statements: [] };

/** Everything the popup knows, kept up to date while it is open. */
function usePopupData(search: string) {
  const [target, setTarget] = useState<Target | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [result, setResult] = useState<PageResult | null>(null);
  const [mayStillReport, setMayStillReport] = useState(true);

  useEffect(() => {
    findTarget(search).then(setTarget, () => setTarget({ tabId: null, ownTab: false }));
    loadSettings().then(setSettings, () => setSettings(parseSettings(undefined)));
    return onSettingsChanged(setSettings);
  }, [search]);

  useEffect(() => {
    const tabId = target?.tabId;
    if (tabId == null || target?.ownTab) return;
    const refresh = () => fetchResult(tabId).then(setResult, () => setResult(null));
    refresh();
    const stop = onResultsChanged(refresh);
    let timer: ReturnType<typeof setTimeout>;
    const giveUpUnlessLoading = async () => {
      if (await isLoading(tabId)) timer = setTimeout(giveUpUnlessLoading, 500);
      else setMayStillReport(false);
    };
    timer = setTimeout(giveUpUnlessLoading, GRACE_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [target]);

  const { access, recheck } = useSiteAccess(target, result?.url ?? null);
  return { target, settings, result, mayStillReport, access, recheckAccess: recheck };
}

/** The dataset, once `wanted`; an empty one if it cannot be read. */
function useDataset(wanted: boolean): Dataset | null {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  useEffect(() => {
    if (wanted) loadDataset().then(setDataset, () => setDataset(EMPTY_DATASET));
  }, [wanted]);
  return dataset;
}

/** The story with id `id`: undefined while it is read, null when there is none. */
function useStory(id: string | null): StoryInfo | null | undefined {
  const [story, setStory] = useState<StoryInfo | null | undefined>(undefined);
  useEffect(() => {
    if (id === null) setStory(null);
    else loadStoryInfo(id).then(setStory, () => setStory(null));
  }, [id]);
  return story;
}

export function Popup({ lang, search }: { lang: UiLanguage; search: string }) {
  const strings = useMemo(() => stringsFor(lang), [lang]);
  return (
    <StringsContext.Provider value={strings}>
      <PopupBody search={search} />
    </StringsContext.Provider>
  );
}

function PopupBody({ search }: { search: string }) {
  const { lang, t } = useStrings();
  const known = usePopupData(search);
  const state = popupState(known);
  const [view, setView] = useState<'page' | 'about' | 'report'>('page');
  const matched = state.kind === 'match' ? state.result : null;
  const dataset = useDataset(matched !== null || view === 'about');
  const story = useStory(matched?.story ?? null);
  const views = useMemo(
    () =>
      matched && dataset
        ? matched.highlights.map((_, i) => buildClaimView(matched.highlights, i, dataset))
        : null,
    [matched, dataset],
  );
  const claims = useMemo(
    () => matched && views && groupClaims(matched.highlights, (i) => views[i] ?? null),
    [matched, views],
  );
  // Waits for the story: its pack names each counter's figure.
  const overview = useMemo(
    () =>
      matched && dataset && story !== undefined
        ? buildOverview(matched.highlights, dataset, story)
        : null,
    [matched, dataset, story],
  );
  const overviewText = useMemo(
    () => overview && overviewWords(overview, overviewStrings(lang), lang),
    [overview, lang],
  );

  const pageResult = 'result' in state ? state.result : null;
  const pageUrl = pageResult?.url ?? null;
  const site = pageUrl === null ? null : siteOf(pageUrl);
  const tabId = known.target?.tabId;
  const reveal = (index: number) => {
    if (tabId != null) revealOnPage(tabId, index).catch(() => {});
  };

  return (
    <main data-state={state.kind} data-view={view} data-verdict={pageResult?.verdict}>
      <header class="top">
        <h1>{t.appName}</h1>
        <nav class="views">
          {view === 'page' ? (
            <button type="button" data-action="about" onClick={() => setView('about')}>
              {t.aboutData}
            </button>
          ) : (
            <button type="button" data-action="back" onClick={() => setView('page')}>
              {t.back}
            </button>
          )}
          <button
            type="button"
            data-action="options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t.optionsLink}
          </button>
        </nav>
      </header>
      <UpdateNotice />

      {view === 'report' && pageResult ? (
        <ReportView result={pageResult} onClose={() => setView('page')} />
      ) : view === 'about' ? (
        dataset ? (
          <AboutData dataset={dataset} />
        ) : (
          <p>{t.loading}</p>
        )
      ) : (
        <>
          {known.settings && state.kind !== 'loading' && (
            <Switches
              site={site}
              siteOff={pageUrl !== null && disabledSiteFor(pageUrl, known.settings) !== null}
              globalOff={!known.settings.enabled}
              onSiteOff={(off) => pageUrl && void setActiveOnPage(pageUrl, !off)}
              onGlobalOff={(off) => void setEnabled(!off)}
            />
          )}
          {state.kind === 'loading' && <p>{t.loading}</p>}
          {state.kind === 'no-access' && (
            <NoAccess
              site={state.site}
              pattern={state.pattern}
              tabId={tabId ?? null}
              onGranted={known.recheckAccess}
            />
          )}
          {state.kind === 'unreadable' && (
            <StateMessage kind="unreadable" title={t.unreadableTitle} body={t.unreadableBody} />
          )}
          {state.kind === 'analysing' && (
            <StateMessage kind="analysing" title={t.analysingTitle} body={t.analysingBody} />
          )}
          {state.kind === 'off-global' && (
            <StateMessage kind="off-global" title={t.offGlobalTitle} body={t.offGlobalBody} />
          )}
          {state.kind === 'off-site' && (
            <StateMessage kind="off-site" title={t.offSiteTitle(state.site)} body={t.offSiteBody} />
          )}
          {state.kind === 'no-match' && (
            <StateMessage kind="no-match" title={t.noMatchTitle} body={t.noMatchBody} />
          )}
          {state.kind === 'match' && (
            <>
              <MatchHeader result={state.result} story={story ?? null} />
              {overviewText && (
                <Overview
                  overview={overviewText}
                  reveal={reveal}
                  denialsHeading={t.denialsHeading}
                />
              )}
              {claims ? <ClaimList claims={claims} reveal={reveal} /> : <p>{t.loading}</p>}
            </>
          )}
          {(state.kind === 'match' || state.kind === 'no-match') && (
            <PageActions
              result={state.result}
              views={views}
              overview={overview}
              onReport={() => setView('report')}
            />
          )}
        </>
      )}
    </main>
  );
}
