/**
 * "Create it for me" when it fails (issue 14, item 5): refused for a plain user, a clean attempt
 * once the Global Administrator signs in instead, stopped after the app was registered (the
 * directory slow to replicate), and finished by Try again.
 */
import type { Screens } from './session';

/** The replication wait of this walk: short, so it gives up while the shot is taken. */
export const shortReplicationWait = { firstDelayMs: 500, maxDelayMs: 500, timeoutMs: 2_000 };

export async function setupRetryShots(s: Screens) {
  const { wizard, sandbox } = s;
  const dialog = wizard.dialog;
  const heading = (name: string) => dialog.getByRole('heading', { name });
  const shootAt = async (name: string, shot: string) => {
    await heading(name).waitFor({ timeout: 30_000 });
    await heading(name).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.shoot(shot);
  };
  await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await wizard.open();
  await wizard.next();
  await dialog.getByRole('checkbox', { name: 'Microsoft Graph', exact: true }).check();
  await wizard.next();
  await dialog.getByRole('radio', { name: 'Create it for me' }).check();

  await wizard.signInForSetup(s.users.plain);
  await dialog.getByRole('button', { name: 'Create app registration' }).click();
  await shootAt('The app was not created', 'setup-3-create-refused');

  const card = dialog.getByRole('region', { name: 'Signed in for setup' });
  await card.getByRole('button', { name: 'Sign out' }).click();
  await wizard.signInForSetup(s.users.globalAdmin);
  await shootAt('Create the app registration', 'setup-3-create-new-sign-in');

  sandbox.control.setReplicationDelay(60_000);
  try {
    await dialog.getByRole('button', { name: 'Create app registration' }).click();
    await shootAt('The app was created, but its setup did not finish', 'setup-3-create-stopped');
  } finally {
    sandbox.control.setReplicationDelay(0);
  }
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await dialog.getByRole('region', { name: 'Created app registration' }).waitFor();
  await shootAt('What was done', 'setup-3-create-finished-on-retry');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
