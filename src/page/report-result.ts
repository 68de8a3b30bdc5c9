import { MESSAGE, type PageResultMessage } from '../contracts/messages';
import { pageResult, type PageFindings } from '../contracts/page-result';
import { nativeApi } from './native-api';
import type { WorkLog } from './work-log';

/**
 * Sends the page's result to the background, with what all checks have cost so far;
 * resolves once it is stored (or the background could not take it).
 */
export function reportResult(work: WorkLog, found: PageFindings): Promise<void> {
  const message: PageResultMessage = {
    type: MESSAGE.pageResult,
    result: pageResult(location.href, found, work.timings()),
  };
  // The browser's own API: the polyfill's wrapper cost every page a millisecond.
  return nativeApi.runtime.sendMessage(message).then(
    () => undefined,
    () => {
      // The background may be restarting; the next change reports again.
    },
  );
}
