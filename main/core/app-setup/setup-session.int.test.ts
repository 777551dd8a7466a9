/**
 * Set up app signs in with Microsoft's Azure CLI app (pre-authorized for app setup in every
 * tenant) through the ordinary sign-in flows, and knows from the token whether the person may
 * grant consent for the whole tenant.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupSession } from '../../../preload/contract';
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
const session = async () =>
  valueOf<SetupSession | null>(await f.core.router.dispatch('appSetup.session', {}));

describe('Set up app sign-in', () => {
  it('signs an admin in with Azure CLI by device code, for the app setup permissions only', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    expect(await session()).toBeNull();
    const pending = f.core.router.dispatch('appSetup.signIn', {
      cloud: 'sandbox',
      method: 'device-code',
    });
    const prompt = (await nextDeviceCode(f)) as { userCode: string; serviceId?: string };
    expect(prompt.serviceId).toBe('entra');
    f.emulator.control.approveDeviceCode(prompt.userCode, admin.upn);
    const signedIn = valueOf<SetupSession>(await pending);
    expect(signedIn).toEqual({
      cloud: 'sandbox',
      username: admin.upn,
      displayName: admin.displayName,
      tenantId: f.emulator.info.tenantId,
      tenantDomain: f.emulator.info.tenantDomain,
      canGrantAdminConsent: true,
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
    expect(valueOf<unknown[]>(await f.core.router.dispatch('connections.list', {}))).toEqual([]);
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
      roles: ['SharePoint Administrator'],
    });
  });

  it('signs in in the sign-in window too, and signing out forgets the session', async () => {
    const window = new ScriptedWindow();
    f = await startCoreFixture({ signInWindow: window });
    window.caPem = readFileSync(f.emulator.info.caFile, 'utf8');
    window.person = userWithRole(f, 'Global Administrator');
    const signedIn = valueOf<SetupSession>(
      await f.core.router.dispatch('appSetup.signIn', {
        cloud: 'sandbox',
        method: 'in-app-window',
      }),
    );
    expect(signedIn.canGrantAdminConsent).toBe(true);
    expect(new URL(window.opened[0]!.url).searchParams.get('client_id')).toBe(AZURE_CLI);
    expect(f.events.find((e) => e.name === 'signIn.pending')?.payload).toMatchObject({
      serviceId: 'entra',
      method: 'in-app-window',
    });

    expect(await f.core.router.dispatch('appSetup.signOut', {})).toEqual({
      ok: true,
      value: { signedOut: true },
    });
    expect(await session()).toBeNull();
    expect(
      await f.core.router.dispatch('appSetup.check', {
        clientId: f.emulator.info.publicClientId,
        services: [{ serviceId: 'graph', level: 'minimal', includeApplication: false }],
      }),
    ).toMatchObject({ ok: false, code: 'setup_sign_in_required' });
  });
});
