import type { CardLink } from '../../contracts/claim-card';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A card's or an overview row's links, each opening in a new tab; only http(s) ones. */
export function Links({ links }: { links: CardLink[] | undefined }) {
  return (
    <>
      {links
        ?.filter((l) => isWebUrl(l.href))
        .map((l) => (
          <a
            key={l.href}
            href={l.href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={l.label}
          >
            {l.text}
          </a>
        ))}
    </>
  );
}
