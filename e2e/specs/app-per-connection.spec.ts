/**
 * The app registration and tenant belong to each connection: the connect dialog says where each
 * default came from and which cloud it signs in to, and changing a connection's app asks for a
 * new sign-in and says why, instead of failing silently later.
 */
import { expect, test } from '../harness/fixtures';

const GRAPH = 'Microsoft Graph';

test('the connect dialog shows the cloud and where the app and tenant came from', async ({
  desk,
  dash,
}) => {
  const dialog = await dash.openConnect(GRAPH);
  await expect(dialog.getByRole('combobox', { name: 'Cloud' })).toHaveText(/Sandbox tenant/);
  await expect(dialog.getByText('The sandbox tenant’s built-in app')).toBeVisible();

  await dialog.getByRole('combobox', { name: 'Cloud' }).click();
  await desk.page.getByRole('option', { name: /US Government \(GCC High\)/ }).click();
  // No CLIMICROSOFT365_ENTRAAPPID in this run: the field says so and why it matters.
  await expect(
    dialog.getByText('No app registration is configured for Microsoft 365.'),
  ).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue('');
  await dialog.getByRole('textbox', { name: 'Application (client) ID' }).fill('my-app');
  await dialog.getByRole('radio', { name: 'Device code' }).check();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog.getByText('The app id "my-app" is not a GUID.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(
    'my-app',
  );
});

test('changing a connection’s app marks it "needs sign-in" with the reason', async ({
  desk,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  await dash.connectWithNewSignIn(GRAPH, admin);
  await dash.expectConnected(GRAPH, admin.upn);

  await desk.page.getByRole('button', { name: 'Change app' }).click();
  const dialog = desk.page.getByRole('dialog', { name: 'Change app registration' });
  const clientId = dialog.getByRole('textbox', { name: 'Application (client) ID' });
  await clientId.fill('not-a-guid');
  await dialog.getByRole('button', { name: 'Change app' }).click();
  await expect(dialog.getByText('The app id "not-a-guid" is not a GUID.')).toBeVisible();
  await clientId.fill('5e3ce6c0-2b1f-4285-8d4b-75ee78787346');
  await dialog.getByRole('button', { name: 'Change app' }).click();
  await expect(dialog).toBeHidden();

  const graph = dash.panel(GRAPH);
  await expect(graph.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  // The reason is the account's, told once under Accounts, not again on its panel.
  await expect(desk.page.getByRole('region', { name: 'Accounts' })).toContainText(
    'a refresh token works only for the app it was issued to',
  );
  await expect(graph).not.toContainText('a refresh token works only for the app');
  await desk.restart();
  await expect(graph.getByRole('button', { name: 'Sign in again' })).toBeVisible();
});
