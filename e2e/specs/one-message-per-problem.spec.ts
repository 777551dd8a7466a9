/**
 * Issue 14, item 4: one message per problem, where it belongs, cleared when the problem is
 * gone. A sign-in refused for want of admin consent is told once, and once an administrator
 * granted it only that is told; an account that must sign in again is explained once, on the
 * account, and its panels say so in a line.
 */
import { expect, test } from '../harness/fixtures';
import { signInOnAuthorityPage } from '../harness/person';

const MANAGEMENT = 'Office 365 Management APIs';
const NEEDS_ADMIN = 'An administrator must approve these permissions.';

test('admin consent: the refusal is told once, and is gone once an administrator granted it', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  sandbox.control.setUsersMayConsent(false);
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    const panel = dash.panel(MANAGEMENT);
    const firstSignIn = desk.nextSignInWindow();
    await dash.startNewSignIn(await dash.openConnect(MANAGEMENT), 'Sign-in window');
    await signInOnAuthorityPage(await firstSignIn, users.plain);
    await expect(panel.getByText('Consent needed', { exact: true })).toBeVisible();
    await expect(panel.getByText(NEEDS_ADMIN)).toHaveCount(1);
    await expect(desk.page.getByText(NEEDS_ADMIN)).toHaveCount(1);

    await panel.getByRole('button', { name: 'Grant consent' }).click();
    const consent = desk.page.getByRole('dialog', { name: `Grant consent for ${MANAGEMENT}` });
    const consentPage = desk.nextSignInWindow();
    await consent.getByRole('button', { name: 'Grant admin consent' }).click();
    const page = await consentPage;
    await signInOnAuthorityPage(page, users.globalAdmin);
    await page.getByRole('button', { name: 'Accept' }).click();
    await expect(consent).toBeHidden();

    await expect(panel.getByText('Needs sign-in', { exact: true })).toBeVisible();
    await expect(panel).toContainText('An administrator granted the permissions.');
    // Good news, told as such.
    await expect(panel.locator('[data-problem-code="consent_granted"]')).toHaveAttribute(
      'data-intent',
      'success',
    );
    await expect(desk.page.getByText(NEEDS_ADMIN)).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Sign in again' })).toBeVisible();
  } finally {
    sandbox.control.setUsersMayConsent(true);
    sandbox.control.resetConsent();
  }
  expect(desk.pageErrors).toEqual([]);
});

test('an account that must sign in again is explained once, on the account; its panels keep to their badge and button', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const services = ['Microsoft Graph', 'Entra ID', 'Azure Service Management'];
  // Inside MSAL's renewal window, so every check uses the refresh token.
  sandbox.control.setAccessTokenLifetime(120);
  try {
    await dash.connectWithNewSignIn(services[0]!, admin);
    for (const label of services.slice(1)) await dash.connectWithAccount(label, admin.displayName);
    const accounts = desk.page.getByRole('region', { name: 'Accounts' });
    const name = (await accounts.getByRole('listitem').getAttribute('aria-label'))!;

    sandbox.control.expireRefreshTokens(admin.upn);
    sandbox.control.setLatency(500); // long enough to see Refresh all at work
    try {
      await dash.refreshAll();
    } finally {
      sandbox.control.setLatency(0);
    }
    const reason = 'Your sign-in expired after a long period without use.';
    await expect(accounts).toContainText(reason);
    await expect(desk.page.getByText(reason)).toHaveCount(1);
    await expect(accounts.getByRole('listitem', { name })).toContainText(reason);
    // Each panel says it in its badge and button, not in the paragraph again.
    for (const label of services) {
      const panel = dash.panel(label);
      await expect(panel.getByText('Needs sign-in', { exact: true })).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Sign in again' })).toBeVisible();
      await expect(panel).not.toContainText(reason);
    }

    // Signed in again through one of them: every panel is back, and the reason is gone.
    await dash.signInAgain(services[1]!, admin);
    for (const label of services) await dash.expectConnected(label, admin.upn);
    await expect(desk.page.getByText(reason)).toHaveCount(0);
  } finally {
    sandbox.control.setAccessTokenLifetime(3600);
  }
  expect(desk.pageErrors).toEqual([]);
});
