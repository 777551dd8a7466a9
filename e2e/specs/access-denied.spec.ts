/**
 * Issue 14, item 1: a service that refuses the signed-in person never shows a green Connected.
 * As a plain user, the Office 365 Management APIs panel says what works (the sign-in, the
 * permission in the token) and what does not (the role), and "Use another account" is the way
 * forward; with the Global Administrator it connects.
 */
import { expect, test } from '../harness/fixtures';
import { field, showMoreDetails } from '../harness/person';

const MANAGEMENT = 'Office 365 Management APIs';

test('signed in but refused: "Access denied", what works and what does not, and another account fixes it', async ({
  desk,
  dash,
  users,
}) => {
  const { plain, globalAdmin } = users;
  await dash.connectWithNewSignIn('Microsoft Graph', plain);
  await dash.connectWithAccount(MANAGEMENT, plain.displayName);

  const panel = dash.panel(MANAGEMENT);
  await expect(panel).toHaveAttribute('data-state', 'access-denied');
  await expect(panel.getByText('Access denied', { exact: true })).toBeVisible();
  await expect(panel.getByText('Connected', { exact: true })).toHaveCount(0);
  await expect(panel).toContainText(
    `${plain.displayName} is signed in, but may not read the audit log.`,
  );
  await expect(panel).toContainText('The sign-in and the token (with ActivityFeed.Read) work');
  await expect(panel).toContainText('Global Administrator or Security Administrator role');
  // The probe line tells the refusal, and no longer that a permission the token carries is missing.
  await dash.expectProbe(MANAGEMENT, '403');
  await expect(field(panel, 'Live probe')).not.toContainText('did not include the expected');
  // The account's other service is unaffected.
  await dash.expectConnected('Microsoft Graph', plain.upn);

  // Refresh asks again (a role may have been given meanwhile); the answer is the same.
  await panel.getByRole('button', { name: 'Refresh' }).click();
  await expect(panel).toHaveAttribute('data-state', 'access-denied');
  // Issue 18: the computed view agrees, and says which role would allow it.
  await showMoreDetails(panel);
  await expect(field(panel, 'What you may do')).toContainText(
    'Read the audit log (ActivityFeed.Read) · needs the Global Administrator or Security Administrator role',
  );

  await panel.getByRole('button', { name: 'Use another account' }).click();
  const connect = desk.page.getByRole('dialog', { name: `Connect ${MANAGEMENT}` });
  await dash.startNewSignIn(connect, 'Device code');
  await dash.finishDeviceCode(MANAGEMENT, globalAdmin);
  await dash.expectConnected(MANAGEMENT, globalAdmin.upn);
  await dash.expectProbe(MANAGEMENT, '200');
  await expect(panel).not.toContainText('may not read the audit log');
  await showMoreDetails(panel);
  await expect(field(panel, 'What you may do')).toContainText(
    'From your roles: Global Administrator.',
  );
  await expect(field(panel, 'What you may do')).not.toContainText('needs');
  await dash.expectConnected('Microsoft Graph', plain.upn);
  expect(desk.pageErrors).toEqual([]);
});
