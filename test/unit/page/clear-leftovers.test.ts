import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../src/highlight/styles';
import { clearLeftovers } from '../../../src/page/clear-leftovers';
import { UI_HOST_TAG } from '../../../src/page/ui-host-tag';

/** A stand-in for CSS.highlights that counts how often it is asked for. */
function stubRegistry() {
  const registry = new Map<string, unknown>();
  const asked = vi.fn(() => registry);
  vi.stubGlobal('CSS', {
    get highlights() {
      return asked();
    },
  });
  return { registry, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
  document.documentElement.querySelectorAll(UI_HOST_TAG).forEach((el) => el.remove());
});

describe('clearLeftovers', () => {
  // (happy-dom drops ::highlight() rules, so our stylesheet's removal is left to the e2e tests.)
  it('takes out what an earlier Crosscount left, its host and highlights, and only that', () => {
    const { registry } = stubRegistry();
    document.documentElement.append(document.createElement(UI_HOST_TAG));
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('p { color: red; }');
    document.adoptedStyleSheets = [pageSheet];
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.set(name, {});
    registry.set('the-page-own', {});

    clearLeftovers(document);

    expect(document.documentElement.querySelector(UI_HOST_TAG)).toBeNull();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect([...registry.keys()]).toEqual(['the-page-own']);
  });

  it('does not ask the highlight registry of a page where no stylesheet is adopted', () => {
    // Highlights are painted only with the stylesheet adopted; the registry's first use
    // costs a content script's world a new interface.
    const { asked } = stubRegistry();
    clearLeftovers(document);
    expect(asked).not.toHaveBeenCalled();
  });

  describe('asked of the document by XPath (as in browsers; happy-dom has none)', () => {
    /** A stand-in for document.evaluate that answers how many of our hosts are under <html>. */
    function stubEvaluate(count: () => number) {
      const evaluate = vi.fn(() => ({ numberValue: count() }));
      Object.defineProperty(document, 'evaluate', { value: evaluate, configurable: true });
      return evaluate;
    }
    afterEach(() => {
      delete (document as { evaluate?: unknown }).evaluate;
      vi.restoreAllMocks();
    });

    it('makes no element object of a page where no host was left', () => {
      // The first element object of a content script's world costs it new prototypes.
      stubEvaluate(() => 0);
      const root = vi.spyOn(document, 'documentElement', 'get');
      clearLeftovers(document);
      expect(root).not.toHaveBeenCalled();
    });

    it('takes out a host that was left', () => {
      const evaluate = stubEvaluate(() => document.querySelectorAll(UI_HOST_TAG).length);
      document.documentElement.append(document.createElement(UI_HOST_TAG));
      clearLeftovers(document);
      expect(evaluate).toHaveBeenCalledOnce();
      expect(document.documentElement.querySelector(UI_HOST_TAG)).toBeNull();
    });
  });
});
