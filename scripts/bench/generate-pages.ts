import { author, clock, comment, headline, sentence, topic } from './filler';
import { between, pick, seededRandom, type Random } from './random';

// Big, deterministic news pages for the benchmark: a site layout (nav, rail,
// footer) around an article, followed by a long live blog and a comment
// thread, with dense inline markup (links, emphasis, spans) as real pages
// have. The matching variant carries the demo page's article; the other an
// ordinary local-news article. Generated at bench time, never committed.

export interface GeneratedPage {
  name: string;
  html: string;
  /** Whether the page carries the story's article (the extension should not say `none`). */
  matching: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const INLINE = ['a href=#r', 'em', 'strong', 'span class=k', 'b', 'i', 'a href=#t', 'span', 'u'];

/** Text with runs of 1–2 words wrapped in inline elements, about one run in `every` words. */
function marked(r: Random, text: string, every: number): string {
  const words = text.split(' ');
  let out = '';
  for (let i = 0; i < words.length;) {
    const n = Math.min(words.length - i, between(r, 1, 2));
    const run = esc(words.slice(i, i + n).join(' '));
    if (r() < n / every) {
      const tag = pick(r, INLINE);
      out += `<${tag}>${run}</${tag.split(' ')[0]}>`;
    } else out += run;
    i += n;
    if (i < words.length) out += ' ';
  }
  return out;
}

const paragraph = (r: Random, sentences: number, every = 1.6) =>
  `<p>${Array.from({ length: sentences }, () => marked(r, sentence(r), every)).join(' ')}</p>`;

const links = (r: Random, n: number, text: (r: Random) => string) =>
  Array.from({ length: n }, () => `<li><a href=#>${esc(text(r))}</a>`).join('');

// Icon-only share buttons, as news sites put under every post.
const SHARE = ['fb', 'x', 'wa', 'in', 'mail', 'link']
  .map((n) => `<li><a href=#${n}><i class=i-${n}></i></a>`)
  .join('');

const reactions = (r: Random) =>
  ['like', 'love', 'wow']
    .map((n) => `<button><i class=${n}></i><span>${between(r, 0, 900)}</span></button>`)
    .join('');

function liveEntry(r: Random, i: number): string {
  return (
    `<div class=entry id=e${i}><p class=meta><time>${clock(r)}</time> · ` +
    `<a class=au href=#>${esc(author(r))}</a> · <span class=tag>${esc(topic(r))}</span></p>` +
    `<h3>${marked(r, headline(r), 6)}</h3>${paragraph(r, between(r, 1, 3))}${paragraph(r, between(r, 1, 2))}` +
    `<ul class=tags>${links(r, between(r, 2, 4), topic)}</ul><p class=react>${reactions(r)}</p><ul class=share>${SHARE}</ul></div>`
  );
}

function commentItem(r: Random): string {
  const who = author(r);
  const initials = who
    .split(' ')
    .map((w) => w[0])
    .join('');
  return (
    `<li class=comment><p class=c-head><span class=avatar>${esc(initials)}</span> ` +
    `<b>${esc(who)}</b> <time>il y a ${between(r, 2, 59)} min</time></p>` +
    `<p>${Array.from({ length: between(r, 1, 2) }, () => marked(r, comment(r), 1.6)).join('<br>')}</p>` +
    `<p class=c-act><button><i class=up></i><span>${between(r, 0, 240)}</span></button>` +
    `<button><i class=down></i></button> <button><i class=re></i>Répondre</button>` +
    `<button title=Partager><i class=sh></i></button><button title=Signaler><i class=fl></i></button></p>`
  );
}

/** An everyday local-news article (not the story). */
export function ordinaryArticle(r: Random): string {
  let body = `<p class="kicker">${esc(topic(r))}</p><h1>${esc(headline(r))}</h1>`;
  body += `<p class="byline">Par ${esc(author(r))}</p>`;
  body += `<p class="lead">${esc(sentence(r))} ${esc(sentence(r))}</p>`;
  for (let i = 0; i < 3; i++) {
    body += `<h2>${esc(headline(r))}</h2>${paragraph(r, 4, 8)}${paragraph(r, 3, 8)}`;
  }
  return body;
}

/** The inside of the first `<article>` of a page (the demo page's news article). */
export function articleOf(html: string): string {
  const found = /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(html);
  if (!found) throw new Error('the demo page has no <article> element');
  return found[1]!;
}

const STYLE =
  'body{font:16px/1.5 Georgia,serif;margin:0;color:#222}.layout{display:flex;gap:2rem;max-width:1100px;margin:auto}' +
  'main{flex:3}aside{flex:1;font-size:14px}nav li,footer li{display:inline;margin-right:.6rem}' +
  '.meta,.c-head,.c-act,.share{font:13px sans-serif;color:#666}.k{text-decoration:underline dotted}';

const elementsIn = (html: string) => html.match(/<[a-z]/g)?.length ?? 0;

/**
 * One news page of about `targetBytes` bytes (UTF-8) and at least
 * `minElements` elements. `article` is the HTML placed in the page's
 * `<article>`, or null for an ordinary article.
 */
export function generatePage(opts: {
  targetBytes: number;
  minElements?: number;
  article: string | null;
  seed: number;
}): string {
  const r = seededRandom(opts.seed);
  const head =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(headline(r))} — La Gazette du Soir</title>` +
    `<style>${STYLE}</style></head><body><header><a class="logo" href="#">La Gazette <span>du Soir</span></a>` +
    `<nav aria-label="Rubriques"><ul>${links(r, 40, topic)}</ul></nav></header><div class="layout"><main>` +
    `<article>${opts.article ?? ordinaryArticle(r)}</article><section class="live"><h2>En direct</h2>`;
  const middle = '</section><section class="comments"><h2>Commentaires</h2><ol>';
  const tail =
    `</ol></section></main><aside class="rail"><h2>Les plus lus</h2><ol>${links(r, 10, headline)}</ol>` +
    `<h2>À lire aussi</h2><ul>${links(r, 40, headline)}</ul></aside></div>` +
    `<footer><ul>${links(r, 60, topic)}</ul><p>© La Gazette du Soir — page générée pour le banc d’essai de Crosscount.</p></footer></body></html>`;

  const parts = [head];
  let bytes = 0;
  let elements = 0;
  const add = (html: string) => {
    parts.push(html);
    bytes += Buffer.byteLength(html);
    elements += elementsIn(html);
  };
  [head, middle, tail].forEach((html) => {
    bytes += Buffer.byteLength(html);
    elements += elementsIn(html);
  });
  // Half live blog, half comments.
  for (let i = 0; bytes < opts.targetBytes * 0.5; i++) add(liveEntry(r, i));
  parts.push(middle);
  while (bytes < opts.targetBytes || elements < (opts.minElements ?? 0)) add(commentItem(r));
  parts.push(tail);
  return parts.join('');
}

/** Elements every generated page has at least (a heavy news page). */
export const MIN_ELEMENTS = 50_000;
export const MB = 1_000_000;

/** The four generated pages: ≈1 MB and ≈5 MB, each once with the story's article and once without. */
export function generatedPages(
  demoHtml: string,
  sizesMB: readonly number[] = [1, 5],
): GeneratedPage[] {
  const article = articleOf(demoHtml);
  return sizesMB.flatMap((mb, i) => [
    {
      name: `generated-${mb}mb-copy.html`,
      html: generatePage({
        targetBytes: mb * MB,
        minElements: MIN_ELEMENTS,
        article,
        seed: 1000 + i,
      }),
      matching: true,
    },
    {
      name: `generated-${mb}mb-none.html`,
      html: generatePage({
        targetBytes: mb * MB,
        minElements: MIN_ELEMENTS,
        article: null,
        seed: 2000 + i,
      }),
      matching: false,
    },
  ]);
}
