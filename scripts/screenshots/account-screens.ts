/**
 * Accounts by person and app (issue 14, items 6 and 7): one person through the sandbox's app
 * and through the app Set up app made, the account no service uses offering Remove and its
 * confirmation, and an app-only connection shown by the names of its app and tenant.
 */
import { connectGraph } from './dashboard-screens';
import type { Screens } from './session';

/** Brings the accounts list into view and shoots the page. */
async function shootAccounts(s: Screens, name: string) {
  await s.page
    .getByRole('region', { name: 'Accounts' })
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await s.shoot(name);
}

export async function accountShots(s: Screens) {
  const { page, dash, wizard } = s;
  const admin = s.users.globalAdmin;
  await page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await connectGraph(s, admin); // through the sandbox's own app
  await wizard.createAndSave(admin, true); // "M365 Desk", the default for new sign-ins now
  await dash.connectWithNewSignIn('Entra ID', admin);
  // Graph moves to the new app's account too: the sandbox app's account is left unused.
  await dash.panel('Microsoft Graph').getByRole('button', { name: 'Switch account' }).click();
  await page.getByRole('menuitem').first().click();
  const items = dash.accountItems;
  const unused = items.filter({ hasText: 'No service uses this account.' });
  await unused.waitFor();
  await shootAccounts(s, 'accounts-person-and-app');
  await unused.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: /^Remove / });
  await confirm.waitFor();
  await s.shoot('account-remove-confirm');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await confirm.waitFor({ state: 'hidden' });

  await dash.connectAppOnlyWithSecret(
    'Office 365 Management APIs',
    s.sandbox.info.confidentialClient,
    s.sandbox.info.tenantDomain,
  );
  const panel = dash.panel('Office 365 Management APIs');
  await panel.getByRole('button', { name: 'More details' }).click(); // the tenant's row
  await panel.getByText('Contoso (sandbox)').first().waitFor();
  await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await s.shoot('dashboard-app-only-named');
  await shootAccounts(s, 'accounts-with-app-only');
}
