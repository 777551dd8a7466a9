/**
 * TEST ONLY. The steps the store's fault scenarios share: a store with two connections in it,
 * what the person is told, and whether the store still holds what it held before the fault.
 */
import { expect } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../../preload/contract';
import type { Problem, Result } from '../../../preload/contract';
import type { DeskCore } from '../desk-core';
import {
  signInByDeviceCode,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import type { KeptInStore } from '../testing/kept-in-store';

/** Graph by an admin, Entra by a plain user: two connections, each with its saved sign-in. */
export async function twoConnections(f: CoreFixture) {
  const admin = userWithRole(f, 'Global Administrator').upn;
  const graph = valueOf(await signInByDeviceCode(f, 'graph', admin));
  const entra = valueOf(await signInByDeviceCode(f, 'entra', userWithRole(f, null).upn));
  expect([graph.state, entra.state]).toEqual(['connected', 'connected']);
  return { graph: graph.connectionId!, entra: entra.connectionId! };
}

/** Who a step talks to: the fixture's core, or another one ({@link commandsOf}). */
export type Commands = Pick<CoreFixture, 'value'>;

/** Commands to `core`, as the renderer would send them; a problem fails the test. */
export const commandsOf = (core: DeskCore): Commands => ({
  async value<C extends CommandName>(command: C, input: CommandInput<C>) {
    const result = await core.router.dispatch(command, input);
    return valueOf(result as Result<CommandOutput<C>>);
  },
});

/** The notices of `code` the app shows now (app.info is what the window reads them from). */
export async function noticesOf(f: Commands, code: string): Promise<Problem[]> {
  return (await f.value('app.info', {})).notices.filter((n) => n.code === code);
}

/**
 * The store holds every connection, service binding and secret it held `before` (it may hold
 * more; a connection may have been renamed).
 */
export function expectStoreKeeps(now: KeptInStore, before: KeptInStore): void {
  const ids = (accounts: unknown[]) => accounts.map((a) => (a as { id: string }).id).sort();
  const services = (bindings: unknown[]) =>
    bindings.map((b) => (b as { serviceId: string }).serviceId).sort();
  expect(ids(now.accounts)).toEqual(expect.arrayContaining(ids(before.accounts)));
  expect(services(now.bindings)).toEqual(expect.arrayContaining(services(before.bindings)));
  expect(Object.keys(now.secrets)).toEqual(expect.arrayContaining(Object.keys(before.secrets)));
}

/**
 * The notice lists the window was sent while the app ran (`app.noticesChanged`, on which it
 * reads app.info again), as the codes in each; the list is emptied.
 */
export function noticeListsSent(f: CoreFixture): string[][] {
  const sent = f.events.filter((e) => e.name === 'app.noticesChanged');
  for (const event of sent) f.events.splice(f.events.indexOf(event), 1);
  return sent.map((e) => (e.payload as Problem[]).map((n) => n.code));
}

/** The connections' names as the Accounts section lists them. */
export async function namesListed(f: Commands): Promise<string[]> {
  return (await f.value('accounts.list', {})).map((a) => a.name).sort();
}
