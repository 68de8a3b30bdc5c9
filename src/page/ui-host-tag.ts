/** The element name of Crosscount's one node in a page (its UI's host). */
export const UI_HOST_TAG = 'crosscount-ui';

/** An element's open shadow root, unless it is Crosscount's own UI: that is not the page. */
export const pageShadowRoot = (el: Element): ShadowRoot | null =>
  el.localName === UI_HOST_TAG ? null : el.shadowRoot;
