/**
 * A panel connected by a sign-in it did not start: the wizard closed while the sign-in that
 * verifies its new app starts, and the Microsoft Graph panel saying which sign-in it waits for,
 * with the Cancel that ends it.
 */
import type { Screens } from './session';

const GRAPH = 'Microsoft Graph';

export async function sharedSignInShots(s: Screens) {
  const { wizard, sandbox } = s;
  await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await wizard.open();
  await wizard.next();
  await wizard.dialog.getByRole('checkbox', { name: GRAPH, exact: true }).check();
  await wizard.next();
  await wizard.dialog.getByRole('radio', { name: 'Create it for me' }).check();
  await wizard.signInForSetup(s.users.globalAdmin);
  await wizard.dialog.getByRole('button', { name: 'Create app registration' }).click();
  await wizard.dialog
    .getByRole('region', { name: 'Created app registration' })
    .waitFor({ timeout: 60_000 });

  const verify = wizard.dialog.getByRole('region', { name: 'Verify the app' });
  await verify.getByRole('radio', { name: 'Device code' }).check();
  const panel = s.dash.panel(GRAPH);
  sandbox.control.setLatency(1_500); // the wizard is closed before the code arrives
  try {
    await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
    await s.page.keyboard.press('Escape');
    await wizard.dialog.waitFor({ state: 'hidden' });
    await panel.getByText('Waiting for the sign-in that verifies your new app…').waitFor();
    await s.shoot('dashboard-waiting-for-app-verification');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByRole('button', { name: 'Connect', exact: true }).waitFor({ timeout: 20_000 });
  } finally {
    sandbox.control.setLatency(0);
  }
}
