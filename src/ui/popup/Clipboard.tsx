import { useState } from 'preact/hooks';
import { useStrings } from './strings';

type CopyOutcome = 'none' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and keeps what came of the last copy, for
 * `CopyStatus` to say; `forget` clears it (the copied text changed).
 */
export function useClipboard() {
  const [outcome, setOutcome] = useState<CopyOutcome>('none');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return { outcome, copy, forget: () => setOutcome('none') };
}

/** Says whether the last copy worked, to screen readers too. */
export function CopyStatus({ outcome }: { outcome: CopyOutcome }) {
  const { t } = useStrings();
  return (
    <span class="copy-status" role="status">
      {outcome === 'copied' ? t.copied : outcome === 'failed' ? t.copyFailed : ''}
    </span>
  );
}
