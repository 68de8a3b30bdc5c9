import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '../../../../src/ui/welcome/Welcome';
import { $, mount, unmountAll, waitFor } from '../popup/render';
import { setMessageLookup } from '../../../../src/ui/i18n/messages';
import { lookupFor } from '../locale-files';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const commands = (list: { name?: string; description?: string; shortcut?: string }[]) =>
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue(list);

describe('the welcome page', () => {
  it('says what Crosscount reads and that it sends nothing', async () => {
    commands([]);
    const root = mount(<Welcome lang="en" />);
    expect(root.textContent).toContain('It sends nothing anywhere');
    await waitFor(() => expect(root.textContent).toContain('No shortcut is set'));
  });

  it('lists the keyboard shortcuts the browser has, unset ones included', async () => {
    commands([
      { name: '_execute_action', shortcut: 'Alt+Shift+C' },
      { name: 'next-claim', description: 'Next claim', shortcut: 'Alt+Shift+N' },
      { name: 'previous-claim', description: 'Previous claim', shortcut: '' },
    ]);
    const root = mount(<Welcome lang="en" />);
    const next = await waitFor(() => $(root, '[data-command="next-claim"]'));
    expect(next.textContent).toBe('Alt+Shift+NNext claim');
    expect($(root, '[data-command="previous-claim"]').textContent).toBe('not setPrevious claim');
    expect(root.querySelector('[data-command="_execute_action"]')).toBeNull();
  });

  it('speaks French', () => {
    commands([]);
    setMessageLookup(lookupFor('fr'));
    const root = mount(<Welcome lang="fr" />);
    expect($(root, 'h1').textContent).toBe('Bienvenue dans Crosscount');
  });
});
