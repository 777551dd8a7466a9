/**
 * The dashboard when something is wrong, and the way out of each (issue 14): a SharePoint host
 * the tenant does not have, with Change URL and Remove; a first sign-in refused for want of
 * admin consent, told once, and the panel after an administrator granted it.
 */
import { signInOnAuthorityPage } from '../../e2e/harness/person';
import { connectGraph } from './dashboard-screens';
import type { Screens } from './session';

const SHAREPOINT = 'SharePoint Online';
const MANAGEMENT_API = 'Office 365 Management APIs';

/** SharePoint at a host the tenant lacks: the URL it tried, Change URL, and Remove's question. */
async function wrongSiteShots(s: Screens) {
  const { dash, page, users } = s;
  await connectGraph(s, users.globalAdmin);
  await dash.connectWithAccount(
    SHAREPOINT,
    users.globalAdmin.displayName,
    'https://fabrikam.sharepoint.com',
  );
  const panel = dash.panel(SHAREPOINT);
  await panel.getByRole('button', { name: 'Change URL' }).waitFor();
  await s.shoot('dashboard-sharepoint-not-available');

  await panel.getByRole('button', { name: 'Change URL' }).click();
  const dialog = page.getByRole('dialog', { name: `Change the ${SHAREPOINT} URL` });
  await dialog.getByText(/^Tenant: fabrikam/).waitFor();
  await s.shoot('change-site-url-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });

  await panel.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${SHAREPOINT}?` });
  await confirm.waitFor();
  await s.shoot('remove-confirm');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await panel.getByText('Disconnected', { exact: true }).waitFor();
}

/** A plain user's first sign-in needs an admin: told once; then an admin grants it. */
async function consentPanelShots(s: Screens) {
  const { sandbox, dash, page, users } = s;
  sandbox.control.setUsersMayConsent(false);
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    const panel = dash.panel(MANAGEMENT_API);
    const opened = s.host.nextSignInWindow();
    await dash.startNewSignIn(await dash.openConnect(MANAGEMENT_API), 'Sign-in window');
    await signInOnAuthorityPage(await opened, users.plain);
    await panel.getByRole('button', { name: 'Grant consent' }).waitFor();
    await s.shoot('dashboard-consent-needed-first-sign-in');

    await panel.getByRole('button', { name: 'Grant consent' }).click();
    const consent = page.getByRole('dialog', { name: `Grant consent for ${MANAGEMENT_API}` });
    const consentPage = s.host.nextSignInWindow();
    await consent.getByRole('button', { name: 'Grant admin consent' }).click();
    const window = await consentPage;
    await signInOnAuthorityPage(window, users.globalAdmin);
    await window.getByRole('button', { name: 'Accept' }).click();
    await consent.waitFor({ state: 'hidden' });
    await panel.getByText('An administrator granted the permissions.').waitFor();
    await s.shoot('dashboard-consent-granted');
  } finally {
    sandbox.control.setUsersMayConsent(true);
    sandbox.control.resetConsent();
  }
}

export async function problemShots(s: Screens) {
  await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
  await consentPanelShots(s);
  await wrongSiteShots(s);
}
