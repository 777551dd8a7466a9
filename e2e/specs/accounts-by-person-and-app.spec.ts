/**
 * Issue 14, item 6: accounts are told apart by person and app. After the wizard the person sees
 * "Adele Vance · Contoso admin app" beside "Adele Vance · M365 Desk (sandbox)" (app names read
 * from the directory, or the name the wizard gave), never "Adele Vance (2)"; the account no
 * service uses any more is offered for removal; and the same person through the same app and
 * tenant is one account, however they signed in.
 */
import { expect, test } from '../harness/fixtures';
import { signInOnAuthorityPage } from '../harness/person';

const SANDBOX_APP = 'M365 Desk (sandbox)';
const NEW_APP = 'Contoso admin app';

// Each starts from the Global Administrator signed in to Graph through the sandbox's own app.
test.beforeEach(({ dash, users }) =>
  dash.connectWithNewSignIn('Microsoft Graph', users.globalAdmin),
);

test('after the wizard: each account is named by person and app, and the one left unused can be removed', async ({
  desk,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  const items = dash.accountItems;

  await test.step('Graph and Entra ID through the sandbox’s app: its name is read from the directory', async () => {
    await dash.connectWithAccount('Entra ID', admin.displayName);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveAccessibleName(`${admin.displayName} · ${SANDBOX_APP}`);
    await expect(items.first()).toContainText(`App: ${SANDBOX_APP}`);
  });

  await test.step('the wizard creates “Contoso admin app” and verifies it: both services move to it', async () => {
    await wizard.open();
    await wizard.next();
    for (const label of ['Microsoft Graph', 'Entra ID']) {
      await wizard.dialog.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await wizard.next();
    await wizard.dialog.getByRole('radio', { name: 'Create it for me' }).check();
    await wizard.signInForSetup(admin);
    await wizard.dialog.getByRole('textbox', { name: 'App name' }).fill(NEW_APP);
    await wizard.dialog.getByRole('button', { name: 'Create app registration' }).click();
    const verify = wizard.dialog.getByRole('region', { name: 'Verify the app' });
    await expect(verify).toBeVisible({ timeout: 60_000 });
    await verify.getByRole('radio', { name: 'Sign-in window' }).check();
    const windowOpened = desk.nextSignInWindow();
    await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
    await signInOnAuthorityPage(await windowOpened, admin);
    await expect(verify.getByText('Verified: the app works')).toBeVisible({ timeout: 30_000 });
    await wizard.dialog.getByRole('button', { name: 'Close' }).click();
  });

  const created = items.filter({ hasText: `App: ${NEW_APP}` });
  const old = items.filter({ hasText: `App: ${SANDBOX_APP}` });
  await test.step('two accounts, named by person and app; the old one says nothing uses it', async () => {
    await expect(items).toHaveCount(2);
    await expect(created).toHaveAccessibleName(`${admin.displayName} · ${NEW_APP}`);
    await expect(created).toContainText('Used by Microsoft Graph, Entra ID');
    await expect(old).toHaveAccessibleName(`${admin.displayName} · ${SANDBOX_APP}`);
    await expect(old).toContainText('No service uses this account.');
    await expect(items.getByText(/\(2\)/)).toHaveCount(0);
    await expect(dash.panel('Microsoft Graph')).toContainText(
      `via ${admin.displayName} · ${NEW_APP}`,
    );
  });

  await test.step('the unused account is removed; the services keep theirs', async () => {
    await old.getByRole('button', { name: 'Remove' }).click();
    const confirm = desk.page.getByRole('dialog', { name: /^Remove / });
    await expect(confirm).toContainText('No service uses it');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(items).toHaveCount(1);
    await dash.expectConnected('Microsoft Graph', admin.upn);
    await dash.expectConnected('Entra ID', admin.upn);
  });

  await desk.restart();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAccessibleName(`${admin.displayName} · ${NEW_APP}`);
});

test('the same person through the same app and tenant stays one account, however they sign in', async ({
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;

  await test.step('a second new sign-in of the same person refreshes the account, it adds none', async () => {
    await dash.connectWithNewSignIn('Entra ID', admin);
    await expect(dash.accountItems).toHaveCount(1);
    await expect(dash.accountItems.first()).toContainText('Used by Microsoft Graph, Entra ID');
  });

  await test.step('an account moved to another app, then a new sign-in through that app: still one', async () => {
    const clientId = await wizard.createAndSave(admin, true); // the new default for sign-ins
    await dash.accountItems.first().getByRole('button', { name: 'Change app' }).click();
    const change = dash.page.getByRole('dialog', { name: 'Change app registration' });
    await change.getByRole('textbox', { name: 'Application (client) ID' }).fill(clientId);
    await change.getByRole('button', { name: 'Change app' }).click();
    await expect(change).toBeHidden();
    await dash.panel('Entra ID').getByRole('button', { name: 'Disconnect' }).click();
    await dash.page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();

    await dash.connectWithNewSignIn('Entra ID', admin); // through the saved app, no "Sign in again"
    await expect(dash.accountItems).toHaveCount(1);
    await expect(dash.accountItems.first()).toContainText(clientId);
    await expect(dash.accountItems.first()).toContainText('Used by Microsoft Graph, Entra ID');
    await dash.expectConnected('Microsoft Graph', admin.upn);
  });
});
