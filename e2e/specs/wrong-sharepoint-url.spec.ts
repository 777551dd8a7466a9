/**
 * Issue 14, item 2: a SharePoint host the tenant does not have is not a dead end. The panel
 * shows the URL it tried, through Refresh all and a restart, and offers Change URL and Remove,
 * for that service alone: the account and its other services stay.
 */
import type { Dashboard } from '../harness/dashboard';
import { expect, test } from '../harness/fixtures';
import { field, type SandboxUser } from '../harness/person';

const SHAREPOINT = 'SharePoint Online';
const WRONG = 'https://fabrikam.sharepoint.com';

/** Graph signed in, then SharePoint with the same account at a host the tenant does not have. */
async function sharePointAtWrongHost(dash: Dashboard, user: SandboxUser & { displayName: string }) {
  await dash.connectWithNewSignIn('Microsoft Graph', user);
  await dash.connectWithAccount(SHAREPOINT, user.displayName, WRONG);
  return dash.panel(SHAREPOINT);
}

test('a wrong host shows the URL it tried, survives Refresh all and a restart, and Change URL fixes it', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const panel = await sharePointAtWrongHost(dash, admin);
  const saysWhatItTried = async () => {
    await expect(panel.getByText('Not available', { exact: true })).toBeVisible();
    await expect(panel).toContainText(`This tenant has no SharePoint at ${WRONG}.`);
    // Named once: the notice says which host it tried, so no Site row repeats it.
    await expect(panel.getByText(WRONG)).toHaveCount(1);
    await expect(panel.getByRole('button', { name: 'Change URL' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Remove' })).toBeVisible();
  };
  await saysWhatItTried();
  sandbox.control.setLatency(500); // long enough to see Refresh all at work
  try {
    await dash.refreshAll();
  } finally {
    sandbox.control.setLatency(0);
  }
  await saysWhatItTried();
  await desk.restart();
  await saysWhatItTried();

  await panel.getByRole('button', { name: 'Change URL' }).click();
  const dialog = desk.page.getByRole('dialog', { name: `Change the ${SHAREPOINT} URL` });
  await expect(dialog).toContainText(`${SHAREPOINT} tried ${WRONG}.`);
  const url = dialog.getByLabel('SharePoint URL');
  await expect(url).toHaveValue(WRONG);
  // Bad input gets a clear message and loses nothing.
  await url.fill('fabrikam.sharepoint.com');
  await expect(dialog.getByText('The URL must start with https://.')).toBeVisible();
  await url.fill(sandbox.info.sharepoint.rootUrl);
  await dialog.getByRole('button', { name: 'Use this URL' }).click();
  await expect(dialog).toBeHidden();
  await dash.expectConnected(SHAREPOINT, admin.upn);
  await dash.expectProbe(SHAREPOINT, '200');
  await expect(field(panel, 'Site')).toHaveText(sandbox.info.sharepoint.rootUrl);
  await dash.expectConnected('Microsoft Graph', admin.upn);
  expect(desk.pageErrors).toEqual([]);
});

test('Remove lets go of SharePoint alone: the account and Microsoft Graph stay', async ({
  desk,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const panel = await sharePointAtWrongHost(dash, admin);
  await expect(panel.getByText('Not available', { exact: true })).toBeVisible();

  await panel.getByRole('button', { name: 'Remove' }).click();
  const confirm = desk.page.getByRole('dialog', { name: `Remove ${SHAREPOINT}?` });
  await expect(confirm).toContainText('The account stays signed in for the other service');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(panel.getByText('Disconnected', { exact: true })).toBeVisible();
  await expect(panel).not.toContainText(WRONG);

  await dash.expectConnected('Microsoft Graph', admin.upn);
  const accounts = desk.page.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByRole('listitem')).toHaveCount(1);
  await expect(accounts.getByRole('listitem')).toContainText('Used by Microsoft Graph');
  await expect(accounts.getByRole('listitem')).not.toContainText(SHAREPOINT);
  expect(desk.pageErrors).toEqual([]);
});
