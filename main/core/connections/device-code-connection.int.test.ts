/**
 * The core against the emulator over real HTTPS with the real @azure/msal-node: the device
 * code flow, silent renewal, restart from the encrypted store, cancel, and disconnect.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceStatus, Result } from '../../../preload/contract';
import { nextDeviceCode, startCoreFixture, type CoreFixture } from '../testing/core-fixture';

let f: CoreFixture;
beforeEach(async () => {
  f = await startCoreFixture();
});
afterEach(async () => f.close());

const admin = () => f.emulator.info.users.find((u) => u.roles.length > 0)!;
const tokenRequests = (grant: string) =>
  f.emulator.control.requests().filter((r) => r.grantType?.includes(grant)).length;

async function connectGraph(upn = admin().upn): Promise<Result<ServiceStatus>> {
  const pending = f.invoke('signIn.deviceCode', {
    serviceId: 'graph',
    cloud: 'sandbox',
  });
  const { userCode } = await nextDeviceCode(f);
  expect(f.emulator.control.approveDeviceCode(userCode, upn)).toBe(true);
  return await pending;
}

describe('Microsoft Graph by device code (core + emulator)', () => {
  it('connects and reports who, which tenant, expiry, granted scopes and a live probe', async () => {
    const result = await connectGraph();
    if (!result.ok) throw new Error(result.message);
    const status = result.value;
    expect(status.state).toBe('connected');
    expect(status.account).toMatchObject({
      username: admin().upn,
      tenantId: f.emulator.info.tenantId,
    });
    expect(status.tenantDomain).toBe(f.emulator.info.tenantDomain);
    expect(status.scopes).toContain('User.Read');
    expect(Date.parse(status.accessTokenExpiresAt!) - Date.now()).toBeGreaterThan(50 * 60_000);
    expect(status.probe).toMatchObject({ ok: true, status: 200, request: 'GET /v1.0/me' });
    expect(status.probe!.summary).toContain(admin().upn);
  });

  it('after a restart, reads the connection back and probes without signing in again', async () => {
    await connectGraph();
    const deviceCodesBefore = f.emulator.control
      .requests()
      .filter((r) => r.path.endsWith('/devicecode')).length;
    await f.restart();
    const checked = await f.value('service.refreshAll', {});
    const graph = checked.find((status) => status.serviceId === 'graph');
    expect(graph).toMatchObject({ state: 'connected', probe: { status: 200 } });
    const deviceCodesAfter = f.emulator.control
      .requests()
      .filter((r) => r.path.endsWith('/devicecode')).length;
    expect(deviceCodesAfter).toBe(deviceCodesBefore);
  });

  it('renews an expiring access token silently with the refresh token', async () => {
    f.emulator.control.setAccessTokenLifetime(120); // under MSAL's 5-minute renewal offset
    await connectGraph();
    const refreshesBefore = tokenRequests('refresh_token');
    const result = await f.invoke('service.refresh', { serviceId: 'graph' });
    expect(result).toMatchObject({
      ok: true,
      value: { state: 'connected', probe: { status: 200 } },
    });
    expect(tokenRequests('refresh_token')).toBe(refreshesBefore + 1);
  });

  it('uses the cached access token while it is fresh (no token request)', async () => {
    await connectGraph();
    const before = f.emulator.control.requests().filter((r) => r.path.endsWith('/token')).length;
    await f.invoke('service.refresh', { serviceId: 'graph' });
    expect(f.emulator.control.requests().filter((r) => r.path.endsWith('/token')).length).toBe(
      before,
    );
  });

  it('cancels a pending device code at once', async () => {
    const pending = f.invoke('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    const { flowId } = await nextDeviceCode(f);
    expect(await f.invoke('signIn.cancel', { flowId })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await pending).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await f.invoke('signIn.cancel', { flowId })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('moves to "needs sign-in" with the reason when the refresh token is revoked', async () => {
    f.emulator.control.setAccessTokenLifetime(120);
    await connectGraph();
    f.emulator.control.revokeRefreshTokens(admin().upn);
    const result = await f.invoke('service.refresh', { serviceId: 'graph' });
    expect(result).toMatchObject({
      ok: true,
      value: { state: 'needs-sign-in', problem: { code: 'AADSTS50173' } },
    });
  });

  it('disconnect forgets the connection and removes the account and its tokens', async () => {
    await connectGraph();
    const result = await f.invoke('service.disconnect', { serviceId: 'graph' });
    expect(result).toMatchObject({ ok: true, value: { state: 'disconnected' } });
    await f.restart();
    const list = await f.invoke('service.list', {});
    if (!list.ok) throw new Error(list.message);
    const graph = list.value.find((p) => p.serviceId === 'graph');
    expect(graph?.status.state).toBe('disconnected');
    expect(await f.invoke('accounts.list', {})).toEqual({ ok: true, value: [] });
  });
});
