/**
 * Issue 14: a panel whose service is being connected by a shared sign-in (Connect all's, or the
 * one that verifies the wizard's new app) says which sign-in it waits for, and its Cancel
 * cancels that sign-in: the one actually running, not the panel's own (which has none).
 */
import { expect, test } from '../harness/fixtures';
import { GUID } from '../harness/setup-wizard';

const GRAPH = 'Microsoft Graph';

test('while Connect all signs in, the Graph panel says it waits for that sign-in; cancelled, it is back', async ({
  desk,
  dash,
}) => {
  await desk.page.getByRole('button', { name: 'Connect all' }).click();
  await dash.startNewSignIn(
    desk.page.getByRole('dialog', { name: 'Connect all services' }),
    'Device code',
  );
  const code = desk.page.getByRole('dialog', { name: 'Sign in to all services' });
  await expect(code.getByRole('group', { name: 'Device code' })).toBeVisible();
  // Behind the modal the panel is hidden from the accessibility tree, not from sight.
  const behind = desk.page.locator('section[data-service="graph"]');
  await expect(behind).toHaveAttribute('data-state', 'connecting');
  await expect(behind).toContainText('Waiting for the Connect all sign-in to finish…');
  await expect(behind.locator('button', { hasText: 'Cancel' })).toBeVisible();

  await code.getByRole('button', { name: 'Cancel' }).click();
  await expect(code).toBeHidden();
  const panel = dash.panel(GRAPH);
  await expect(panel).toHaveAttribute('data-state', 'disconnected');
  await expect(panel.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  expect(desk.pageErrors).toEqual([]);
});

test('the wizard closed while its verifying sign-in starts: the Graph panel’s Cancel ends that sign-in', async ({
  desk,
  sandbox,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  await wizard.open();
  await wizard.next();
  await wizard.dialog.getByRole('checkbox', { name: GRAPH, exact: true }).check();
  await wizard.next();
  await wizard.dialog.getByRole('radio', { name: 'Create it for me' }).check();
  await wizard.signInForSetup(admin);
  await wizard.dialog.getByRole('button', { name: 'Create app registration' }).click();
  const created = wizard.dialog.getByRole('region', { name: 'Created app registration' });
  await expect(created).toBeVisible({ timeout: 60_000 });
  expect(await created.getByText(GUID).first().textContent()).toMatch(GUID);

  const verify = wizard.dialog.getByRole('region', { name: 'Verify the app' });
  await verify.getByRole('radio', { name: 'Device code' }).check();
  const panel = dash.panel(GRAPH);
  // Slow enough that the wizard can be closed before the code arrives.
  sandbox.control.setLatency(1500);
  try {
    await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
    await desk.page.keyboard.press('Escape');
    await expect(wizard.dialog).toBeHidden();
    await expect(panel).toHaveAttribute('data-state', 'connecting');
    await expect(panel).toContainText('Waiting for the sign-in that verifies your new app…');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel).toHaveAttribute('data-state', 'disconnected', { timeout: 20_000 });
  } finally {
    sandbox.control.setLatency(0);
  }
  await expect
    .poll(async () => (await desk.bridgeTranscript()).match(/result signIn\.cancel \{"ok":true/g))
    .not.toBeNull();

  await expect(panel.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  // Opened again, the wizard shows no code for a sign-in that is over.
  await desk.page.getByRole('button', { name: 'Set up app' }).click();
  await expect(wizard.dialog).toBeVisible();
  await expect(desk.page.getByRole('dialog', { name: `Sign in to ${GRAPH}` })).toHaveCount(0);
  expect(desk.pageErrors).toEqual([]);
});
