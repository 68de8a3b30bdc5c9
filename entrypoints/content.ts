import { defineContentScript } from 'wxt/utils/define-content-script';
import gates from '../src/data/packs/gates.json';
import { storyWordsOf } from '../src/engine/match/gate-words';
import { mayMatchSteps } from '../src/engine/match/may-match';
import { runSliced, type Steps } from '../src/engine/steps';
import { createWorkLog } from '../src/page/work-log';
import { MESSAGE, toContent } from '../src/contracts/messages';
import { noStory } from '../src/contracts/page-result';
import { clearLeftovers } from '../src/page/clear-leftovers';
import { createPageCheck } from '../src/page/page-check';
import { pause } from '../src/page/pause';
import { reportResult } from '../src/page/report-result';
import { watchChanges } from '../src/page/watch-changes';
import { watchLocation } from '../src/page/watch-location';
import { watchReveal, type RevealWatch } from '../src/page/watch-reveal';
import { READER_FILE, READER_KEY, type LoadedReader, type Reader } from '../src/reader/bridge';
import { watchActivation } from '../src/settings/activation';
import { nativeApi } from '../src/page/native-api';
import { pageShadowRoot, UI_HOST_TAG } from '../src/page/ui-host-tag';

// Runs on every page, so it does as little as it can: watch for changes and
// test the page for any story's early-exit words. Only pages that pass read
// the reader's switches and load the reader (engine, packs, highlights).

/**
 * Work this long at most before giving the page its main thread back: a frame
 * is 16 ms, and what the budget cannot foresee (garbage collection, a step
 * dearer than expected) lands on top of it.
 */
const SLICE_MS = 10;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // An older copy of this script is told to stop by a DOM event; WXT's extra
  // window.postMessage would wake every listener the page has, on every page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const work = createWorkLog();
    const started = performance.now();
    // What an earlier Crosscount left (highlights, a card) is only on pages it read: ones
    // that pass the gate, unless the reader switched it off there since. Looked for then
    // only: the look costs about a millisecond (the highlight registry, adopted sheets)
    // on every page that holds no story.
    let cleared = false;
    const clearOnce = () => {
      if (!cleared) clearLeftovers(document);
      cleared = true;
    };
    let reader: Reader | null = null;
    // Whether a check has passed the gate: the click listener and the address watch are armed.
    let passedGate = false;
    let loading: Promise<Reader | null> | null = null;
    // Watches for hidden text becoming visible; armed once the gate passes.
    let reveal: RevealWatch | null = null;
    /** A reveal signal came since the last check began. */
    let restyled = false;
    const onReveal = () => {
      restyled = true;
      watcher.changed();
    };

    const run = <T>(steps: Steps<T>) =>
      runSliced(steps, {
        sliceMs: SLICE_MS,
        pause,
        alive: () => ctx.isValid,
        slice: (slice) => work.slice((_, add) => slice(add)),
      });

    const loadReader = () =>
      (loading ??= import(/* @vite-ignore */ nativeApi.runtime.getURL(READER_FILE))
        .then(() => {
          const loaded = (globalThis as Record<symbol, LoadedReader | undefined>)[READER_KEY];
          if (!loaded || !ctx.isValid) return null;
          // Running the module was work on the page's main thread too.
          work.record('load', loaded.evaluationMs);
          // The stories' words, where the reader's walk of a huge page reads node by node.
          const storyWords = storyWordsOf(gates);
          reader = loaded.createReader({
            isValid: () => ctx.isValid,
            run,
            observe,
            work,
            ...(storyWords ? { storyWords } : {}),
          });
          return reader;
        })
        .catch(() => null));

    const pageCheck = createPageCheck({
      mayMatch: () =>
        run(
          mayMatchSteps(document, gates, {
            // Shadow roots found are watched, as articles are often filled in later.
            shadowRoot: pageShadowRoot,
            onShadowRoot: observe,
          }),
        ),
      // Set-up on pages that pass the gate is counted in `start` like the rest: reading the
      // switches sets up the storage API, and the reveal watch its observer and listeners.
      watchSwitches: (onChange) =>
        work.slice((stage) =>
          stage('start', () => watchActivation(() => location.href, onChange, nativeApi)),
        ),
      prepare: () => {
        work.slice((stage) =>
          stage('start', () => {
            clearOnce();
            // The page may hold a story: text hidden now (an AMP body, a fade-in)
            // is read again once it shows, which changes no node.
            reveal ??= watchReveal(document, onReveal, fromOwnUi);
            reveal.refresh();
          }),
        );
        // Chromium leaves this script running in open tabs when the extension is updated or
        // reloaded, and does not say so: a click asks, so that the reader stops (below) before
        // it opens a card it could no longer fill. Only a page the reader reads has a card.
        if (!passedGate) {
          passedGate = true;
          ctx.addEventListener(document, 'click', () => ctx.isValid, { capture: true });
          // Same-document navigations are followed from the first check that passes the gate
          // (and counted in `start`): the Navigation API's first use cost every page 0.5-0.65 ms.
          // Until then an address change alone cannot change the answer (the gate reads the
          // text, not the address), and a new article it brings is a change the observer sees.
          work.slice((stage) => stage('start', () => watchLocation(check, ctx.signal)));
        }
      },
      clearLeftovers: clearOnce,
      reader: {
        current: () => reader,
        load: loadReader,
        drop: () => {
          reader?.stop();
          reader = null;
          loading = null;
        },
      },
      takeRestyled: () => {
        const since = restyled;
        restyled = false;
        return since;
      },
      report: (reason) => reportResult(work, noStory(reason)),
      recheck: () => check(),
    });

    // One analysis at a time: a change during one asks for another after it.
    let checked = false;
    let running = false;
    let again = false;
    const check = () => {
      if (!ctx.isValid) return;
      checked = true;
      if (running) {
        again = true;
        return;
      }
      running = true;
      void pageCheck.run().finally(() => {
        running = false;
        if (again) {
          again = false;
          check();
        }
      });
    };

    // The document, not its root element: the first element object a content script's world
    // makes costs it 0.15-0.35 ms, and a page without the story needs none (see may-match).
    const watcher = watchChanges([document], check, {
      debounceMs: 300,
      maxWaitMs: 2000,
      ignore: () => false,
      // Plain timers: WXT's ctx.setTimeout adds a listener per call that is never removed.
      setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
      clearTimeout: (id) => window.clearTimeout(id),
    });
    function fromOwnUi(target: EventTarget | null) {
      return (target as Element | null)?.localName === UI_HOST_TAG;
    }
    function observe(root: Node) {
      watcher.observe(root);
    }
    // The background asks, once the tab has loaded, whether a page it can read is there.
    // `npm run analyze` and tests ask whether the last result is final for now: no
    // check is running or waiting for a change to settle, and the last report is stored.
    const answerPing = (message: unknown, _: unknown, respond: (answer: boolean) => void) => {
      const type = toContent(message)?.type;
      if (type === MESSAGE.ping) respond(true);
      else if (type === MESSAGE.idle) respond(checked && !running && !watcher.pending());
      // Other messages are the reader's: no answer from here.
      return undefined;
    };
    nativeApi.runtime.onMessage.addListener(answerPing);
    // A page back from the back-forward cache keeps this script, which reports again.
    // The browser's own call: WXT's wrapper cost a page without a story 0.04 ms more.
    const onPageShow = (e: PageTransitionEvent) => e.persisted && check();
    window.addEventListener('pageshow', onPageShow);
    ctx.onInvalidated(() => {
      window.removeEventListener('pageshow', onPageShow);
      nativeApi.runtime.onMessage.removeListener(answerPing);
      pageCheck.stop();
      watcher.stop();
      reveal?.stop();
      reader?.stop();
    });
    // Setting up is work on every page too.
    work.record('start', performance.now() - started);
    // The first check in a task of its own, as every later one, so the log times it apart.
    window.setTimeout(check);
  },
});
