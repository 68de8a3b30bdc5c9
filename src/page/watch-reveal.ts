// Pages that show their text late without changing a node: an AMP body hidden
// by the boilerplate's animation until the runtime sets a class or a style on
// <html> or <body> (or until the animation ends, when no runtime runs), a
// site that fades its article in with a class on <html> and a transition.
// Extraction skips hidden text, so the first read finds nothing, and the
// content observer (nodes and text only) never fires again. These are the
// signals that the page's visibility may have changed.
//
// Armed only once a page passed the gate (it may hold a story), so pages that
// cannot hold one pay nothing for it: no observer, no listener.

/** Attributes of <html> and <body> that show or hide a whole page. */
const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden'];
/**
 * Ends of CSS animations and transitions, anywhere in the page (they bubble
 * to the document): the boilerplate's animation ending, a fade-in's
 * visibility switch after its delay. The cancel events come when a runtime
 * stops the boilerplate animation by a style change on an element we do not
 * watch.
 */
const REVEAL_EVENTS = ['animationend', 'animationcancel', 'transitionend', 'transitioncancel'];

export interface RevealWatch {
  /** Watches <body> too when it came (or was replaced) after arming. */
  refresh(): void;
  stop(): void;
}

/**
 * Calls `onReveal` (which the caller debounces) when something may have made
 * hidden page text visible: a class, style or hidden attribute of <html> or
 * <body> changed, or a CSS animation or transition ended. `ignore` tells the
 * events of the extension's own UI apart.
 */
export function watchReveal(
  doc: Document,
  onReveal: () => void,
  ignore: (target: EventTarget | null) => boolean = () => false,
): RevealWatch {
  const observer = new MutationObserver(() => onReveal());
  // Observing an element again replaces its registration (one record per change), so no set
  // of the elements watched: making one cost a cold world 0.1 ms of the watch's 1.3-1.6.
  const watch = (el: Element | null) => {
    if (el) observer.observe(el, { attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
  };
  const onEvent = (e: Event) => {
    if (!ignore(e.target)) onReveal();
  };
  const refresh = () => {
    watch(doc.documentElement);
    watch(doc.body);
  };
  refresh();
  for (const type of REVEAL_EVENTS) {
    doc.addEventListener(type, onEvent, { capture: true, passive: true });
  }
  return {
    refresh,
    stop() {
      observer.disconnect();
      for (const type of REVEAL_EVENTS) doc.removeEventListener(type, onEvent, { capture: true });
    },
  };
}
