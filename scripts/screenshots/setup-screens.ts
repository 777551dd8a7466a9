/**
 * "Set up your app", every step: created for a Global Administrator (with a replication delay,
 * so the wait shows), verified, saved; then the created app broken on purpose, a sign-in that
 * fails, and its fix button to Check my app and the by-hand checklist. Also the wizard at the
 * main window's minimum size.
 */
import type { Locator } from 'playwright-core';
import type { Screens } from './session';

/**
 * Opens the wizard and walks it to "Create the app", signed in for setup (by device code, as
 * the Global Administrator), shooting each step as `{prefix}-1-explain`, `-2-choose`,
 * `-3-sign-in`, `-2-choose-signed-in` (back at Choose) and `-3-create-signed-in`. `choose` ticks the services.
 */
async function walkToCreateStep(
  s: Screens,
  prefix: string,
  choose: (wizard: Locator) => Promise<void>,
): Promise<Locator> {
  const { wizard } = s;
  await wizard.open();
  await s.shoot(`${prefix}-1-explain`);
  await wizard.next();
  await choose(wizard.dialog);
  await s.shoot(`${prefix}-2-choose`);
  await wizard.next();
  const setupSignIn = wizard.dialog.getByRole('form', { name: 'Sign in for setup' });
  await setupSignIn.getByRole('radio', { name: 'Device code' }).check();
  await s.shoot(`${prefix}-3-sign-in`);
  await wizard.signInForSetup(s.users.globalAdmin);
  // Back at Choose, each permission is weighed against the admin's own roles.
  await wizard.dialog.getByRole('button', { name: 'Back' }).click();
  await wizard.dialog.getByText(/^Checked against /).waitFor();
  await s.shoot(`${prefix}-2-choose-signed-in`);
  await wizard.next();
  await s.shoot(`${prefix}-3-create-signed-in`);
  return wizard.dialog;
}

/** Creates the app while the directory is slow to replicate; answers its client id. */
async function createShots(s: Screens, wizard: Locator): Promise<string> {
  s.sandbox.control.setReplicationDelay(6_000);
  await wizard.getByRole('button', { name: 'Create app registration' }).click();
  await wizard.locator('[data-step="wait-for-replication"][data-state="waiting"]').waitFor();
  await s.shoot('setup-3-create-progress');
  const created = wizard.getByRole('region', { name: 'Created app registration' });
  await created.waitFor({ timeout: 90_000 });
  s.sandbox.control.setReplicationDelay(0);
  const clientId = await created.locator('dd').first().locator('span span').first().textContent();
  await s.shoot('setup-3-create-done');
  return clientId!;
}

/** Verifies by signing in with the new app (device code): the chosen services connect. */
async function verifyAndSaveShots(s: Screens, wizard: Locator) {
  const verify = wizard.getByRole('region', { name: 'Verify the app' });
  await verify.scrollIntoViewIfNeeded();
  await verify.getByRole('radio', { name: 'Device code' }).check();
  await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
  await s.dash.finishDeviceCode('Microsoft Graph', s.users.globalAdmin);
  await verify.getByText('Verified: the app works').waitFor({ timeout: 30_000 });
  await verify.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await s.shoot('setup-3-verified');

  await s.wizard.next();
  await s.shoot('setup-4-save');
  await wizard.getByRole('button', { name: 'Use this app for new connections' }).click();
  await wizard.getByRole('button', { name: 'Done' }).waitFor();
  await s.shoot('setup-4-saved');
  await wizard.getByRole('button', { name: 'Done' }).click();
  await wizard.waitFor({ state: 'hidden' });
}

/**
 * The new app with two settings broken on purpose: an Entra sign-in fails, its fix button
 * opens Check my app for that app, one check is fixed, and the by-hand checklist is shown.
 */
async function checkMyAppShots(s: Screens, wizard: Locator, clientId: string) {
  const { sandbox, dash } = s;
  const admin = s.users.globalAdmin;
  sandbox.control.setPublicClientFlows(clientId, false);
  sandbox.control.removeRedirectUri(clientId, 'http://localhost');
  await dash.startNewSignIn(await dash.openConnect('Entra ID'), 'Device code');
  // Entra refuses when the app polls for the token, approved or not; approve if still in time.
  const fix = dash.panel('Entra ID').getByRole('button', { name: 'Fix the app registration' });
  const code = s.page
    .getByRole('dialog', { name: 'Sign in to Entra ID' })
    .getByRole('group', { name: 'Device code' });
  await code.or(fix).first().waitFor();
  const userCode = await code.textContent({ timeout: 1_000 }).catch(() => null);
  if (userCode) sandbox.control.approveDeviceCode(userCode.trim(), admin.upn);
  await fix.waitFor();
  await s.shoot('sign-in-public-client-flows-off');
  await fix.click();
  // Closing the wizard ended the setup sign-in: sign in for setup again, then Check my app runs
  // by itself for the app that failed (it was opened from the failed sign-in).
  await s.wizard.signInForSetup(admin);
  const checks = wizard.getByRole('list', { name: 'Checks' });
  await checks.waitFor();
  await wizard
    .getByRole('region', { name: 'Check results' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await s.shoot('setup-3-check-failures');
  const publicClient = checks.locator('[data-check="public-client-flows"]');
  await publicClient.getByRole('button', { name: 'Fix it' }).click();
  await checks.locator('[data-check="public-client-flows"][data-ok="true"]').waitFor();
  await s.shoot('setup-3-check-fixed');
  await wizard.getByRole('radio', { name: 'I’ll do it by hand' }).scrollIntoViewIfNeeded();
  await s.shoot('setup-3-by-hand');
  await wizard.getByRole('button', { name: 'Close' }).click();
  await wizard.waitFor({ state: 'hidden' });
}

export async function appSetupShots(s: Screens) {
  const wizard = await walkToCreateStep(s, 'setup', async (choose) => {
    await choose.getByRole('checkbox', { name: 'SharePoint Online' }).check();
    await choose.getByRole('checkbox', { name: 'Viva Engage' }).check();
    await choose
      .getByRole('region', { name: 'Microsoft Graph', exact: true })
      .getByRole('switch', { name: 'Also allow app-only (application permissions)' })
      .check();
  });
  const clientId = await createShots(s, wizard);
  await verifyAndSaveShots(s, wizard);
  await checkMyAppShots(s, wizard, clientId);
}

/** The wizard at the smallest the app window gets (880 × 600): explain, choose, create, by hand. */
export async function narrowSetupShots(s: Screens) {
  const wizard = await walkToCreateStep(s, 'narrow-setup', (choose) =>
    choose.getByRole('checkbox', { name: 'SharePoint Online' }).check(),
  );
  await wizard.getByRole('radio', { name: 'I’ll do it by hand' }).check();
  await wizard.getByRole('button', { name: 'Check my app' }).scrollIntoViewIfNeeded();
  await s.shoot('narrow-setup-3-by-hand');
  await wizard.getByRole('button', { name: 'Close' }).click();
  await wizard.waitFor({ state: 'hidden' });
}
