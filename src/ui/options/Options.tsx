import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Dataset } from '../../data/schema';
import { parseSettings } from '../../settings/schema';
import type { Settings } from '../../contracts/settings';
import { loadSettings, onSettingsChanged, restoreSite, setEnabled } from '../../settings/storage';
import { AboutData } from '../popup/AboutData';
import { loadDataset } from '../popup/data';
import type { UiLanguage } from '../i18n/language';
import { StringsContext, stringsFor, useStrings } from '../popup/strings';
import { Switch } from '../popup/Switches';

/** The sites switched off, each with a button that switches it back on. */
function OffSites({ sites }: { sites: string[] }) {
  const { t } = useStrings();
  if (sites.length === 0) return <p class="hint">{t.offSitesNone}</p>;
  return (
    <ul class="off-sites">
      {sites.map((site) => (
        <li key={site} data-site={site}>
          <span class="site">{site}</span>
          <button
            type="button"
            aria-label={t.restoreLabel(site)}
            onClick={() => void restoreSite(site)}
          >
            {t.restore}
          </button>
        </li>
      ))}
    </ul>
  );
}

function OptionsBody() {
  const { t } = useStrings();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dataset, setDataset] = useState<Dataset | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(parseSettings(undefined)));
    loadDataset().then(setDataset, () => setDataset(null));
    return onSettingsChanged(setSettings);
  }, []);
  return (
    <main data-ready={settings !== null}>
      <h1>{t.optionsTitle}</h1>
      {settings && (
        <>
          <Switch
            id="switch-global"
            label={t.switchGlobal}
            hint={t.optionsGlobalHint}
            checked={!settings.enabled}
            onChange={(off) => void setEnabled(!off)}
          />
          <section aria-labelledby="off-sites-heading">
            <h2 id="off-sites-heading">{t.offSitesHeading}</h2>
            <OffSites sites={settings.disabledSites} />
          </section>
        </>
      )}
      {dataset && <AboutData dataset={dataset} />}
    </main>
  );
}

export function Options({ lang }: { lang: UiLanguage }) {
  const strings = useMemo(() => stringsFor(lang), [lang]);
  return (
    <StringsContext.Provider value={strings}>
      <OptionsBody />
    </StringsContext.Provider>
  );
}
