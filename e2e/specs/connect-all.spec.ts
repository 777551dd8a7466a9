/**
 * Issue 14, item 9: Connect all. One sign-in (any method), after which every service the app
 * has consent for connects, and each of the others says precisely what it lacks: the consent
 * walkthrough for that service, or that the tenant does not have it.
 */
import { expect, test } from '../harness/fixtures';
import { SERVICE_LABELS } from '../harness/dashboard';
import { signInOnAuthorityPage } from '../harness/person';

const ALL = 'Connect all services';

test('as the Global Administrator, one device code sign-in connects all six services', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const codesBefore = sandbox.control.requests().filter((r) => r.path.endsWith('/devicecode'));
  await desk.page.getByRole('button', { name: 'Connect all' }).click();
  const dialog = desk.page.getByRole('dialog', { name: ALL });
  await expect(dialog).toContainText('Sign in once: every service connects with this account');
  await dash.startNewSignIn(dialog, 'Device code');
  const code = desk.page.getByRole('dialog', { name: 'Sign in to all services' });
  await expect(code).toContainText('A Global Administrator can connect all six services');
  await dash.finishDeviceCode('all services', admin);

  const results = desk.page.getByRole('dialog', { name: ALL });
  await expect(results).toContainText(
    `All 6 services connected as ${admin.displayName} (${admin.upn}).`,
  );
  const rows = results.getByRole('list', { name: 'Services' }).getByRole('listitem');
  await expect(rows).toHaveCount(6);
  for (const label of SERVICE_LABELS) {
    await expect(rows.filter({ hasText: `${label}: Connected` })).toHaveAttribute(
      'data-ok',
      'true',
    );
  }
  await results.getByRole('button', { name: 'Close' }).click();
  for (const label of SERVICE_LABELS) {
    await dash.expectConnected(label, admin.upn);
    await dash.expectProbe(label, '200');
  }
  const codes = sandbox.control.requests().filter((r) => r.path.endsWith('/devicecode'));
  expect(codes.length - codesBefore.length).toBe(1);
  expect(desk.pageErrors).toEqual([]);
});

test('as a plain user in a tenant without Viva Engage (sign-in window): what it may use connects, each other service says why', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const plain = users.plain;
  sandbox.control.setVivaEngageProvisioned(false);
  try {
    const windowOpened = desk.nextSignInWindow();
    await desk.page.getByRole('button', { name: 'Connect all' }).click();
    await dash.startNewSignIn(desk.page.getByRole('dialog', { name: ALL }), 'Sign-in window');
    await signInOnAuthorityPage(await windowOpened, plain);

    const results = desk.page.getByRole('dialog', { name: ALL });
    await expect(results).toContainText('4 of 6 services connected');
    const row = (label: string) =>
      results.getByRole('list', { name: 'Services' }).getByRole('listitem', { name: label });
    for (const label of ['Microsoft Graph', 'SharePoint Online', 'Entra ID']) {
      await expect(row(label)).toHaveAttribute('data-ok', 'true');
    }
    await expect(row('Azure Service Management')).toHaveAttribute('data-ok', 'true');
    // Signed in, but this person's own role is short: said, with what to do.
    const management = row('Office 365 Management APIs');
    await expect(management).toHaveAttribute('data-ok', 'false');
    await expect(management).toContainText(/refused|may not|role/);
    const viva = row('Viva Engage');
    await expect(viva).toContainText('Viva Engage: Not in this tenant');
    await expect(viva).toContainText('not be licensed or provisioned in this tenant');
    await results.getByRole('button', { name: 'Close' }).click();
    await dash.expectConnected('Microsoft Graph', plain.upn);
    await expect(
      dash.panel('Viva Engage').getByText('Not available', { exact: true }),
    ).toBeVisible();
  } finally {
    sandbox.control.setVivaEngageProvisioned(true);
  }
  expect(desk.pageErrors).toEqual([]);
});

test('with an account signed in already, no sign-in at all; a service without consent opens its consent walkthrough', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  sandbox.control.revokeTenantConsent('https://manage.office.com', 'ActivityFeed.Read');
  try {
    const codesBefore = sandbox.control.requests().filter((r) => r.path.endsWith('/devicecode'));
    await desk.page.getByRole('button', { name: 'Connect all' }).click();
    const dialog = desk.page.getByRole('dialog', { name: ALL });
    await dialog.getByRole('button', { name: `Use ${admin.displayName}` }).click();

    await expect(dialog).toContainText('5 of 6 services connected');
    const management = dialog
      .getByRole('list', { name: 'Services' })
      .getByRole('listitem', { name: 'Office 365 Management APIs' });
    await expect(management).toContainText('Needs consent');
    await expect(management).toContainText('The app has no consent for ActivityFeed.Read yet.');
    await management
      .getByRole('button', { name: 'Grant consent for Office 365 Management APIs' })
      .click();
    const consent = desk.page.getByRole('dialog', {
      name: 'Grant consent for Office 365 Management APIs',
    });
    await expect(consent).toContainText('ActivityFeed.Read');
    // Closed, the walkthrough gives the results back; the panel offers the same way on.
    await desk.page.keyboard.press('Escape');
    await expect(consent).toBeHidden();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      dash.panel('Office 365 Management APIs').getByRole('button', { name: 'Grant consent' }),
    ).toBeVisible();
    const codes = sandbox.control.requests().filter((r) => r.path.endsWith('/devicecode'));
    expect(codes.length).toBe(codesBefore.length);
  } finally {
    sandbox.control.resetConsent();
  }
  expect(desk.pageErrors).toEqual([]);
});
