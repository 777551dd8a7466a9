/**
 * Paint first, probe after: `service.list` answers from what is known (the saved connections,
 * this session's last checks) without waiting for the network, and starts the checks, each of
 * which answers with its own `service.changed`. "Refresh all" is the command that waits.
 * Against the emulator over HTTPS with real MSAL; the order of events and requests is asserted,
 * never a time (the latency only makes a wrong order impossible to miss).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceId, ServicePanel, ServiceStatus } from '../../../preload/contract';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await startCoreFixture();
});
afterEach(async () => f.close());

const connected: ServiceId[] = ['graph', 'entra', 'azureManagement'];
/** Their probes' paths (behind the emulator's per-service prefix). */
const probePaths = ['/v1.0/me', '/v1.0/users', '/subscriptions'];

/** Graph by device code, then Entra ID and Azure with the same sign-in; then a restart. */
async function connectThreeAndRestart() {
  const admin = userWithRole(f, 'Global Administrator');
  const graph = valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
  for (const serviceId of connected.slice(1)) {
    await f.value('service.useAccount', { serviceId, connectionId: graph.connectionId! });
  }
  await f.restart();
  return admin;
}

const changedSince = (mark: number) =>
  f.events
    .slice(mark)
    .filter((e) => e.name === 'service.changed')
    .map((e) => e.payload as ServiceStatus);
const probesSince = (mark: number) =>
  f.emulator.control
    .requests()
    .slice(mark)
    .filter((r) => probePaths.some((path) => r.path.endsWith(path)));

async function until(done: () => boolean) {
  for (let i = 0; i < 800 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(done()).toBe(true);
}

const statusOf = (list: ServicePanel[], id: ServiceId) =>
  list.find((p) => p.serviceId === id)!.status;

describe('service.list', () => {
  it('answers from the saved connections before any probe has answered, then each check publishes its own answer', async () => {
    const admin = await connectThreeAndRestart();
    f.emulator.control.setLatency(2_000);
    const events = f.events.length;
    const requests = f.emulator.control.requests().length;

    const list = await f.value('service.list', {});

    // Answered with nothing back from the network yet: no request finished, no check told.
    expect(f.emulator.control.requests().slice(requests)).toEqual([]);
    expect(changedSince(events)).toEqual([]);
    for (const id of connected) {
      expect(statusOf(list, id), id).toMatchObject({
        state: 'connected',
        checking: true,
        account: { username: admin.upn },
      });
      expect(statusOf(list, id).probe, id).toBeUndefined();
    }
    // Nothing to check for a service nobody connected: it is not said to be checking.
    expect(statusOf(list, 'vivaEngage')).toEqual({
      serviceId: 'vivaEngage',
      cloud: 'sandbox',
      state: 'disconnected',
      scopes: [],
    });

    // The checks the list started answer one by one, each after its probe finished.
    await until(() => changedSince(events).length === connected.length);
    const answers = changedSince(events);
    expect(answers.map((s) => s.serviceId).sort()).toEqual([...connected].sort());
    for (const answer of answers) {
      expect(answer, answer.serviceId).toMatchObject({ state: 'connected', probe: { ok: true } });
      expect(answer.checking).toBeUndefined();
    }
    expect(probesSince(requests)).toHaveLength(connected.length);
  });

  it('shows the last check of this session while it checks again, and joins a check under way', async () => {
    await connectThreeAndRestart();
    const requests = f.emulator.control.requests().length;
    const events = f.events.length;
    await f.value('service.list', {});
    await f.value('service.list', {}); // a second window load while the first checks run
    await until(() => changedSince(events).length === connected.length);
    expect(probesSince(requests)).toHaveLength(connected.length); // one check each, not two

    const again = await f.value('service.list', {});
    expect(statusOf(again, 'graph')).toMatchObject({
      state: 'connected',
      checking: true,
      probe: { ok: true, status: 200 },
    });
    await until(() => changedSince(events).length === 2 * connected.length);
  });

  it('says a signed-out account needs a sign-in without checking anything', async () => {
    await connectThreeAndRestart();
    const [account] = await f.value('accounts.list', {});
    await f.value('accounts.changeApp', {
      connectionId: account!.id,
      clientId: '3f8a1c52-7d4e-4b9a-a1f0-6c2e9d8b7a65',
    });
    const requests = f.emulator.control.requests().length;
    const list = await f.value('service.list', {});
    for (const id of connected) {
      expect(statusOf(list, id).state, id).toBe('needs-sign-in');
      expect(statusOf(list, id).checking, id).toBeUndefined();
    }
    expect(f.emulator.control.requests().slice(requests)).toEqual([]);
  });
});

describe('service.refreshAll', () => {
  it('answers once every service has been checked, each answer also published', async () => {
    await connectThreeAndRestart();
    f.emulator.control.setLatency(200);
    const events = f.events.length;
    const requests = f.emulator.control.requests().length;

    const statuses = await f.value('service.refreshAll', {});

    expect(statuses.map((s) => s.serviceId)).toHaveLength(6);
    for (const id of connected) {
      const status = statuses.find((s) => s.serviceId === id)!;
      expect(status, id).toMatchObject({ state: 'connected', probe: { ok: true, status: 200 } });
      expect(status.checking, id).toBeUndefined();
    }
    expect(probesSince(requests)).toHaveLength(connected.length);
    // Every answer was published before the command answered.
    expect(
      changedSince(events)
        .filter((s) => connected.includes(s.serviceId))
        .map((s) => s.serviceId)
        .sort(),
    ).toEqual([...connected].sort());
  });
});
