/**
 * Issue 14, item 4, in the core: when an account's refresh token dies, the account itself says
 * why (and the renderer is told at once), and every service it serves needs sign-in for that one
 * reason, even the checks that ran into the already-forgotten sign-in after the first failed.
 */
import { afterEach, expect, it } from 'vitest';
import type { Account, ServiceId, ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const served: ServiceId[] = ['graph', 'entra', 'azureManagement'];

it('a dead refresh token: the account says why at once, and its services all need sign-in for that reason', async () => {
  f = await startCoreFixture();
  f.emulator.control.setAccessTokenLifetime(120); // inside MSAL's renewal window: every check refreshes
  const admin = userWithRole(f, 'Global Administrator');
  const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
  for (const serviceId of served.slice(1)) {
    await f.value('service.useAccount', { serviceId, connectionId: graph.connectionId! });
  }
  f.emulator.control.expireRefreshTokens(admin.upn);

  const mark = f.events.length;
  const statuses = (await f.value('service.refreshAll', {})).filter((s) =>
    served.includes(s.serviceId),
  );
  expect(statuses.map((s) => [s.serviceId, s.state, s.problem?.code])).toEqual(
    served.map((id) => [id, 'needs-sign-in', 'AADSTS700082']),
  );

  const told = f.events
    .slice(mark)
    .filter((e) => e.name === 'accounts.changed')
    .map((e) => e.payload as Account[]);
  expect(told.at(-1)).toEqual([
    expect.objectContaining({ id: graph.connectionId, signInRequired: statuses[0]!.problem }),
  ]);

  // Signed in again through one of them: the others, which waited for it, are checked again and
  // tell so themselves, without a Refresh.
  const again = f.events.length;
  valueOf(await signInByDeviceCode(f, 'entra', admin.upn));
  const changed = () =>
    f.events
      .slice(again)
      .filter((e) => e.name === 'service.changed')
      .map((e) => e.payload as ServiceStatus);
  for (let i = 0; i < 400; i++) {
    if (served.every((id) => changed().some((s) => s.serviceId === id && s.state === 'connected')))
      break;
    await new Promise((r) => setTimeout(r, 25));
  }
  for (const id of served) {
    expect(changed().findLast((s) => s.serviceId === id)?.state, id).toBe('connected');
  }
  f.emulator.control.setAccessTokenLifetime(3600);
});
