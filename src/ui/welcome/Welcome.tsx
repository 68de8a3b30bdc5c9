import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { welcomeStrings } from '../i18n/welcome';
import type { UiLanguage } from '../i18n/language';
import { message } from '../i18n/messages';
import { ALL_SITES, hasAccess, onAccessChanged, requestAccess } from '../site-access';

export interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/**
 * The extension's keyboard commands as the browser has them (the reader may
 * have changed the keys), without the toolbar button's own entry.
 */
export async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, keys: c.shortcut ?? '' }));
}

/** Whether Crosscount may read every site, and a button to ask when it may not. */
function SiteAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const check = () => void hasAccess(ALL_SITES).then(setGranted);
    check();
    return onAccessChanged(check);
  }, []);
  if (granted === null) return null;
  const ask = async () => {
    const ok = await requestAccess(ALL_SITES);
    setRefused(!ok);
    if (ok) setGranted(true);
  };
  return (
    <section aria-labelledby="access-heading" data-access={granted ? 'granted' : 'missing'}>
      <h2 id="access-heading">{message('access_welcomeHeading')}</h2>
      {granted ? (
        <p>{message('access_welcomeGranted')}</p>
      ) : (
        <>
          <p>{message('access_welcomeMissing')}</p>
          <button type="button" data-action="grant-all" onClick={() => void ask()}>
            {message('access_grantAll')}
          </button>
          {refused && <p class="hint">{message('access_refused')}</p>}
        </>
      )}
    </section>
  );
}

export function Welcome({ lang }: { lang: UiLanguage }) {
  const t = welcomeStrings(lang);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    loadShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, []);
  return (
    <main>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <section aria-labelledby="reads-heading">
        <h2 id="reads-heading">{t.readsHeading}</h2>
        <p>{t.reads}</p>
        <p>
          <strong>{t.sendsNothing}</strong>
        </p>
      </section>
      <SiteAccess />
      <section aria-labelledby="use-heading">
        <h2 id="use-heading">{t.useHeading}</h2>
        <p>{t.highlights}</p>
        <p>{t.popup}</p>
      </section>
      {shortcuts && (
        <section aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t.shortcutsHeading}</h2>
          {shortcuts.length === 0 ? (
            <p>{t.shortcutsNone}</p>
          ) : (
            <>
              <dl class="shortcuts">
                {shortcuts.map((s) => (
                  <div key={s.name} data-command={s.name}>
                    <dt>{s.keys ? <kbd>{s.keys}</kbd> : t.unassigned}</dt>
                    <dd>{s.description}</dd>
                  </div>
                ))}
              </dl>
              <p class="hint">{t.shortcutsChange}</p>
            </>
          )}
        </section>
      )}
      <p>
        <a href="/options.html">{t.optionsLink}</a>
      </p>
    </main>
  );
}
