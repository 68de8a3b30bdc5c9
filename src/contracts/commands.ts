// The keyboard commands, spelled once: the manifest's `commands` (wxt.config.ts),
// the messages that carry them to the page and the reader's check of those
// messages are all derived from these two lists.

/** The commands the reader acts on in the page. */
export const COMMAND = {
  nextClaim: 'next-claim',
  previousClaim: 'previous-claim',
  toggleHighlights: 'toggle-highlights',
} as const;

export type CommandName = (typeof COMMAND)[keyof typeof COMMAND];

export const COMMAND_NAMES: readonly CommandName[] = Object.values(COMMAND);

export const isCommandName = (v: unknown): v is CommandName =>
  (COMMAND_NAMES as readonly unknown[]).includes(v);

/** The browser's own command that opens the toolbar popup. */
const OPEN_POPUP = '_execute_action';

/**
 * Suggested keys (readers can change them in the browser's shortcut settings;
 * Chrome takes at most four) and the described name, a locale message.
 */
const SHORTCUTS: readonly {
  name: CommandName | typeof OPEN_POPUP;
  key: string;
  message: string;
}[] = [
  { name: OPEN_POPUP, key: 'Alt+Shift+C', message: 'commandOpenPopup' },
  { name: COMMAND.nextClaim, key: 'Alt+Shift+Period', message: 'commandNextClaim' },
  { name: COMMAND.previousClaim, key: 'Alt+Shift+Comma', message: 'commandPreviousClaim' },
  { name: COMMAND.toggleHighlights, key: 'Alt+Shift+H', message: 'commandToggleHighlights' },
];

/** The manifest's `commands`. */
export const manifestCommands = () =>
  Object.fromEntries(
    SHORTCUTS.map(({ name, key, message }) => [
      name,
      { suggested_key: { default: key }, description: `__MSG_${message}__` },
    ]),
  );
