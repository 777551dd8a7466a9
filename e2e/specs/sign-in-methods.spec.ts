/**
 * Every sign-in method from the connect dialog, each completing the sandbox's real pages in a
 * browser page: the in-app sign-in window, the system browser (MSAL's loopback), app-only with
 * a secret and with a PFX file; cancel; and the one-click way round a Conditional Access block
 * on device code.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '../harness/fixtures';
import { field, signInOnAuthorityPage } from '../harness/person';
import { toPfxBase64 } from '../../main/core/testing/test-certificate';

const GRAPH = 'Microsoft Graph';

test('the sign-in window: the person signs in on the authority’s page and the window closes', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  // The sandbox serves the whole worker: count only what this sign-in redeems.
  const redeemed = () =>
    sandbox.control
      .requests()
      .filter((r) => r.path.endsWith('/token') && r.grantType === 'authorization_code').length;
  const before = redeemed();
  const windowOpened = desk.nextSignInWindow();
  await dash.startNewSignIn(await dash.openConnect(GRAPH), 'Sign-in window');
  const pending = desk.page.getByRole('dialog', { name: 'Finish signing in' });
  await expect(pending).toBeVisible();
  const signInWindow = await windowOpened;
  await expect(signInWindow).toHaveURL(/\/oauth2\/v2\.0\/authorize\?/);
  expect(new URL(signInWindow.url()).searchParams.get('code_challenge_method')).toBe('S256');
  await signInOnAuthorityPage(signInWindow, admin);
  await expect(pending).toBeHidden();
  await dash.expectConnected(GRAPH, admin.upn);
  await dash.expectProbe(GRAPH, '200');
  await expect.poll(() => signInWindow.isClosed()).toBe(true);
  expect(redeemed() - before).toBe(1);
  expect(desk.pageErrors).toEqual([]);
});

test('the system browser: MSAL’s loopback receives the answer and the tab says to go back', async ({
  desk,
  personPage,
  dash,
  users,
}) => {
  const user = users.sharePointAdmin;
  const opened = desk.nextExternalUrl();
  await dash.startNewSignIn(await dash.openConnect(GRAPH), 'System browser');
  await expect(desk.page.getByRole('dialog', { name: 'Finish signing in' })).toContainText(
    /browser/i,
  );
  const authorizeUrl = new URL(await opened);
  expect(authorizeUrl.searchParams.get('response_mode')).toBe('form_post');
  expect(new URL(authorizeUrl.searchParams.get('redirect_uri')!).hostname).toBe('localhost');
  await personPage.goto(authorizeUrl.toString());
  await signInOnAuthorityPage(personPage, user);
  await expect(personPage.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
  await expect(personPage.getByText('Go back to M365 Desk')).toBeVisible();
  await dash.expectConnected(GRAPH, user.upn);
});

test('cancel closes the sign-in window and leaves the service as it was', async ({
  desk,
  dash,
}) => {
  const windowOpened = desk.nextSignInWindow();
  await dash.startNewSignIn(await dash.openConnect(GRAPH), 'Sign-in window');
  const signInWindow = await windowOpened;
  const pending = desk.page.getByRole('dialog', { name: 'Finish signing in' });
  await pending.getByRole('button', { name: 'Cancel sign-in' }).click();
  await expect(pending).toBeHidden();
  await expect.poll(() => signInWindow.isClosed()).toBe(true);
  await expect(dash.panel(GRAPH).getByText('Disconnected')).toBeVisible();
});

test('Conditional Access blocks device code: one click signs in with the browser instead', async ({
  desk,
  sandbox,
  personPage,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  sandbox.control.blockDeviceCode(true);
  try {
    const connect = await dash.openConnect(GRAPH);
    await dash.startNewSignIn(connect, 'Device code');
    const codeDialog = desk.page.getByRole('dialog', { name: `Sign in to ${GRAPH}` });
    const code = (await codeDialog.getByRole('group', { name: 'Device code' }).textContent())!;
    await personPage.goto(`${sandbox.info.url}/devicelogin`);
    await personPage.getByLabel('Code').fill(code.trim());
    await personPage.getByRole('button', { name: 'Next' }).click();
    await signInOnAuthorityPage(personPage, admin);
    // The sandbox app holds tenant-wide consent: Entra only asks to confirm the sign-in.
    await personPage.getByRole('button', { name: 'Continue' }).click();

    const blocked = desk.page.getByText(/Conditional Access/).first();
    await expect(blocked).toBeVisible();
    const opened = desk.nextExternalUrl();
    await desk.page.getByRole('button', { name: 'Sign in with the browser instead' }).click();
    await personPage.goto(await opened);
    await signInOnAuthorityPage(personPage, admin);
    await expect(personPage.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
    await dash.expectConnected(GRAPH, admin.upn);
  } finally {
    sandbox.control.blockDeviceCode(false);
  }
});

test('app-only with a client secret, typed into the form', async ({ desk, sandbox, dash }) => {
  const app = sandbox.info.confidentialClient;
  const dialog = await dash.openConnect(GRAPH);
  await dialog.getByRole('radio', { name: 'App-only (certificate or secret)' }).check();
  await dialog.getByLabel('Application (client) ID').fill(app.clientId);
  await dialog.getByRole('textbox', { name: 'Tenant' }).fill(sandbox.info.tenantId);
  await dialog.getByRole('radio', { name: 'Client secret' }).check();
  await dialog.getByLabel('Secret value').fill(app.secret);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toBeHidden();
  const panel = dash.panel(GRAPH);
  await expect(panel.getByText('Connected', { exact: true })).toBeVisible();
  await expect(field(panel, 'Live probe')).toContainText('GET /v1.0/organization');
  const transcript = await desk.bridgeTranscript();
  const resultLines = transcript.split('\n').filter((line) => !line.includes('signIn.appOnly'));
  expect(resultLines.join('\n')).not.toContain(app.secret); // only the command itself carried it
});

test('app-only with a PFX file: a wrong password is explained and nothing typed is lost', async ({
  sandbox,
  dash,
}) => {
  const app = sandbox.info.confidentialClient;
  const pfx = Buffer.from(
    toPfxBase64(
      {
        certificatePem: readFileSync(app.certFile, 'utf8'),
        privateKeyPem: readFileSync(app.keyFile, 'utf8'),
      },
      'Pfx-Pass-1',
    ),
    'base64',
  );
  const dialog = await dash.openConnect(GRAPH);
  await dialog.getByRole('radio', { name: 'App-only (certificate or secret)' }).check();
  await dialog.getByLabel('Application (client) ID').fill(app.clientId);
  await dialog.getByRole('textbox', { name: 'Tenant' }).fill(sandbox.info.tenantId);
  await dialog.getByRole('radio', { name: /PFX/ }).check();
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'desk-app.pfx', mimeType: 'application/x-pkcs12', buffer: pfx });
  await dialog.getByRole('textbox', { name: 'PFX password' }).fill('not the password');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog.getByText('The PFX password is wrong.')).toBeVisible();
  await expect(dialog.getByLabel('Application (client) ID')).toHaveValue(app.clientId);
  await dialog.getByRole('textbox', { name: 'PFX password' }).fill('Pfx-Pass-1');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(dash.panel(GRAPH).getByText('Connected', { exact: true })).toBeVisible();
});
