/**
 * The dashboard's screens: disconnected, the connect dialog's methods and app-only form, the
 * device code, all six services connected, the same after a start while the checks run and
 * once they answered, token details, disconnect, a pending browser sign-in, the proxy, a
 * changed app; and a plain user in a tenant without Viva Engage.
 */
import { readFileSync } from 'node:fs';
import { SERVICE_LABELS } from '../../e2e/harness/dashboard';
import type { SandboxAccount } from '../../e2e/harness/sandbox-users';
import type { Screens } from './session';

const OTHER_SERVICES = [
  'SharePoint Online',
  'Entra ID',
  'Office 365 Management APIs',
  'Azure Service Management',
  'Viva Engage',
];

/**
 * Connects Microsoft Graph by device code as `user`, approved in the person's browser; with
 * `shootCode`, the device code dialog is shot before it is approved.
 */
export async function connectGraph(s: Screens, user: SandboxAccount, shootCode = false) {
  const { dash } = s;
  await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Device code');
  const dialog = s.page.getByRole('dialog', { name: 'Sign in to Microsoft Graph' });
  await dialog.getByRole('group', { name: 'Device code' }).waitFor();
  if (shootCode) await s.shoot('device-code-dialog');
  await dash.finishDeviceCode('Microsoft Graph', user);
  await dash.panel('Microsoft Graph').locator('dt', { hasText: 'Live probe' }).waitFor();
}

/** Uses `user`'s sign-in for the five services after Graph (SharePoint at `siteUrl`). */
async function connectTheOthers(s: Screens, user: SandboxAccount, siteUrl: string) {
  for (const label of OTHER_SERVICES) {
    await s.dash.connectWithAccount(
      label,
      user.displayName,
      label === 'SharePoint Online' ? siteUrl : undefined,
    );
  }
}

/** The connect dialog's new sign-in form: the methods, then app-only with a PEM certificate. */
async function connectDialogShots(s: Screens) {
  const dialog = await s.dash.openConnect('Microsoft Graph');
  await dialog.getByLabel('Application (client) ID').waitFor();
  await s.shoot('connect-dialog-methods');
  const app = s.sandbox.info.confidentialClient;
  await dialog.getByRole('radio', { name: 'App-only (certificate or secret)' }).check();
  await dialog.getByLabel('Application (client) ID').fill(app.clientId);
  await dialog.getByLabel('Certificate', { exact: true }).fill(readFileSync(app.certFile, 'utf8'));
  await dialog.getByLabel('Private key', { exact: true }).fill(readFileSync(app.keyFile, 'utf8'));
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).scrollIntoViewIfNeeded();
  await s.shoot('connect-dialog-app-only');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A SharePoint address that only looks like the tenant's, and the warning it gets. */
async function lookalikeUrlShot(s: Screens) {
  const dialog = await s.dash.openConnect('SharePoint Online');
  await dialog
    .getByLabel('SharePoint URL')
    .fill('https://contoso-sandbox.sharepoint.com.evil.test');
  await s.page.getByText(/looks like one/).waitFor();
  await s.shoot('connect-dialog-lookalike-url');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

/**
 * Paint first, probe after: the app starts again with the sandbox slow to answer, so the panels
 * are shot from the saved connections while every check is under way, then once they answered.
 */
async function checkingShots(s: Screens, user: SandboxAccount) {
  s.sandbox.control.setLatency(4_000);
  try {
    await s.host.restart();
    for (const label of SERVICE_LABELS) await s.dash.expectChecking(label, user.upn);
    await s.shoot('dashboard-checking');
  } finally {
    s.sandbox.control.setLatency(0);
  }
  for (const label of SERVICE_LABELS) await s.dash.expectProbe(label, '200');
  await s.shoot('dashboard-checked');
}

async function tokenDetailsAndDisconnectShots(s: Screens) {
  const { page, dash } = s;
  await dash.panel('SharePoint Online').getByRole('button', { name: 'Token details' }).click();
  await s.shoot('token-details');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await dash.panel('Microsoft Graph').getByRole('button', { name: 'Disconnect' }).click();
  await s.shoot('disconnect-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
}

/** A system browser sign-in waiting for the person, then cancelled. */
async function pendingSignInShot(s: Screens) {
  await s.dash.startNewSignIn(await s.dash.openConnect('Microsoft Graph'), 'System browser');
  const pending = s.page.getByRole('dialog', { name: 'Finish signing in' });
  await pending.waitFor();
  await s.shoot('sign-in-pending');
  await pending.getByRole('button', { name: 'Cancel sign-in' }).click();
  await pending.waitFor({ state: 'hidden' });
}

async function proxyShot(s: Screens) {
  const footer = s.page.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'Proxy', exact: true }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Proxy' });
  await dialog.getByLabel('Proxy URL').fill('http://proxy.contoso.com:8080');
  await dialog.getByLabel('Bypass (NO_PROXY)').fill('localhost,.contoso.com');
  await s.shoot('proxy-settings');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

/** Points the first account at another app; it then asks for a new sign-in. */
async function changeAppShots(s: Screens) {
  const accounts = s.page.getByRole('region', { name: 'Accounts' });
  await accounts.getByRole('button', { name: 'Change app' }).first().click();
  const dialog = s.page.getByRole('dialog', { name: 'Change app registration' });
  await dialog.getByLabel('Application (client) ID').fill('3f8a1c52-7d4e-4b9a-a1f0-6c2e9d8b7a65');
  await s.shoot('change-app-dialog');
  await dialog.getByRole('button', { name: 'Change app' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await accounts.getByRole('button', { name: 'Sign in again' }).first().waitFor();
  await s.shoot('account-sign-in-required');
}

/** A Global Administrator's dashboard, from nothing connected to everything and back. */
export async function dashboardShots(s: Screens) {
  const admin = s.users.globalAdmin;
  await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await s.shoot('dashboard-disconnected');
  await connectDialogShots(s);
  await connectGraph(s, admin, true);
  await s.shoot('dashboard-graph-connected');
  await lookalikeUrlShot(s);
  await connectTheOthers(s, admin, s.sandbox.info.sharepoint.adminUrl);
  await s.shoot('dashboard-all-connected');
  await checkingShots(s, admin);
  await tokenDetailsAndDisconnectShots(s);
  await pendingSignInShot(s);
  await proxyShot(s);
  await changeAppShots(s);
}

/** A plain user (the tenant without Viva Engage): what works, and what each panel says. */
export async function plainUserShots(s: Screens) {
  const plain = s.users.plain;
  await connectGraph(s, plain);
  await connectTheOthers(s, plain, s.sandbox.info.sharepoint.rootUrl);
  await s.shoot('dashboard-mixed-plain-user-no-viva-engage');
}
