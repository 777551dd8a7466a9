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
import { appSetupCommands } from './app-setup';
import { consentCommands } from './consent';
import { events } from './events';
import { serviceCommands, sharePointCommands } from './services';
import { settingsCommands } from './settings';
import { signInCommands } from './sign-in';

export * from './accounts';
export * from './app';
export * from './app-setup';
export * from './consent';
export * from './events';
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
  ...appSetupCommands,
  ...settingsCommands,
} as const;

export type CommandName = keyof typeof commands;
export type EventName = keyof typeof events;
export type CommandInput<C extends CommandName> = z.input<(typeof commands)[C]['input']>;
export type CommandOutput<C extends CommandName> = z.infer<(typeof commands)[C]['output']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export const commandNames = Object.keys(commands) as CommandName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** IPC channel names are namespaced so nothing else in the app can collide with them. */
export const channelFor = (name: CommandName | EventName): string => `desk:${name}`;
