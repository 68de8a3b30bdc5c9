// Recognises page furniture (navigation, rails, related links, comments, ads,
// consent banners, share bars, paywall prompts) from an element's tag, role
// and class/id/aria-label words. Several languages, no site-specific names.

/** Tags that are furniture (a page-level <header> too), whatever their attributes. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'header']);

const BOILER_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);

/** Class/id words that name furniture when they are a whole word of the name. */
const BOILER_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menus',
  'breadcrumb',
  'breadcrumbs',
  'masthead',
  'topbar',
  'rail',
  'aside',
  'widget',
  'widgets',
  'popular',
  'trending',
  'recirc',
  'recirculation',
  'reply',
  'replies',
  'respond',
  'reactions',
  'discussion',
  'forum',
  'ad',
  'ads',
  'adv',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'pub',
  'publicite',
  'publicidad',
  'pubblicita',
  'publicidade',
  'werbung',
  'anzeige',
  'anuncio',
  'anuncios',
  'gdpr',
  'rgpd',
  'dsgvo',
  'subscribe',
  'subscription',
  'abonnement',
  'abbonamento',
  'suscripcion',
  'assinatura',
  'abo',
  'tags',
  'keywords',
  'modal',
  'popup',
  'overlay',
  'toast',
  'print',
  'skip',
  'pagination',
  'pager',
]);

/** Stems that name furniture wherever they occur inside a class/id word. */
const BOILER_STEMS = [
  'sidebar',
  'footer',
  'comment',
  'komment',
  'comentario',
  'commenti',
  'related',
  'relacionad',
  'correlat',
  'similaire',
  'recommend',
  'advert',
  'sponsor',
  'promo',
  'cookie',
  'consent',
  'newsletter',
  'paywall',
  'regwall',
  'share',
  'sharing',
  'social',
  'outbrain',
  'taboola',
  'disqus',
  'mostread',
  'mostpopular',
];

/** Multi-word names, matched on the words joined by '-'. */
const BOILER_PHRASES = [
  'read-also',
  'read-more',
  'see-also',
  'more-stories',
  'most-read',
  'most-viewed',
  'most-popular',
  'lire-aussi',
  'a-lire',
  'voir-aussi',
  'plus-lus',
  'leggi-anche',
  'piu-letti',
  'lee-tambien',
  'mas-leidos',
  'leia-tambem',
  'mais-lidas',
  'mais-lidos',
  'lies-auch',
  'meist-gelesen',
  'mehr-zum-thema',
  'sr-only',
  'visually-hidden',
  'screen-reader',
  'site-header',
  'global-header',
];

/** Labels (aria-label) of ad slots and similar boxes, lower-cased, accents stripped. */
const BOILER_LABELS = [
  'publicite',
  'advertisement',
  'advertising',
  'publicidad',
  'pubblicita',
  'publicidade',
  'werbung',
  'anzeige',
  'sponsored',
];

const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isWordChar = (c: string) => isLower(c) || (c >= '0' && c <= '9');

/**
 * The words of a class or id, lower-cased: camelCase split, any run of characters other than
 * a-z and 0-9 a separator. Read by hand: a name is a few characters, and the two patterns
 * this did it with were compiled, cold, on every page that passed the gate (0.1 ms).
 */
export function nameWords(name: string): string[] {
  let spaced = '';
  let from = 0;
  for (let k = 1; k < name.length; k++) {
    if (isUpper(name.charAt(k)) && isLower(name.charAt(k - 1))) {
      spaced += name.slice(from, k) + ' ';
      from = k;
    }
  }
  const lower = (spaced + name.slice(from)).toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k <= lower.length; k++) {
    if (k < lower.length && isWordChar(lower.charAt(k))) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      out.push(lower.slice(start, k));
      start = -1;
    }
  }
  return out;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const verdicts = new Map<string, boolean>();

/** Cached: pages repeat the same class names on many elements. */
function namesFurniture(name: string): boolean {
  let furniture = verdicts.get(name);
  if (furniture === undefined) {
    furniture = judgeName(name);
    if (verdicts.size > 5000) verdicts.clear();
    verdicts.set(name, furniture);
  }
  return furniture;
}

// One native search each instead of a loop over the lists: a page's class names are judged
// once per page, in cold code, where such loops run in the interpreter.
const STEM_IN = new RegExp(BOILER_STEMS.join('|'));
const PHRASE_IN = new RegExp(`-(?:${BOILER_PHRASES.join('|')})-`);

function judgeName(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length === 0) return false;
  for (const word of ws) {
    if (BOILER_WORDS.has(word)) return true;
    // An opinion piece may be called "commentary"; comment threads are not.
    if (word.startsWith('commentary')) continue;
    if (STEM_IN.test(word)) return true;
  }
  return PHRASE_IN.test(`-${ws.join('-')}-`);
}

/**
 * Whether an element is page furniture. `inArticle` tells whether an <article>
 * encloses it: an article's own <header> holds its title, a page's does not.
 */
export function isBoilerplate(el: Element, tag: string, inArticle: boolean): boolean {
  if (tag === 'header') {
    if (!inArticle) return true;
  } else if (FURNITURE_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls !== null && namesFurniture(cls)) return true;
  const id = el.getAttribute('id');
  if (id !== null && namesFurniture(id)) return true;
  const role = el.getAttribute('role');
  if (role !== null && BOILER_ROLES.has(role.toLowerCase())) {
    return !(role === 'banner' && inArticle);
  }
  const label = el.getAttribute('aria-label');
  if (label !== null) {
    const folded = stripAccents(label.toLowerCase());
    for (const boilerLabel of BOILER_LABELS) if (folded.includes(boilerLabel)) return true;
  }
  return false;
}
