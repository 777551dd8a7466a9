import { CryptoProvider } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { accessByName } from '../directory/app-registrations.js';
import { microsoftGraph } from '../directory/resource-apis.js';
import {
  firstPartyClientIds,
  setupApplicationPayload,
  useAppSetupFixture,
} from '../testing/app-setup-fixture.js';
import { flowIdOf, jsonOf } from '../testing/https-client.js';
import type { HttpsAnswer } from '../testing/https-client.js';

const GRAPH = 'https://graph.microsoft.com';
const OIDC = 'openid profile offline_access';

/** The buttons of a page, by their visible text. */
const buttons = (page: HttpsAnswer) =>
  [...page.text.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

/** "Need admin approval" naming the permission, with no Accept: only the way back. */
const expectAdminApproval = (page: HttpsAnswer, permission: string) => {
  expect(page.text).toContain('<h1>Need admin approval</h1>');
  expect(page.text).toContain(permission);
  expect(buttons(page)).toEqual(['Return to the app without granting consent']);
};

// Consent as Entra asks for it: pre-authorized first-party apps are never asked about, and a
// permission only an admin may grant is "Need admin approval" to anyone else, before any Accept.
describe('consent on the device login and authorize pages, as Entra does it', () => {
  const f = useAppSetupFixture();
  const person = (account: 'admin' | 'megan') =>
    f.emulator.info.users.find((u) => u.upn === f.upn(account))!;

  /** Device login up to the page after the password; returns that page and its flow. */
  async function deviceLogin(clientId: string, scope: string, account: 'admin' | 'megan') {
    const code = await f.client.startDeviceCode(scope, clientId);
    const flow = flowIdOf(await f.client.postForm('/devicelogin', { code: code.user_code }));
    const { upn, password } = person(account);
    const page = await f.client.postForm('/devicelogin/signin', { flow, email: upn, password });
    const poll = async () => jsonOf(await f.client.redeemDeviceCode(code.device_code, clientId));
    const answer = (action: string) => f.client.postForm('/devicelogin/consent', { flow, action });
    return { code, page, poll, answer };
  }

  /** The authorize pages up to the page after the password. */
  async function authorize(clientId: string, scope: string, account: 'admin' | 'megan') {
    const { challenge } = await new CryptoProvider().generatePkceCodes();
    const query = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: 'http://localhost:8400',
      scope,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 's-1',
    });
    const start = await f.client.get(`/organizations/oauth2/v2.0/authorize?${query}`);
    const flow = flowIdOf(start);
    const { upn, password } = person(account);
    const page = await f.client.postForm('/authorize/signin', { flow, email: upn, password });
    const answer = (action: string) => f.client.postForm('/authorize/consent', { flow, action });
    return { page, answer };
  }

  it('issues user codes like Entra: nine upper-case letters and digits, no dash', async () => {
    const codes = await Promise.all(
      [1, 2, 3].map(() => f.client.startDeviceCode(`${GRAPH}/User.Read ${OIDC}`)),
    );
    for (const { user_code } of codes) expect(user_code).toMatch(/^[A-Z0-9]{9}$/);
    expect(new Set(codes.map((c) => c.user_code)).size).toBe(3);
  });

  it('never asks consent for the pre-authorized Azure CLI: the person only confirms the sign-in', async () => {
    const login = await deviceLogin(
      firstPartyClientIds.azureCli,
      `${GRAPH}/User.Read ${OIDC}`,
      'megan',
    );
    expect(login.page.status).toBe(200);
    expect(login.page.text).toContain('Are you trying to sign in to Microsoft Azure CLI?');
    expect(login.page.text).not.toContain('Permissions requested');
    expect(buttons(login.page)).toEqual(['Cancel', 'Continue']);
    const done = await login.answer('accept');
    expect(done.text).toContain('You have signed in to Microsoft Azure CLI on your device.');
    expect(await login.poll()).toMatchObject({ token_type: 'Bearer' });
  });

  it('Cancel on the confirmation makes polling answer authorization_declined', async () => {
    const login = await deviceLogin(
      firstPartyClientIds.azureCli,
      `${GRAPH}/User.Read ${OIDC}`,
      'megan',
    );
    await login.answer('cancel');
    expect(await login.poll()).toMatchObject({ error: 'authorization_declined' });
  });

  it('shows a plain user "Need admin approval" for an admin-only permission before any Accept, and never grants it', async () => {
    const scope = `${GRAPH}/Application.ReadWrite.All ${OIDC}`;
    const login = await deviceLogin(firstPartyClientIds.graphCommandLineTools, scope, 'megan');
    expectAdminApproval(login.page, 'Read and write all applications');
    // A forged Accept changes nothing.
    const forged = await login.answer('accept');
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Need admin approval');
    expect(await login.poll()).toMatchObject({ error: 'authorization_pending' });
    await login.answer('cancel');
    expect(await login.poll()).toMatchObject({ error: 'authorization_declined' });
  });

  it('lets an administrator accept the same permission', async () => {
    const scope = `${GRAPH}/Application.ReadWrite.All ${OIDC}`;
    const login = await deviceLogin(firstPartyClientIds.graphCommandLineTools, scope, 'admin');
    expect(login.page.text).toContain('Read and write all applications');
    expect(buttons(login.page)).toEqual(['Cancel', 'Accept']);
    await login.answer('accept');
    expect(await login.poll()).toMatchObject({ token_type: 'Bearer' });
  });

  it('asks a plain user for admin approval when .default includes an admin-only permission', async () => {
    const app = await f.graphOk<{ appId: string }>(
      'POST',
      '/v1.0/applications',
      await f.cliToken('admin'),
      setupApplicationPayload('Needs Directory.Read.All', [
        accessByName(microsoftGraph, ['User.Read', 'Directory.Read.All']),
      ]),
    );
    const login = await deviceLogin(app.appId, `${GRAPH}/.default ${OIDC}`, 'megan');
    expectAdminApproval(login.page, 'Read directory data');
  });

  it('the authorize page: Azure CLI straight through; admin-only for a plain user is a page, then consent_required', async () => {
    const cli = await authorize(
      firstPartyClientIds.azureCli,
      `${GRAPH}/User.Read ${OIDC}`,
      'megan',
    );
    expect(cli.page.status).toBe(302);
    expect(new URL(cli.page.headers.location ?? '').searchParams.get('code')).toBeTruthy();

    const scope = `${GRAPH}/Application.ReadWrite.All ${OIDC}`;
    const tools = await authorize(firstPartyClientIds.graphCommandLineTools, scope, 'megan');
    expect(tools.page.status).toBe(200);
    expectAdminApproval(tools.page, 'Read and write all applications');
    expect(tools.page.text).toContain('AADSTS90094');
    const back = await tools.answer('accept');
    expect(back.status).toBe(302);
    const location = new URL(back.headers.location ?? '');
    expect(location.searchParams.get('error')).toBe('consent_required');
    expect(location.searchParams.get('error_description')).toContain('AADSTS90094');
    expect(location.searchParams.get('code')).toBeNull();
  });
});
