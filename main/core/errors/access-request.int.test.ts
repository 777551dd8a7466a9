/**
 * AADSTS50105, the account is not assigned to the app: the way out is a request an administrator
 * can act on. It names who, which app and which tenant, and where the admin assigns it; it holds
 * no token or secret. Injected through the emulator as Entra answers it, with the real msal-node.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  nextDeviceCode,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';

let f: CoreFixture | undefined;
let world: ConnectedWorld | undefined;
afterEach(async () => {
  await f?.close();
  await world?.close();
  f = world = undefined;
});

const WHERE =
  /Microsoft Entra admin center → Enterprise applications → .+ → Users and groups → Add user\/group/;

describe('a request for access, when Entra says the account is not assigned to the app', () => {
  it('for a connection refused on renewal: who, which app, which tenant, and where an admin assigns it', async () => {
    const core = (f = await startCoreFixture());
    const admin = userWithRole(core, 'Global Administrator');
    core.emulator.control.setAccessTokenLifetime(120); // due for renewal at once
    const connected = valueOf(await signInByDeviceCode(core, 'graph', admin.upn));
    core.emulator.control.failSignIn(50105, 1);
    const refused = await core.value('service.refresh', { serviceId: 'graph' });
    expect(refused.problem).toMatchObject({ code: 'AADSTS50105', remedy: 'ask-for-assignment' });

    const { text } = await core.value('service.accessRequest', {
      serviceId: 'graph',
      of: 'connection',
    });
    expect(text).toContain(`Account: ${admin.upn}`);
    expect(text).toContain(`client id ${core.emulator.info.publicClientId}`);
    expect(text).toMatch(
      new RegExp(`Tenant: (${connected.tenantDomain}|${connected.account!.tenantId})`),
    );
    expect(text).toMatch(WHERE);
    expect(text).toContain('AADSTS50105');
    const tokens = core.emulator.control.issuedTokens();
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ[\w-]{20,}/); // no JWT of any kind
  });

  it('for a new sign-in refused (nothing saved): the app as Entra named it, the tenant it asked', async () => {
    const core = (f = await startCoreFixture());
    core.emulator.control.failSignIn(50105, 1);
    const pending = core.invoke('signIn.deviceCode', { serviceId: 'sharepoint', cloud: 'sandbox' });
    const { userCode } = await nextDeviceCode(core);
    core.emulator.control.approveDeviceCode(userCode, userWithRole(core, null).upn);
    const refused = await pending;
    expect(refused).toMatchObject({ ok: false, code: 'AADSTS50105', remedy: 'ask-for-assignment' });

    const { text } = await core.value('service.accessRequest', {
      serviceId: 'sharepoint',
      of: 'new-sign-in',
    });
    // The sandbox's app, as Entra's own message names it.
    const clientId = core.emulator.info.publicClientId;
    expect(text).toContain(`App: M365 Desk (sandbox) (client id ${clientId})`);
    expect(text).toMatch(/Tenant: \S+/);
    expect(text).toMatch(WHERE);
  });

  it('for the sign-in window refused on Entra’s page: the account as Entra named it there', async () => {
    const w = (world = await connectedWorld());
    w.f.emulator.control.failAuthorize(50105);
    const refused = await w.signIn('in-app-window');
    expect(refused).toMatchObject({ ok: false, code: 'AADSTS50105', remedy: 'ask-for-assignment' });
    const { text } = await w.f.value('service.accessRequest', {
      serviceId: 'sharepoint',
      of: 'new-sign-in',
    });
    expect(text).toContain(`Account: ${w.window.person!.upn}`);
    expect(text).toContain('App: M365 Desk (sandbox) (client id');
  });

  it('without a refusal to ask about, says so instead of copying an empty request', async () => {
    const core = (f = await startCoreFixture());
    const answer = await core.invoke('service.accessRequest', {
      serviceId: 'graph',
      of: 'new-sign-in',
    });
    expect(answer).toMatchObject({ ok: false, code: 'no_access_request' });
  });
});
