/**
 * Try again after "create it for me" stopped, against the sandbox tenant: an attempt that had
 * registered the app finishes that same app (one app registration in the tenant, not two), an
 * attempt whose app is gone says so, and a busy token service is explained as busy, not as a
 * sign-in to repeat.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupStep } from '../../../preload/contract';
import { startCoreFixture, userWithRole, type CoreFixture } from '../testing/core-fixture';
import { graphAndSharePoint, signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const input = { displayName: 'Retried app', services: graphAndSharePoint, grantAdminConsent: true };
const applicationPosts = () =>
  f.emulator.control
    .requests()
    .filter((r) => r.method === 'POST' && /\/v1\.0\/applications$/.test(r.path)).length;
const lastSteps = () => {
  const steps = new Map<string, SetupStep>();
  for (const e of f.events) {
    if (e.name === 'appSetup.progress')
      steps.set((e.payload as SetupStep).id, e.payload as SetupStep);
  }
  return steps;
};

describe('Try again after create it for me stopped', () => {
  it('finishes the app the stopped attempt registered: one app registration, consented, known', async () => {
    f = await startCoreFixture({
      replicationBackoff: { firstDelayMs: 100, maxDelayMs: 100, timeoutMs: 400 },
    });
    f.emulator.control.setReplicationDelay(60_000);
    const admin = userWithRole(f, 'Global Administrator').upn;
    await signInToSetup(f, admin);
    const stopped = await f.invoke('appSetup.create', input);
    expect(stopped).toMatchObject({ ok: false, code: 'replication_timeout' });
    if (!stopped.ok) expect(stopped.hint).toMatch(/Try again finishes its setup/);
    const registered = lastSteps().get('create-application');
    expect(registered).toMatchObject({ state: 'done', appId: expect.any(String) });
    expect(applicationPosts()).toBe(1);

    f.emulator.control.setReplicationDelay(0);
    const done = await f.value('appSetup.create', { ...input, resumeClientId: registered!.appId });
    expect(done.clientId).toBe(registered!.appId);
    expect(applicationPosts()).toBe(1);
    expect(done.steps.map((s) => [s.id, s.state, s.detail])).toEqual([
      ['resolve-permissions', 'done', expect.any(String)],
      [
        'create-application',
        'done',
        `Created by the last attempt: Application (client) ID ${done.clientId}`,
      ],
      ['create-service-principal', 'done', 'Already in your tenant'],
      ['grant-delegated-consent', 'done', expect.any(String)],
      ['grant-application-permissions', 'done', expect.any(String)],
      ['wait-for-replication', 'done', 'Known at once'],
    ]);
    const report = await f.value('appSetup.check', {
      clientId: done.clientId,
      services: graphAndSharePoint,
    });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('says so when the app of the stopped attempt is not there, and registers nothing', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const gone = randomUUID(); // deleted in the portal since, say
    const retried = await f.invoke('appSetup.create', { ...input, resumeClientId: gone });
    expect(retried).toMatchObject({ ok: false, code: 'app_not_found' });
    if (!retried.ok) expect(retried.message).toContain(gone);
    expect(applicationPosts()).toBe(0);
  });

  it('a busy token service is said to be busy: try again, not sign in again', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120); // always due for renewal
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    f.emulator.control.failNext(1, 429, 30); // longer than the app waits out (NETWORK_BOUNDS)
    const busy = await f.invoke('appSetup.create', input);
    expect(busy).toMatchObject({ ok: false, code: 'throttled' });
    if (!busy.ok) expect(busy.hint).not.toMatch(/Sign in to Set up app again/);
    expect(applicationPosts()).toBe(0);
  });
});
