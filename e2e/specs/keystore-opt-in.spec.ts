/**
 * A computer without a secure keystore (Linux `basic_text`): the app says sign-ins are kept for
 * this session only; after the person opts in (with the risk explained), they survive a restart.
 */
import { expect, test } from '../harness/fixtures';

test.use({ keystore: 'basic_text' });

test('without a keystore, sign-ins are kept only after the person opts in', async ({
  desk,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const status = desk.page.getByRole('contentinfo');
  await expect(status).toContainText('kept for this session only');

  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  await dash.expectConnected('Microsoft Graph', admin.upn);
  await desk.restart();
  await expect(
    dash.panel('Microsoft Graph').getByRole('button', { name: 'Sign in again' }),
  ).toBeVisible();

  await status.getByRole('button', { name: 'Keep sign-ins anyway…' }).click();
  const confirm = desk.page.getByRole('dialog', {
    name: 'Keep sign-ins without a secure keystore?',
  });
  await expect(confirm).toContainText('basic_text');
  await confirm.getByRole('button', { name: 'Keep sign-ins' }).click();
  await expect(status).not.toContainText('kept for this session only');

  await dash.signInAgain('Microsoft Graph', admin);
  await desk.restart();
  await dash.expectConnected('Microsoft Graph', admin.upn);
  const snapshot = await desk.inspectStore();
  expect(Object.keys(snapshot.tokenCache?.RefreshToken ?? {})).toHaveLength(1);
});
