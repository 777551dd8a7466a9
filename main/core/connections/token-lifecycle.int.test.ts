/**
 * The token lifecycle against the emulator with the real msal-node: concurrent requests share
 * one network refresh, and a refresh token the service refuses is forgotten for good, with the
 * reason kept until the person signs in again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { confSecretStore } from '../testing/conf-store';

let f: CoreFixture;
afterEach(async () => f?.close());

const refreshGrants = () =>
  f.emulator.control.requests().filter((r) => r.grantType?.includes('refresh_token')).length;
const refresh = async () => await f.value('service.refresh', { serviceId: 'graph' });

describe('token lifecycle', () => {
  it('50 concurrent requests for an expiring token make one network refresh', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120); // inside MSAL's 5-minute renewal window
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    f.emulator.control.setAccessTokenLifetime(3600);
    const before = refreshGrants();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => f.invoke('service.refresh', { serviceId: 'graph' })),
    );
    expect(results.every((r) => r.ok && r.value.state === 'connected')).toBe(true);
    expect(refreshGrants() - before).toBe(1);
  });

  it('a revoked refresh token: needs sign-in with the reason, never resent, even after a restart', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120);
    const upn = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    f.emulator.control.revokeRefreshTokens(upn);

    expect(await refresh()).toMatchObject({
      state: 'needs-sign-in',
      problem: { code: 'AADSTS50173' },
    });
    const sent = refreshGrants();
    await f.restart();
    expect(await refresh()).toMatchObject({
      state: 'needs-sign-in',
      problem: { code: 'AADSTS50173' },
    });
    expect(refreshGrants()).toBe(sent);
    const cache = confSecretStore(f.storeDir).get('secrets') as Record<string, unknown>;
    expect(Object.keys(cache).length).toBeGreaterThan(0); // the cache is there, just without the dead token

    f.emulator.control.setAccessTokenLifetime(3600);
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    expect(await refresh()).toMatchObject({ state: 'connected', probe: { status: 200 } });
  });

  it('a refresh token expired from inactivity (AADSTS700082) asks for a new sign-in and says why', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120);
    const upn = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    f.emulator.control.expireRefreshTokens(upn);
    const status = await refresh();
    expect(status).toMatchObject({ state: 'needs-sign-in', problem: { code: 'AADSTS700082' } });
    expect(status.problem?.message).toContain('long period without use');
  });

  it('throttling (429 with Retry-After) is shown, and the next refresh is not sent at once', async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120);
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    f.emulator.control.failNext(1, 429, 30);
    const throttled = await refresh();
    expect(throttled.state).toBe('error');
    expect(throttled.problem?.code).toBe('throttled');
    expect(throttled.problem?.message).toMatch(/too many requests/i);
    const sent = refreshGrants();
    const again = await refresh(); // MSAL's throttling cache answers without the network
    expect(again.problem?.code).toBe('throttled');
    expect(refreshGrants()).toBe(sent);
  });
});
