/**
 * Issue 14, item 8: SharePoint no longer needs a typed URL. With an account signed in, the
 * connect dialog fills in the tenant's root site found through Microsoft Graph, offers its admin
 * center one click away, and "Use account" works at once; the field stays editable for any
 * other site. A new sign-in may leave it empty: the root site is found once signed in.
 */
import { expect, test } from '../harness/fixtures';
import { field } from '../harness/person';

const SP = 'SharePoint Online';

test('with an account signed in, the root site is filled in and Use account connects it', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const { rootUrl, adminUrl } = sandbox.info.sharepoint;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);

  const dialog = await dash.openConnect(SP);
  const url = dialog.getByLabel('SharePoint URL');
  await expect(url).toHaveValue(rootUrl);
  await expect(dialog).toContainText(`Found through Microsoft Graph as ${admin.displayName}.`);
  const use = dialog.getByRole('button', { name: `Use ${admin.displayName}` });
  await expect(use).not.toHaveAttribute('aria-disabled', 'true');

  // The admin center, one click away; and back.
  await dialog.getByRole('button', { name: `Use the admin center (${adminUrl})` }).click();
  await expect(url).toHaveValue(adminUrl);
  await expect(dialog.getByText('Tenant: contoso-sandbox · Admin center')).toBeVisible();
  await dialog.getByRole('button', { name: `Use the root site (${rootUrl})` }).click();
  await expect(url).toHaveValue(rootUrl);

  await use.click();
  await expect(dialog).toBeHidden();
  await dash.expectConnected(SP, admin.upn);
  await dash.expectProbe(SP, '200');
  await expect(field(dash.panel(SP), 'Site')).toHaveText(rootUrl);
  expect(desk.pageErrors).toEqual([]);
});

test('the field stays editable: another site typed over the found one is the one connected', async ({
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const hr = `${sandbox.info.sharepoint.rootUrl}/sites/hr`;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  const dialog = await dash.openConnect(SP);
  const url = dialog.getByLabel('SharePoint URL');
  await expect(url).toHaveValue(sandbox.info.sharepoint.rootUrl);
  await url.fill(hr);
  await expect(dialog.getByText('Tenant: contoso-sandbox · Site')).toBeVisible();
  await dialog.getByRole('button', { name: `Use ${admin.displayName}` }).click();
  await expect(dialog).toBeHidden();
  await expect(field(dash.panel(SP), 'Site')).toHaveText(hr);
  await dash.expectProbe(SP, '200');
});

test('a new sign-in may leave the URL empty: the root site is found once signed in', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const plain = users.plain;
  const dialog = await dash.openConnect(SP);
  await expect(dialog.getByLabel('SharePoint URL')).toHaveValue('');
  await expect(dialog).toContainText('Leave it empty for your tenant’s root site');
  await dialog.getByRole('radio', { name: 'Device code' }).check();
  const signIn = dialog.getByRole('button', { name: 'Sign in', exact: true });
  await expect(signIn).not.toHaveAttribute('aria-disabled', 'true');
  await signIn.click();
  await dash.finishDeviceCode(SP, plain);
  await dash.expectConnected(SP, plain.upn);
  await expect(field(dash.panel(SP), 'Site')).toHaveText(sandbox.info.sharepoint.rootUrl);
  expect(desk.pageErrors).toEqual([]);
});
