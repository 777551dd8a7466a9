/**
 * `npm run screenshots [dir]`: pictures of every screen, light and dark, made with the real
 * core against the sandbox tenant. Writes PNGs to screenshots/. Builds the renderer if needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { ChromiumBridgeHost } from '../e2e/harness/chromium-bridge-host';
import { signInOnAuthorityPage } from '../e2e/harness/person';

type Scheme = 'light' | 'dark';
const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
if (!existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const SERVICES = [
  'SharePoint Online',
  'Entra ID',
  'Office 365 Management APIs',
  'Azure Service Management',
  'Viva Engage',
];

/** One app session: a fresh store, a page, and a way to save a named picture of it. */
async function session(
  sandbox: RunningEmulator,
  scheme: Scheme,
  run: (
    page: Page,
    shoot: (name: string) => Promise<void>,
    host: ChromiumBridgeHost,
  ) => Promise<void>,
  viewport = { width: 1440, height: 1500 },
) {
  const host = await ChromiumBridgeHost.launch({
    rendererDir: resolve('out/renderer'),
    storeDir: mkdtempSync(join(tmpdir(), `desk-shots-${scheme}-`)),
    sandbox: sandbox.info,
    colorScheme: scheme,
    viewport,
  });
  const shoot = async (name: string) => {
    await host.page.waitForTimeout(350); // let dialogs finish their entrance animation
    const path = join(outDir, `${name}-${scheme}.png`);
    await host.page.screenshot({ path });
    console.log(path);
  };
  try {
    await run(host.page, shoot, host);
    if (host.pageErrors.length) throw new Error(`Page errors: ${host.pageErrors.join('; ')}`);
  } finally {
    await host.close();
  }
}

/** Connects Microsoft Graph by device code as `upn`, approving through the emulator. */
async function signIn(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot?: (name: string) => Promise<void>,
) {
  const graph = page.getByRole('region', { name: 'Microsoft Graph', exact: true });
  await graph.getByRole('button', { name: 'Connect' }).click();
  const connect = page.getByRole('dialog', { name: 'Connect Microsoft Graph' });
  await connect.getByRole('radio', { name: 'Device code' }).check();
  await connect.getByRole('button', { name: 'Sign in', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in to/ });
  const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
  if (shoot) await shoot('device-code-dialog');
  if (!sandbox.control.approveDeviceCode(code, upn)) throw new Error('approval failed');
  await graph.locator('dt', { hasText: 'Live probe' }).waitFor();
}

/** The connect dialog's new sign-in form: the methods, then app-only with a PEM certificate. */
async function connectDialogShots(
  page: Page,
  sandbox: RunningEmulator,
  shoot: (name: string) => Promise<void>,
) {
  await page
    .getByRole('region', { name: 'Microsoft Graph', exact: true })
    .getByRole('button', { name: 'Connect' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Connect Microsoft Graph' });
  await dialog.getByLabel('Application (client) ID').waitFor();
  await shoot('connect-dialog-methods');
  const app = sandbox.info.confidentialClient;
  await dialog.getByRole('radio', { name: 'App-only (certificate or secret)' }).check();
  await dialog.getByLabel('Application (client) ID').fill(app.clientId);
  await dialog.getByLabel('Certificate', { exact: true }).fill(readFileSync(app.certFile, 'utf8'));
  await dialog.getByLabel('Private key', { exact: true }).fill(readFileSync(app.keyFile, 'utf8'));
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).scrollIntoViewIfNeeded();
  await shoot('connect-dialog-app-only');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A system browser sign-in waiting for the person, then cancelled. */
async function pendingSignInShot(page: Page, shoot: (name: string) => Promise<void>) {
  await page
    .getByRole('region', { name: 'Microsoft Graph', exact: true })
    .getByRole('button', { name: 'Connect' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Connect Microsoft Graph' });
  await dialog.waitFor();
  const another = dialog.getByRole('button', { name: 'Sign in with another account' });
  if (await another.isVisible()) await another.click();
  await dialog.getByRole('radio', { name: 'System browser' }).check();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  const pending = page.getByRole('dialog', { name: 'Finish signing in' });
  await pending.waitFor();
  await shoot('sign-in-pending');
  await pending.getByRole('button', { name: 'Cancel sign-in' }).click();
  await pending.waitFor({ state: 'hidden' });
}

/** Points the first account at another app; it then asks for a new sign-in. */
async function changeAppShots(page: Page, shoot: (name: string) => Promise<void>) {
  const accounts = page.getByRole('region', { name: 'Accounts' });
  await accounts.getByRole('button', { name: 'Change app' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Change app registration' });
  await dialog.getByLabel('Application (client) ID').fill('3f8a1c52-7d4e-4b9a-a1f0-6c2e9d8b7a65');
  await shoot('change-app-dialog');
  await dialog.getByRole('button', { name: 'Change app' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await accounts.getByRole('button', { name: 'Sign in again' }).first().waitFor();
  await shoot('account-sign-in-required');
}

async function proxyShot(page: Page, shoot: (name: string) => Promise<void>) {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Proxy', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Proxy' });
  await dialog.getByLabel('Proxy URL').fill('http://proxy.contoso.com:8080');
  await dialog.getByLabel('Bypass (NO_PROXY)').fill('localhost,.contoso.com');
  await shoot('proxy-settings');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
}

async function useAccount(page: Page, label: string, displayName: string, siteUrl?: string) {
  await page
    .getByRole('region', { name: label, exact: true })
    .getByRole('button', { name: 'Connect' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Connect ${label}` });
  if (siteUrl) await dialog.getByLabel('SharePoint URL').fill(siteUrl);
  await dialog.getByRole('button', { name: `Use ${displayName}` }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Approves the device code the open "Sign in to …" dialog shows, as `upn`. */
async function approveShownCode(page: Page, sandbox: RunningEmulator, title: string, upn: string) {
  const dialog = page.getByRole('dialog', { name: title });
  const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
  if (!sandbox.control.approveDeviceCode(code, upn)) throw new Error('approval failed');
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Opens the wizard and walks it to "Create the app", signed in for setup (by device code, as
 * `upn`), shooting each step as `{prefix}-1-explain`, `-2-choose`, `-3-sign-in` and
 * `-3-create-signed-in`. `choose` ticks the services.
 */
async function walkToCreateStep(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot: (name: string) => Promise<void>,
  prefix: string,
  choose: (wizard: Locator) => Promise<void>,
): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Set up app' }).click();
  const wizard = page.getByRole('dialog', { name: 'Set up your app' });
  const next = wizard.getByRole('button', { name: 'Next' });
  await shoot(`${prefix}-1-explain`);
  await next.click();
  await choose(wizard);
  await shoot(`${prefix}-2-choose`);
  await next.click();
  await wizard.getByRole('radio', { name: 'Device code' }).check();
  await shoot(`${prefix}-3-sign-in`);
  await wizard.getByRole('button', { name: 'Sign in', exact: true }).click();
  await approveShownCode(page, sandbox, 'Sign in to Microsoft Entra', upn);
  await wizard.getByRole('region', { name: 'Signed in for setup' }).waitFor();
  await shoot(`${prefix}-3-create-signed-in`);
  return wizard;
}

/**
 * "Set up your app", every step, as a Global Administrator of the sandbox: create it for me
 * (with a replication delay, so the wait shows) and save it; then break two of its settings, let
 * a sign-in fail, and follow its fix button to Check my app and the by-hand checklist.
 */
async function appSetupShots(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot: (name: string) => Promise<void>,
) {
  const wizard = await walkToCreateStep(page, sandbox, upn, shoot, 'setup', async (choose) => {
    await choose.getByRole('checkbox', { name: 'SharePoint Online' }).check();
    await choose.getByRole('checkbox', { name: 'Viva Engage' }).check();
    await choose
      .getByRole('region', { name: 'Microsoft Graph', exact: true })
      .getByRole('switch', { name: 'Also allow app-only (application permissions)' })
      .check();
  });
  const next = wizard.getByRole('button', { name: 'Next' });

  sandbox.control.setReplicationDelay(6_000);
  await wizard.getByRole('button', { name: 'Create app registration' }).click();
  await wizard.locator('[data-step="wait-for-replication"][data-state="waiting"]').waitFor();
  await shoot('setup-3-create-progress');
  const created = wizard.getByRole('region', { name: 'Created app registration' });
  await created.waitFor({ timeout: 90_000 });
  sandbox.control.setReplicationDelay(0);
  const clientId = (await created
    .locator('dd')
    .first()
    .locator('span span')
    .first()
    .textContent())!;
  await shoot('setup-3-create-done');

  // Verify by signing in with the new app (device code here): the chosen services connect.
  const verify = wizard.getByRole('region', { name: 'Verify the app' });
  await verify.scrollIntoViewIfNeeded();
  await verify.getByRole('radio', { name: 'Device code' }).check();
  await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
  await approveShownCode(page, sandbox, 'Sign in to Microsoft Graph', upn);
  await verify.getByText('Verified: the app works').waitFor({ timeout: 30_000 });
  await verify.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('setup-3-verified');

  await next.click();
  await shoot('setup-4-save');
  await wizard.getByRole('button', { name: 'Use this app for new connections' }).click();
  await wizard.getByRole('button', { name: 'Done' }).waitFor();
  await shoot('setup-4-saved');
  await wizard.getByRole('button', { name: 'Done' }).click();
  await wizard.waitFor({ state: 'hidden' });

  // The new app with two settings broken on purpose: a sign-in fails, and its fix button opens
  // Check my app for that app.
  sandbox.control.setPublicClientFlows(clientId, false);
  sandbox.control.removeRedirectUri(clientId, 'http://localhost');
  const entra = page.getByRole('region', { name: 'Entra ID' });
  await entra.getByRole('button', { name: 'Connect' }).click();
  const connect = page.getByRole('dialog', { name: 'Connect Entra ID' });
  await connect.getByRole('button', { name: 'Sign in with another account' }).click();
  await connect.getByRole('radio', { name: 'Device code' }).check();
  await connect.getByRole('button', { name: 'Sign in', exact: true }).click();
  // Entra refuses when the app polls for the token, approved or not; approve if still in time.
  const fix = entra.getByRole('button', { name: 'Fix the app registration' });
  const code = page
    .getByRole('dialog', { name: 'Sign in to Entra ID' })
    .getByRole('group', { name: 'Device code' });
  await code.or(fix).first().waitFor();
  const userCode = await code.textContent({ timeout: 1_000 }).catch(() => null);
  if (userCode) sandbox.control.approveDeviceCode(userCode.trim(), upn);
  await fix.waitFor();
  await shoot('sign-in-public-client-flows-off');
  await fix.click();
  // Closing the wizard ended the setup sign-in: sign in for setup again, then Check my app runs
  // by itself for the app that failed (it was opened from the failed sign-in).
  const setupSignIn = wizard.getByRole('form', { name: 'Sign in for setup' });
  await setupSignIn.getByRole('radio', { name: 'Device code' }).check();
  await setupSignIn.getByRole('button', { name: 'Sign in', exact: true }).click();
  await approveShownCode(page, sandbox, 'Sign in to Microsoft Entra', upn);
  const checks = wizard.getByRole('list', { name: 'Checks' });
  await checks.waitFor();
  await wizard
    .getByRole('region', { name: 'Check results' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot('setup-3-check-failures');
  const publicClient = checks.locator('[data-check="public-client-flows"]');
  await publicClient.getByRole('button', { name: 'Fix it' }).click();
  await checks.locator('[data-check="public-client-flows"][data-ok="true"]').waitFor();
  await shoot('setup-3-check-fixed');
  await wizard.getByRole('radio', { name: 'I’ll do it by hand' }).scrollIntoViewIfNeeded();
  await shoot('setup-3-by-hand');
  await wizard.getByRole('button', { name: 'Close' }).click();
  await wizard.waitFor({ state: 'hidden' });
}

/** A service whose consent was revoked, and the walkthrough that explains it. */
async function consentShot(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot: (name: string) => Promise<void>,
) {
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    await signIn(page, sandbox, upn);
    await useAccount(page, 'Office 365 Management APIs', user('Global Administrator').displayName);
    const panel = page.getByRole('region', { name: 'Office 365 Management APIs' });
    await panel.getByRole('button', { name: 'Grant consent' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Grant consent for Office 365 Management APIs',
    });
    await dialog.getByRole('button', { name: 'Copy link for your admin' }).waitFor();
    await shoot('consent-walkthrough');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  } finally {
    sandbox.control.resetConsent();
  }
}

/**
 * A plain user's first sign-in needs an admin's consent: nothing was saved, so the walkthrough's
 * re-check is a new sign-in.
 */
async function firstSignInConsentShot(
  page: Page,
  host: ChromiumBridgeHost,
  person: { upn: string; password: string },
  shoot: (name: string) => Promise<void>,
) {
  sandbox.control.setUsersMayConsent(false);
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    const label = 'Office 365 Management APIs';
    const panel = page.getByRole('region', { name: label });
    await panel.getByRole('button', { name: 'Connect' }).click();
    const connect = page.getByRole('dialog', { name: `Connect ${label}` });
    await connect.getByRole('radio', { name: 'Sign-in window' }).check();
    const opened = host.nextSignInWindow();
    await connect.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInOnAuthorityPage(await opened, person);
    await panel.getByRole('button', { name: 'Grant consent' }).click();
    const dialog = page.getByRole('dialog', { name: `Grant consent for ${label}` });
    await dialog.getByRole('button', { name: 'Copy link for your admin' }).waitFor();
    await shoot('consent-walkthrough-first-sign-in');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  } finally {
    sandbox.control.setUsersMayConsent(true);
    sandbox.control.resetConsent();
  }
}

/** The wizard at the smallest the app window gets (880 × 600): explain, choose, create (signed in), check my app. */
async function narrowSetupShots(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot: (name: string) => Promise<void>,
) {
  const wizard = await walkToCreateStep(page, sandbox, upn, shoot, 'narrow-setup', (choose) =>
    choose.getByRole('checkbox', { name: 'SharePoint Online' }).check(),
  );
  await wizard.getByRole('radio', { name: 'I’ll do it by hand' }).check();
  await wizard.getByRole('button', { name: 'Check my app' }).scrollIntoViewIfNeeded();
  await shoot('narrow-setup-3-by-hand');
  await wizard.getByRole('button', { name: 'Close' }).click();
  await wizard.waitFor({ state: 'hidden' });
}

const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-shots-sandbox-')),
  deviceCodeIntervalSeconds: 1,
});
const user = (role: string | null) =>
  sandbox.info.users.find((u) => (role ? u.roles.includes(role) : u.roles.length === 0))!;
try {
  for (const scheme of ['light', 'dark'] as const) {
    await session(sandbox, scheme, async (page, shoot) => {
      await page.getByRole('button', { name: 'Refresh all' }).waitFor();
      await shoot('dashboard-disconnected');
      await connectDialogShots(page, sandbox, shoot);
      const admin = user('Global Administrator');
      await signIn(page, sandbox, admin.upn, shoot);
      await shoot('dashboard-graph-connected');
      await page
        .getByRole('region', { name: 'SharePoint Online' })
        .getByRole('button', { name: 'Connect' })
        .click();
      await page
        .getByLabel('SharePoint URL')
        .fill('https://contoso-sandbox.sharepoint.com.evil.test');
      await page.getByText(/looks like one/).waitFor();
      await shoot('connect-dialog-lookalike-url');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      for (const label of SERVICES) {
        await useAccount(
          page,
          label,
          admin.displayName,
          label === 'SharePoint Online' ? sandbox.info.sharepoint.adminUrl : undefined,
        );
      }
      await shoot('dashboard-all-connected');
      await page
        .getByRole('region', { name: 'SharePoint Online' })
        .getByRole('button', { name: 'Token details' })
        .click();
      await shoot('token-details');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await page
        .getByRole('region', { name: 'Microsoft Graph', exact: true })
        .getByRole('button', { name: 'Disconnect' })
        .click();
      await shoot('disconnect-confirm');
      await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
      await pendingSignInShot(page, shoot);
      await proxyShot(page, shoot);
      await changeAppShots(page, shoot);
    });
    await session(sandbox, scheme, async (page, shoot) => {
      const admin = user('Global Administrator');
      await page.getByRole('button', { name: 'Refresh all' }).waitFor();
      await consentShot(page, sandbox, admin.upn, shoot);
      await appSetupShots(page, sandbox, admin.upn, shoot);
    });
  }
  for (const scheme of ['light', 'dark'] as const) {
    await session(
      sandbox,
      scheme,
      async (page, shoot, host) => {
        await page.getByRole('button', { name: 'Refresh all' }).waitFor();
        await firstSignInConsentShot(page, host, user(null), shoot);
        await narrowSetupShots(page, sandbox, user('Global Administrator').upn, shoot);
      },
      { width: 880, height: 600 }, // the main window's minimum size
    );
  }
  sandbox.control.setVivaEngageProvisioned(false);
  await session(sandbox, 'light', async (page, shoot) => {
    const plain = user(null);
    await signIn(page, sandbox, plain.upn);
    for (const label of SERVICES) {
      await useAccount(
        page,
        label,
        plain.displayName,
        label === 'SharePoint Online' ? sandbox.info.sharepoint.rootUrl : undefined,
      );
    }
    await shoot('dashboard-mixed-plain-user-no-viva-engage');
  });
} finally {
  await sandbox.close();
}
