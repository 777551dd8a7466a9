/**
 * Issue 14, item 4, behind a dialog: one message per problem, where it belongs. While a dialog
 * tells a service's problem (Connect all's results, a device code sign-in stopped because
 * consent was declined), the panel behind does not tell it again; once the dialog closes, the
 * panel does, until the problem is gone. A SharePoint host the tenant lacks is named once, in
 * the panel's notice (not again in its Site row), or in Change URL while that is open.
 */
import { expect, test } from '../harness/fixtures';
import { enterDeviceCode } from '../harness/person';

const MANAGEMENT = 'Office 365 Management APIs';
const VIVA = 'Viva Engage';
const SHAREPOINT = 'SharePoint Online';

test('Connect all’s results tell each refusal once; closed, each panel tells its own', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const plain = users.plain;
  const refused = `${plain.displayName} is signed in, but may not read the audit log.`;
  const notLicensed = 'The service may not be licensed or provisioned in this tenant';
  sandbox.control.setVivaEngageProvisioned(false);
  try {
    await desk.page.getByRole('button', { name: 'Connect all' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Connect all services' });
    await dash.startNewSignIn(dialog, 'Device code');
    await dash.finishDeviceCode('all services', plain);
    const rows = dialog.getByRole('list', { name: 'Services' });
    await expect(rows.getByRole('listitem', { name: MANAGEMENT })).toContainText(refused);
    await expect(rows.getByRole('listitem', { name: VIVA })).toContainText(notLicensed);
    // Told in the dialog, not again behind it.
    await expect(desk.page.getByText(refused)).toHaveCount(1);
    await expect(desk.page.getByText(notLicensed)).toHaveCount(1);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(dash.panel(MANAGEMENT).getByText(refused)).toHaveCount(1);
    await expect(dash.panel(VIVA).getByText(notLicensed)).toHaveCount(1);
    await expect(desk.page.getByText(refused)).toHaveCount(1);
  } finally {
    sandbox.control.setVivaEngageProvisioned(true);
  }
  expect(desk.pageErrors).toEqual([]);
});

test('consent declined: said in the code’s dialog alone; closed, the panel says it', async ({
  desk,
  dash,
  personPage,
  users,
}) => {
  const declined = 'Consent was declined.';
  await dash.startNewSignIn(await dash.openConnect(SHAREPOINT), 'Device code');
  const { dialog, code, url } = await dash.deviceCode(SHAREPOINT);
  await enterDeviceCode(personPage, url, code, users.plain);
  await personPage.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText(declined)).toBeVisible();
  // Behind the modal the panel is hidden from the accessibility tree, not from sight.
  const behind = desk.page.locator('section[data-service="sharepoint"]');
  await expect(behind).toHaveAttribute('data-state', 'consent-needed');
  await expect(desk.page.getByText(declined)).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  const panel = dash.panel(SHAREPOINT);
  await expect(panel.getByText(declined)).toHaveCount(1);
  await expect(desk.page.getByText(declined)).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Grant consent' })).toBeVisible();
  expect(desk.pageErrors).toEqual([]);
});

test('a SharePoint host the tenant lacks is named once: on its panel, or in Change URL while open', async ({
  desk,
  dash,
  users,
}) => {
  const wrong = 'https://fabrikam.sharepoint.com';
  const admin = users.globalAdmin;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  await dash.connectWithAccount(SHAREPOINT, admin.displayName, wrong);
  const panel = dash.panel(SHAREPOINT);
  await expect(panel.getByText('Not available', { exact: true })).toBeVisible();
  await expect(panel.getByText(`This tenant has no SharePoint at ${wrong}.`)).toBeVisible();
  await expect(panel.getByText(wrong)).toHaveCount(1);

  // Change URL says what it tried; the notice behind waits until it is closed.
  await panel.getByRole('button', { name: 'Change URL' }).click();
  const dialog = desk.page.getByRole('dialog', { name: `Change the ${SHAREPOINT} URL` });
  await expect(dialog).toContainText(`${SHAREPOINT} tried ${wrong}.`);
  await expect(desk.page.getByText(wrong)).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText(`This tenant has no SharePoint at ${wrong}.`)).toBeVisible();
  await expect(desk.page.getByText(wrong)).toHaveCount(1);
});
