import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, manifestCommands } from '../../../src/contracts/commands';
import { toContent } from '../../../src/contracts/messages';

describe('messages reaching a content script', () => {
  it.each([
    { type: 'reveal-claim', index: 0 },
    { type: 'reveal-claim', index: 14 },
    { type: 'command', name: 'next-claim' },
    { type: 'command', name: 'previous-claim' },
    { type: 'command', name: 'toggle-highlights' },
    { type: 'ping' },
    { type: 'idle' },
  ])('takes %j as it is', (message) => {
    expect(toContent(message)).toEqual(message);
  });

  it('keeps only the fields a message has', () => {
    expect(toContent({ type: 'ping', extra: '<img src=x>' })).toEqual({ type: 'ping' });
  });

  it.each([
    null,
    'ping',
    [],
    {},
    { type: 'reveal-claim' },
    { type: 'reveal-claim', index: -1 },
    { type: 'reveal-claim', index: 1.5 },
    { type: 'reveal-claim', index: '2' },
    { type: 'command', name: '_execute_action' },
    { type: 'command', name: 'constructor' },
    { type: 'page-result' },
    { type: 'unknown' },
  ])('drops %j', (message) => {
    expect(toContent(message)).toBeNull();
  });
});

describe('keyboard commands', () => {
  it('gives the manifest a suggested key and a described name for each, and for the popup', () => {
    const commands = manifestCommands();
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', ...COMMAND_NAMES].sort());
    for (const command of Object.values(commands)) {
      expect(command.suggested_key.default).toMatch(/^Alt\+Shift\+\w+$/);
      expect(command.description).toMatch(/^__MSG_command\w+__$/);
    }
  });
});
