/**
 * The one contract between the renderer and the main process.
 *
 * Every command and event that crosses the bridge is listed here with a runtime schema, one
 * file per domain. Main parses every incoming payload against `commands[name].input`; the
 * renderer's types are derived from these schemas (`z.infer`), so there is no second,
 * hand-written copy.
 *
 * Nothing in here may describe a secret: access and refresh tokens never cross the bridge.
 */
import type { z } from 'zod';
import { accountCommands } from './accounts';
import { appCommands } from './app';
import { appOnlyCommands } from './app-only';
import { appSetupCommands } from './app-setup';
import { cliImportCommands } from './cli-import';
import { consentCommands } from './consent';
import { permissionCommands } from './permissions';
import type { events } from './events';
import { serviceCommands, sharePointCommands } from './services';
import { settingsCommands } from './settings';
import { signInCommands } from './sign-in';
import type { CommandName, EventName } from './names';

export * from './accounts';
export * from './app';
export * from './app-only';
export * from './app-setup';
export * from './cli-import';
export * from './consent';
export * from './events';
export * from './permissions';
export * from './ids';
export * from './problem';
export * from './services';
export * from './settings';
export * from './sign-in';

/** Commands: renderer → main, answered with a {@link Result}. */
export const commands = {
  ...appCommands,
  ...serviceCommands,
  ...sharePointCommands,
  ...signInCommands,
  ...accountCommands,
  ...consentCommands,
  ...permissionCommands,
  ...appSetupCommands,
  ...appOnlyCommands,
  ...settingsCommands,
  ...cliImportCommands,
} as const;

export { channelFor, commandNames, eventNames, isCommandName, isEventName } from './names';
export type { CommandName, EventName };

/** Each name has its schema and each schema its name; otherwise one of these does not compile. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const commandsNamed: SameKeys<keyof typeof commands, CommandName> = true;
const eventsNamed: SameKeys<keyof typeof events, EventName> = true;
void commandsNamed;
void eventsNamed;

export type CommandInput<C extends CommandName> = z.input<(typeof commands)[C]['input']>;
export type CommandOutput<C extends CommandName> = z.infer<(typeof commands)[C]['output']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
