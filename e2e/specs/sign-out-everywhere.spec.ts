/**
 * Issue 18: Support › Sign out everywhere lists what it removes, then leaves no connection and
 * no secret on this computer; Copy diagnostics says it copied a report without secrets.
 */
import { expect, test } from '../harness/fixtures';

test('Sign out everywhere lists each connection, then the store holds no secret', async ({
  desk,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  const bar = desk.page.getByRole('contentinfo');
  // The report crosses the bridge: the leak watch scans it with every other message.
  await bar.getByRole('button', { name: 'Support' }).click();
  await desk.page.getByRole('menuitem', { name: 'Copy diagnostics' }).click();
  await expect(bar).toContainText(/Diagnostics copied|The clipboard refused/);
  await bar.getByRole('button', { name: 'Support' }).click();
  await desk.page.getByRole('menuitem', { name: 'Sign out everywhere…' }).click();
  const confirm = desk.page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(confirm.getByRole('listitem')).toHaveCount(1);
  await expect(confirm).toContainText(`${admin.displayName}`);
  await expect(confirm).toContainText('its sign-in and tokens');
  await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(bar).toContainText('Signed out everywhere: nothing is left on this computer.');
  await expect(desk.page.getByRole('region', { name: 'Accounts' })).toContainText(
    'No account is signed in yet.',
  );
  const snapshot = await desk.inspectStore();
  expect(snapshot.secrets).toEqual({});
  expect(desk.pageErrors).toEqual([]);
});
