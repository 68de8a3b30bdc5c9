import type { PageResult } from '../../contracts/page-result';
import type { StoryInfo } from './data';
import { formatPartialDate } from '../i18n/format';
import { useStrings } from './strings';

/** How the page matches its story, and how many claims and denials it makes. */
export function MatchHeader({ result, story }: { result: PageResult; story: StoryInfo | null }) {
  const { lang, t } = useStrings();
  const denials = result.highlights.filter((h) => h.kind === 'denial').length;
  const relation = result.verdict === 'copy' ? t.reprintOf : t.sameStoryAs;
  return (
    <div class="match" data-verdict={result.verdict}>
      <p class="verdict">
        {relation}{' '}
        {story ? (
          <>
            <cite>{story.title}</cite> ({formatPartialDate(story.published, lang)})
          </>
        ) : (
          <cite>{result.story}</cite>
        )}
      </p>
      <p class="counts">
        <span data-count="casualty">{t.claimCount(result.highlights.length - denials)}</span>
        {' · '}
        <span data-count="denial">{t.denialCount(denials)}</span>
      </p>
    </div>
  );
}

/** A state with nothing to list: a title and a short helpful message. */
export function StateMessage({ kind, title, body }: { kind: string; title: string; body: string }) {
  return (
    <div class="state" data-state-message={kind} role="status">
      <p class="state-title">{title}</p>
      <p>{body}</p>
    </div>
  );
}
