import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { noteUpdate, takeUpdateNotice } from '../../../src/platform/update-notice';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Crosscount',
    version: '0.2.0',
  });
});

describe('the update notice', () => {
  it('is noted on an update, and shown once', async () => {
    await noteUpdate({ reason: 'update', previousVersion: '0.1.0' });
    expect(await takeUpdateNotice()).toEqual({ version: '0.2.0', previous: '0.1.0' });
    expect(await takeUpdateNotice()).toBeNull();
  });

  it('is never noted on install, on a browser update or on an ordinary start', async () => {
    await noteUpdate({ reason: 'install' });
    await noteUpdate({ reason: 'browser_update' });
    await noteUpdate({ reason: 'chrome_update' });
    expect(await takeUpdateNotice()).toBeNull();
  });

  it('ignores a stored value of the wrong shape', async () => {
    await fakeBrowser.storage.local.set({ updateNotice: { version: 3 } });
    expect(await takeUpdateNotice()).toBeNull();
  });
});
