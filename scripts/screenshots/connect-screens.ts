/**
 * The screens of issue 14's sign-in work: the connect dialog without an app registration (one
 * message, its button in sight), the device code dialog naming the account a service needs,
 * after a minute its "Need admin approval" help, stopped on a declined sign-in (said there alone,
 * then on the panel once closed); Connect all (its form, its code with the Graph panel waiting
 * for it, its results as the Global Administrator and as a plain user); and SharePoint's
 * connect dialog with the root site found through Graph.
 */
import { enterDeviceCode } from '../../e2e/harness/person';
import type { SandboxAccount } from '../../e2e/harness/sandbox-users';
import type { Screens } from './session';

const GRAPH = 'Microsoft Graph';

/** A cloud with no app registration, after Sign in was pressed anyway. */
async function noAppShot(s: Screens) {
  const dialog = await s.dash.openConnect(GRAPH);
  await dialog.getByRole('combobox', { name: 'Cloud' }).click();
  await s.page.getByRole('option', { name: /US Government \(GCC High\)/ }).click();
  await dialog.getByRole('radio', { name: 'Device code' }).check();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await dialog.locator('[data-problem-code="no_app_registration"][data-intent="error"]').waitFor();
  await s.shoot('connect-dialog-no-app');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The Management APIs' code: the account it needs, then, a minute on, the admin approval help. */
async function accountNeedShots(s: Screens) {
  await s.page.clock.install();
  const label = 'Office 365 Management APIs';
  await s.dash.startNewSignIn(await s.dash.openConnect(label), 'Device code');
  const dialog = s.page.getByRole('dialog', { name: `Sign in to ${label}` });
  await dialog.getByRole('group', { name: 'Device code' }).waitFor();
  await s.shoot('device-code-account-need');
  await s.page.clock.fastForward('01:01');
  await dialog.getByText('Does the browser say “Need admin approval”?').waitFor();
  await s.shoot('device-code-admin-approval-help');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The person presses Cancel on the consent page: the dialog stops and says so. */
async function declinedShot(s: Screens, label: string, user: SandboxAccount) {
  await s.dash.startNewSignIn(await s.dash.openConnect(label), 'Device code');
  const { dialog, code, url } = await s.dash.deviceCode(label);
  await enterDeviceCode(s.personPage, url, code, user);
  await s.personPage.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByText('Consent was declined.').waitFor();
  await s.shoot('device-code-declined');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // Said in the dialog alone while it was open; now the panel says it, once.
  await s.dash.panel(label).getByText('Consent was declined.').waitFor();
  await s.shoot('dashboard-consent-declined');
}

/** Connect all by device code as `user`: its form and code (with `steps`), then its results. */
export async function connectAllShots(
  s: Screens,
  user: SandboxAccount,
  name: string,
  steps = false,
) {
  await s.page.getByRole('button', { name: 'Connect all' }).click();
  const dialog = s.page.getByRole('dialog', { name: 'Connect all services' });
  await s.dash.chooseNewSignIn(dialog);
  await dialog.getByRole('radio', { name: 'Device code' }).check();
  if (steps) await s.shoot('connect-all-dialog');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  const code = s.page.getByRole('dialog', { name: 'Sign in to all services' });
  await code.getByRole('group', { name: 'Device code' }).waitFor();
  if (steps) await s.shoot('connect-all-device-code');
  await s.dash.finishDeviceCode('all services', user);
  await dialog.getByRole('list', { name: 'Services' }).waitFor();
  await s.shoot(name);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** SharePoint disconnected, then its connect dialog: the root site found through Graph. */
async function sharePointFoundShot(s: Screens) {
  const label = 'SharePoint Online';
  await s.dash.panel(label).getByRole('button', { name: 'Disconnect' }).click();
  await s.page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
  const dialog = await s.dash.openConnect(label);
  await dialog.getByText(/^Found through Microsoft Graph/).waitFor();
  await s.shoot('connect-dialog-sharepoint-found');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A fresh session's tour of these screens, as the Global Administrator. */
export async function connectShots(s: Screens) {
  await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await noAppShot(s);
  await accountNeedShots(s);
  await connectAllShots(s, s.users.globalAdmin, 'connect-all-results', true);
  await sharePointFoundShot(s);
  await declinedShot(s, 'SharePoint Online', s.users.globalAdmin);
}
