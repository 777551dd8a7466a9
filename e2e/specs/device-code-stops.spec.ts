/**
 * Issue 14, item 10: the device code dialog waits for nothing. When the flow ends while its
 * code is shown (the person declined, the code expired or the service no longer knows it), the
 * countdown stops and the dialog says why and offers a new code. While waiting, it says which
 * kind of account the service needs; after a minute, what "Need admin approval" means.
 */
import { expect, test } from '../harness/fixtures';
import { enterDeviceCode } from '../harness/person';

const GRAPH = 'Microsoft Graph';

test('declined on the consent page: the dialog stops, says so, and a new code then works', async ({
  desk,
  dash,
  personPage,
  users,
}) => {
  const admin = users.globalAdmin;
  await dash.startNewSignIn(await dash.openConnect(GRAPH), 'Device code');
  const { dialog, code, url } = await dash.deviceCode(GRAPH);
  await enterDeviceCode(personPage, url, code, admin);
  await personPage.getByRole('button', { name: 'Cancel' }).click();

  await expect(dialog.getByText('Consent was declined.')).toBeVisible();
  await expect(dialog.getByRole('timer')).toBeHidden();
  await expect(dialog.getByRole('group', { name: 'Device code' })).toBeHidden();
  await dialog.getByRole('button', { name: 'Get a new code' }).click();
  await expect(dialog.getByRole('group', { name: 'Device code' })).not.toHaveText(code);
  await dash.finishDeviceCode(GRAPH, admin);
  await dash.expectConnected(GRAPH, admin.upn);
  expect(desk.pageErrors).toEqual([]);
});

test('a code the service ended (expired_token, bad_verification_code) stops the countdown at once', async ({
  desk,
  sandbox,
  dash,
}) => {
  const cases = [
    ['expire', 'The sign-in code expired before it was used.'],
    ['forget', 'The sign-in service did not recognise this code'],
  ] as const;
  for (const [how, words] of cases) {
    await dash.startNewSignIn(await dash.openConnect(GRAPH), 'Device code');
    const { dialog, code } = await dash.deviceCode(GRAPH);
    await expect(dialog.getByRole('timer')).toHaveText(/Code expires in 1[45]:\d\d/);
    expect(sandbox.control.endDeviceCode(code, how)).toBe(true);
    await expect(dialog.getByText(words)).toBeVisible();
    await expect(dialog.getByText('Get a new code and try again.')).toBeVisible();
    await expect(dialog.getByRole('timer')).toBeHidden();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    // Said once, in the dialog: the panel does not repeat it.
    await expect(dash.panel(GRAPH).getByText(words)).toHaveCount(0);
    await expect(dash.panel(GRAPH).getByText('Disconnected', { exact: true })).toBeVisible();
  }
  expect(desk.pageErrors).toEqual([]);
});

test('while waiting, the dialog names the account the service needs', async ({ desk, dash }) => {
  const cases = [
    ['Microsoft Graph', 'Any work account of your tenant'],
    ['Office 365 Management APIs', 'An account that may read the audit log'],
    ['Azure Service Management', 'An account with a role on an Azure subscription'],
  ] as const;
  for (const [label, need] of cases) {
    await dash.startNewSignIn(await dash.openConnect(label), 'Device code');
    const dialog = desk.page.getByRole('dialog', { name: `Sign in to ${label}` });
    await expect(dialog).toContainText(need);
    await expect(dialog).not.toContainText('admin account');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  expect(desk.pageErrors).toEqual([]);
});

test('after a minute, says what “Need admin approval” in the browser means, still waiting', async ({
  desk,
  sandbox,
  dash,
  personPage,
  users,
}) => {
  sandbox.control.setUsersMayConsent(false);
  sandbox.control.revokeTenantConsent('https://graph.microsoft.com', 'User.Read');
  try {
    await desk.page.clock.install();
    await dash.startNewSignIn(await dash.openConnect(GRAPH), 'Device code');
    const { dialog, code, url } = await dash.deviceCode(GRAPH);
    await enterDeviceCode(personPage, url, code, users.plain);
    // As in Entra, a person who may not consent meets "Need admin approval" before any Accept.
    await expect(personPage.getByRole('heading', { name: 'Need admin approval' })).toBeVisible();

    const hint = dialog.getByText('Does the browser say “Need admin approval”?');
    await expect(hint).toBeHidden();
    await desk.page.clock.fastForward('01:01');
    await expect(hint).toBeVisible();
    await expect(dialog).toContainText('An administrator can enter this same code and sign in');
    await expect(dialog.getByRole('timer')).toBeVisible(); // the code still works for an admin
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  } finally {
    sandbox.control.setUsersMayConsent(true);
    sandbox.control.resetConsent();
  }
  expect(desk.pageErrors).toEqual([]);
});
