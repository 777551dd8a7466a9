/**
 * Issue 14, item 3: the Disconnect confirmation says exactly what will happen. Only that
 * service lets go of the account; the account stays for the services that still use it; the
 * last one to let go signs it out too, and says so. Signing out is what removes it otherwise.
 */
import { expect, test } from '../harness/fixtures';

test('Disconnect says what it does: the account stays while other services use it, and goes with the last', async ({
  desk,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  for (const label of ['Entra ID', 'Azure Service Management']) {
    await dash.connectWithAccount(label, admin.displayName);
  }
  const accounts = desk.page.getByRole('region', { name: 'Accounts' });
  const account = accounts.getByRole('listitem');
  // The account's name, as the accounts list labels it.
  const name = (await account.getAttribute('aria-label'))!;

  const disconnect = async (label: string, says: string) => {
    await dash.panel(label).getByRole('button', { name: 'Disconnect' }).click();
    const confirm = desk.page.getByRole('dialog', { name: `Disconnect ${label}?` });
    await expect(confirm).toContainText(says);
    await expect(confirm).not.toContainText('This removes the account and all its tokens');
    await confirm.getByRole('button', { name: 'Disconnect' }).click();
    await expect(dash.panel(label).getByText('Disconnected', { exact: true })).toBeVisible();
  };

  await disconnect(
    'Entra ID',
    `Entra ID stops using ${name}. The account stays signed in for the 2 other services that use it. ` +
      'To remove it and its tokens from this computer, sign it out under Accounts.',
  );
  await expect(account).toHaveCount(1);
  await expect(account).toContainText('Used by Microsoft Graph, Azure Service Management');
  await dash.expectConnected('Microsoft Graph', admin.upn);

  await disconnect(
    'Azure Service Management',
    'The account stays signed in for the other service that uses it.',
  );
  await dash.expectConnected('Microsoft Graph', admin.upn);

  await disconnect(
    'Microsoft Graph',
    `Microsoft Graph stops using ${name}. No other service uses this account, so it is signed out ` +
      'too: the account and its tokens are removed from this computer.',
  );
  await expect(accounts).toContainText('No account is signed in yet.');
  const snapshot = await desk.inspectStore();
  expect(Object.keys(snapshot.tokenCache?.RefreshToken ?? {})).toHaveLength(0);
  expect(desk.pageErrors).toEqual([]);
});
