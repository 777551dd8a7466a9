/**
 * The status bar's Support menu (issue 18): the menu open, the "Signed in" row of a panel
 * unfolded, and Sign out everywhere's confirmation listing what it removes.
 */
import { connectGraph } from './dashboard-screens';
import type { Screens } from './session';

export async function supportShots(s: Screens) {
  const { page } = s;
  await page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await connectGraph(s, s.users.globalAdmin);
  await s.dash.connectAppOnlyWithSecret(
    'Office 365 Management APIs',
    s.sandbox.info.confidentialClient,
    s.sandbox.info.tenantDomain,
  );
  await s.dash.panel('Microsoft Graph').getByRole('button', { name: 'More details' }).click();
  await s.shoot('panel-signed-in-row');
  const bar = page.getByRole('contentinfo');
  await bar.getByRole('button', { name: 'Support' }).click();
  await page.getByRole('menuitem', { name: 'Copy diagnostics' }).waitFor();
  await s.shoot('support-menu');
  await page.getByRole('menuitem', { name: 'Sign out everywhere…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await confirm.waitFor();
  await s.shoot('sign-out-everywhere-confirm');
  await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
  await bar.getByText('Signed out everywhere').waitFor();
  await s.shoot('signed-out-everywhere');
}
