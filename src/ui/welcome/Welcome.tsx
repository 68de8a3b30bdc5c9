import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { welcomeStrings } from '../i18n/welcome';
import type { UiLanguage } from '../i18n/language';

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
