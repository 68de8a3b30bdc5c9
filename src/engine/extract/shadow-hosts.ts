// Which elements may hold a page's text in a shadow root. A module of its own: the gate (in the
// content script that runs on every page) needs this list only, and importing it from the walk
// bundled the walk's and the furniture lists' module-level work (two patterns built, sets
// filled) into every page's evaluation.

/** Standard elements that may host a shadow root (besides custom elements), per the DOM spec. */
export const SHADOW_HOST_TAGS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];
