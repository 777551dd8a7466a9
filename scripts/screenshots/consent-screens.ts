/** The consent walkthrough: for a signed-in admin, and for a plain user's first sign-in. */
import { signInOnAuthorityPage } from '../../e2e/harness/person';
import { connectGraph } from './dashboard-screens';
import type { Screens } from './session';

const MANAGEMENT_API = 'Office 365 Management APIs';

/** Opens the walkthrough from the panel's Grant consent, shoots it as `name`, closes it. */
async function walkthroughShot(s: Screens, name: string) {
  await s.dash.panel(MANAGEMENT_API).getByRole('button', { name: 'Grant consent' }).click();
  const dialog = s.page.getByRole('dialog', { name: `Grant consent for ${MANAGEMENT_API}` });
  await dialog.getByRole('button', { name: 'Copy link for your admin' }).waitFor();
  await s.shoot(name);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A service whose consent was revoked, and the walkthrough that explains it. */
export async function consentShot(s: Screens) {
  const { sandbox, users } = s;
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    await connectGraph(s, users.globalAdmin);
    await s.dash.connectWithAccount(MANAGEMENT_API, users.globalAdmin.displayName);
    await walkthroughShot(s, 'consent-walkthrough');
  } finally {
    sandbox.control.resetConsent();
  }
}

/**
 * A plain user's first sign-in needs an admin's consent: nothing was saved, so the walkthrough's
 * re-check is a new sign-in.
 */
export async function firstSignInConsentShot(s: Screens) {
  const { sandbox, dash } = s;
  sandbox.control.setUsersMayConsent(false);
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    const opened = s.host.nextSignInWindow();
    await dash.startNewSignIn(await dash.openConnect(MANAGEMENT_API), 'Sign-in window');
    await signInOnAuthorityPage(await opened, s.users.plain);
    await walkthroughShot(s, 'consent-walkthrough-first-sign-in');
  } finally {
    sandbox.control.setUsersMayConsent(true);
    sandbox.control.resetConsent();
  }
}
