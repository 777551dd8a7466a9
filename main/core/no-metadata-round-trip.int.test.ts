/**
 * A new MSAL client's first request is the real one. MSAL is given the authority's OpenID
 * configuration and its known authority up front (msal/authority-metadata.ts), so neither a
 * fresh core nor one restarted over the same store asks the emulator for
 * `/.well-known/openid-configuration` or `/common/discovery/instance` before its device code,
 * token or probe request. Real MSAL, real emulator; the emulator's request log is the witness.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from './testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

/** What the emulator was asked from `since` on, as `METHOD /path`, oldest first. */
const requestsSince = (since: number) =>
  f.emulator.control
    .requests()
    .slice(since)
    .map((r) => `${r.method} ${r.path}`);
const isDiscovery = (request: string) =>
  request.includes('/.well-known/openid-configuration') || request.includes('/discovery/instance');
const signIn = async () =>
  valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));

describe('no OpenID metadata round trip', () => {
  it('a fresh core’s first device code sign-in starts with the device code request', async () => {
    f = await startCoreFixture();
    const since = f.emulator.control.requests().length;
    await signIn();
    const asked = requestsSince(since);
    expect(asked.filter(isDiscovery)).toEqual([]);
    expect(asked[0]).toMatch(/^POST \/[^/]+\/oauth2\/v2\.0\/devicecode$/);
  });

  it('after a restart, the first refresh from cached tokens asks only the service', async () => {
    f = await startCoreFixture();
    await signIn();
    await f.restart();
    const since = f.emulator.control.requests().length;
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
    });
    // The emulator logs a request once its answer is written, which can be after the answer
    // has arrived here; the probe is the last request, so wait for its entry.
    await vi.waitFor(() => expect(requestsSince(since)).toContain('GET /graph/v1.0/me'));
    expect(requestsSince(since)).toEqual(['GET /graph/v1.0/me']);
  });

  it('after a restart, a token due for renewal is renewed with the token request first', async () => {
    f = await startCoreFixture();
    // Inside MSAL's five-minute renewal window from the start, so the refresh must renew it.
    f.emulator.control.setAccessTokenLifetime(60);
    await signIn();
    await f.restart();
    const since = f.emulator.control.requests().length;
    await f.value('service.refresh', { serviceId: 'graph' });
    const asked = requestsSince(since);
    expect(asked.filter(isDiscovery)).toEqual([]);
    expect(asked[0]).toMatch(/^POST \/[^/]+\/oauth2\/v2\.0\/token$/);
  });

  it('app-only with a secret: the first token request is the first request', async () => {
    f = await startCoreFixture();
    const app = f.emulator.info.confidentialClient;
    const since = f.emulator.control.requests().length;
    valueOf(
      await f.invoke('signIn.appOnly', {
        serviceId: 'graph',
        cloud: 'sandbox',
        tenant: f.emulator.info.tenantId,
        clientId: app.clientId,
        credential: { kind: 'secret', secret: app.secret },
      }),
    );
    const asked = requestsSince(since);
    expect(asked.filter(isDiscovery)).toEqual([]);
    expect(asked[0]).toBe(`POST /${f.emulator.info.tenantId}/oauth2/v2.0/token`);
  });
});
