import { useEffect, useState } from 'preact/hooks';
import { PROJECT_URL } from '../../project';
import { message } from '../i18n/messages';
import { takeUpdateNotice, type UpdateNotice as Notice } from '../../platform/update-notice';

const CHANGELOG_URL = `${PROJECT_URL}/blob/main/CHANGELOG.md`;

/** What the new version changed, shown in the first popup after an update only. */
export function UpdateNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    takeUpdateNotice().then(setNotice, () => setNotice(null));
  }, []);
  if (!notice) return null;
  return (
    <section class="update-notice" aria-labelledby="update-heading" data-update={notice.version}>
      <h2 id="update-heading">{message('update_title', notice.version)}</h2>
      <ul>
        {message('update_notes')
          .split('\n')
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
      <p>
        <a href={CHANGELOG_URL} target="_blank" rel="noopener noreferrer">
          {message('update_changelog')}
        </a>{' '}
        <button type="button" data-action="dismiss-update" onClick={() => setNotice(null)}>
          {message('update_dismiss')}
        </button>
      </p>
    </section>
  );
}
