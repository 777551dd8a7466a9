/**
 * Set up app signs in with Microsoft's Azure CLI app (pre-authorized for app setup in every
 * tenant) through the ordinary sign-in flows, and knows from the token whether the person may
 * grant consent for the whole tenant.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { confStore } from '../testing/conf-store';
import { everythingOnDisk } from '../testing/store-inspector';
import {
  nextDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { ScriptedWindow } from '../testing/scripted-window';
import { signInToSetup } from '../testing/setup-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

const AZURE_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
const session = async () => await f.value('appSetup.session', {});

describe('Set up app sign-in', () => {
  it('signs an admin in with Azure CLI by device code, for the app setup permissions only', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    expect(await session()).toBeNull();
    const pending = f.invoke('appSetup.signIn', {
      cloud: 'sandbox',
      method: 'device-code',
    });
    const prompt = (await nextDeviceCode(f)) as { userCode: string; serviceId?: string };
    expect(prompt.serviceId).toBe('entra');
    f.emulator.control.approveDeviceCode(prompt.userCode, admin.upn);
    const signedIn = valueOf(await pending);
    expect(signedIn).toEqual({
      cloud: 'sandbox',
      username: admin.upn,
      displayName: admin.displayName,
      tenantId: f.emulator.info.tenantId,
      tenantDomain: f.emulator.info.tenantDomain,
      canGrantAdminConsent: true,
      canGrantGraphAppRoles: true,
      roles: ['Global Administrator'],
    });
    expect(await session()).toEqual(signedIn);
    const request = f.emulator.control.requests().find((r) => r.path.endsWith('/devicecode'))!;
    expect(request.clientId).toBe(AZURE_CLI);
    expect(request.scope?.split(' ').sort()).toEqual(
      [
        'https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All',
        'https://graph.microsoft.com/Application.ReadWrite.All',
        'https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All',
        'https://graph.microsoft.com/Directory.Read.All',
        'offline_access',
        'openid',
        'profile',
      ].sort(),
    );
    expect(f.core.router.unhandled()).toEqual([]); // every command of the contract is wired
    // The setup sign-in is not a connection: no panel or account changed.
    expect(await f.value('accounts.list', {})).toEqual([]);
  });

  it('knows a person without an admin role cannot grant tenant-wide consent', async () => {
    f = await startCoreFixture();
    expect(await signInToSetup(f, userWithRole(f, null).upn)).toMatchObject({
      canGrantAdminConsent: false,
      roles: [],
    });
    const lee = userWithRole(f, 'SharePoint Administrator');
    expect(await signInToSetup(f, lee.upn)).toMatchObject({
      username: lee.upn,
      canGrantAdminConsent: false,
      canGrantGraphAppRoles: false,
      roles: ['SharePoint Administrator'],
    });
  });

  it('knows an Application Administrator may grant consent, but not Microsoft Graph’s application permissions', async () => {
    f = await startCoreFixture();
    expect(await signInToSetup(f, userWithRole(f, 'Application Administrator').upn)).toMatchObject({
      canGrantAdminConsent: true,
      canGrantGraphAppRoles: false,
      roles: ['Application Administrator'],
    });
    expect(await signInToSetup(f, userWithRole(f, 'Global Administrator').upn)).toMatchObject({
      canGrantAdminConsent: true,
      canGrantGraphAppRoles: true,
    });
  });

  it('reads the roles from Graph’s memberOf where the token lists none (no wids)', async () => {
    f = await startCoreFixture();
    f.emulator.control.setRoleClaimsInTokens(false);
    expect(await signInToSetup(f, userWithRole(f, 'Global Administrator').upn)).toMatchObject({
      canGrantAdminConsent: true,
      roles: ['Global Administrator'],
    });
    // Graph refusing: nobody is assumed to be an admin.
    f.emulator.control.refuseMemberOf(403);
    expect(await signInToSetup(f, userWithRole(f, 'Global Administrator').upn)).toMatchObject({
      canGrantAdminConsent: false,
      roles: [],
    });
  });

  it('signs in in the sign-in window too, and signing out forgets the session', async () => {
    const window = new ScriptedWindow();
    f = await startCoreFixture({ signInWindow: window });
    window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
    window.person = userWithRole(f, 'Global Administrator');
    const signedIn = await f.value('appSetup.signIn', {
      cloud: 'sandbox',
      method: 'in-app-window',
    });
    expect(signedIn.canGrantAdminConsent).toBe(true);
    expect(new URL(window.opened[0]!.url).searchParams.get('client_id')).toBe(AZURE_CLI);
    expect(f.events.find((e) => e.name === 'signIn.pending')?.payload).toMatchObject({
      serviceId: 'entra',
      method: 'in-app-window',
    });

    expect(await f.invoke('appSetup.signOut', {})).toEqual({
      ok: true,
      value: { signedOut: true },
    });
    expect(await session()).toBeNull();
    expect(
      await f.invoke('appSetup.check', {
        clientId: f.emulator.info.publicClientId,
        services: [{ serviceId: 'graph', level: 'minimal', includeApplication: false }],
      }),
    ).toMatchObject({ ok: false, code: 'setup_sign_in_required' });
  });
});

describe('the setup session never touches disk', () => {
  it('its account and tokens are in no file and no decrypted secret, before or after a restart', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    await signInToSetup(f, admin.upn);
    // It works (a silent token for Graph), so the tokens are held, in memory.
    expect(
      await f.invoke('appSetup.check', {
        clientId: f.emulator.info.publicClientId,
        services: [{ serviceId: 'graph', level: 'minimal', includeApplication: false }],
      }),
    ).toMatchObject({ ok: true });
    const issued = f.emulator.control.issuedTokens();
    expect(issued.length).toBeGreaterThan(0);
    const check = async () => {
      const disk = await everythingOnDisk(f.storeDir, f.cipher);
      expect(issued.filter((token) => disk.includes(token))).toEqual([]);
      expect(disk).not.toContain(AZURE_CLI);
      expect(disk).not.toContain(admin.upn);
    };
    await check();
    await f.restart();
    expect(await session()).toBeNull();
    await check();
  });

  it('setup tokens an older version kept are removed at start-up; a connection through the same app stays', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    const megan = userWithRole(f, null);
    // Older versions signed setup in through the shared, persisted cache partition of Azure
    // CLI's app: the same partition an ordinary connection through that app uses. Make both.
    for (const upn of [admin.upn, megan.upn]) {
      const pending = f.invoke('signIn.deviceCode', {
        serviceId: upn === admin.upn ? 'graph' : 'entra',
        cloud: 'sandbox',
        app: { clientId: AZURE_CLI, tenant: f.emulator.info.tenantId },
      });
      f.emulator.control.approveDeviceCode((await nextDeviceCode(f)).userCode, upn);
      valueOf(await pending);
    }
    // The admin's sign-in becomes an older version's setup leftover: tokens, no connection.
    const store = confStore(f.storeDir);
    const accounts = store.get('accounts') as { username: string }[];
    store.set(
      'accounts',
      accounts.filter((a) => a.username !== admin.upn),
    );
    store.set(
      'bindings',
      (store.get('bindings') as { serviceId: string }[]).filter((b) => b.serviceId !== 'graph'),
    );
    expect(await everythingOnDisk(f.storeDir, f.cipher)).toContain(admin.upn);

    await f.restart();
    await f.value('app.info', {}); // answered after the clean-up
    const disk = await everythingOnDisk(f.storeDir, f.cipher);
    expect(disk).not.toContain(admin.upn);
    expect(disk).toContain(megan.upn);
    expect((await f.value('service.refresh', { serviceId: 'entra' })).state).toBe('connected');
  });
});
