/**
 * Issue 3, end to end: one sign-in connects all six services; another account can serve
 * SharePoint alone; everything comes back after a restart, painted at once and then checked
 * (issue 13); disconnecting one leaves the rest.
 */
import { expect, test } from '../harness/fixtures';
import { SERVICE_LABELS } from '../harness/dashboard';

test('one sign-in connects all six services, each with a live probe, and they survive a restart, painted at once and checked after', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  // The sandbox serves every spec of this worker: count only this test's requests.
  const earlier = sandbox.control.requests().length;

  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  for (const label of SERVICE_LABELS.slice(1)) {
    await dash.connectWithAccount(
      label,
      admin.displayName,
      label === 'SharePoint Online' ? sandbox.info.sharepoint.rootUrl : undefined,
    );
  }
  for (const label of SERVICE_LABELS) {
    await dash.expectConnected(label, admin.upn);
    await dash.expectProbe(label, '200');
  }
  const mine = sandbox.control.requests().slice(earlier);
  expect(mine.filter((r) => r.path.endsWith('/devicecode'))).toHaveLength(1);

  // Paint first: with the sandbox slow to answer, every panel shows its account at once and says
  // it is being checked; then each check's answer arrives in its own panel.
  sandbox.control.setLatency(2_000);
  try {
    await desk.restart();
    for (const label of SERVICE_LABELS) await dash.expectChecking(label, admin.upn);
  } finally {
    sandbox.control.setLatency(0);
  }
  for (const label of SERVICE_LABELS) {
    await dash.expectProbe(label, '200');
    await expect(dash.panel(label)).not.toHaveAttribute('data-checking');
  }
  sandbox.control.setLatency(1_000); // Refresh all is seen at work, then done
  try {
    await dash.refreshAll();
  } finally {
    sandbox.control.setLatency(0);
  }
  for (const label of SERVICE_LABELS) await dash.expectProbe(label, '200');

  await dash.panel('Azure Service Management').getByRole('button', { name: 'Disconnect' }).click();
  await desk.page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
  await expect(dash.panel('Azure Service Management').getByText('Disconnected')).toBeVisible();
  for (const label of SERVICE_LABELS.filter((l) => l !== 'Azure Service Management')) {
    await dash.expectConnected(label, admin.upn);
  }
  expect(desk.pageErrors).toEqual([]);
});

test('a second account serves SharePoint only, and the accounts list shows both', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const admin = users.globalAdmin;
  const spAdmin = users.sharePointAdmin;

  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  await dash.connectWithNewSignIn('SharePoint Online', spAdmin, sandbox.info.sharepoint.adminUrl);

  await dash.expectConnected('Microsoft Graph', admin.upn);
  await dash.expectConnected('SharePoint Online', spAdmin.upn);
  await dash.expectProbe('SharePoint Online', '200');

  const accounts = desk.page.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByRole('listitem')).toHaveCount(2);
  await expect(accounts.getByRole('listitem').filter({ hasText: spAdmin.upn })).toContainText(
    'SharePoint Online',
  );

  await desk.restart();
  await dash.expectConnected('Microsoft Graph', admin.upn);
  await dash.expectConnected('SharePoint Online', spAdmin.upn);
  expect(desk.pageErrors).toEqual([]);
});

test('a plain user in a tenant without Viva Engage: the other panels work, the two affected ones explain why', async ({
  desk,
  sandbox,
  dash,
  users,
}) => {
  const plain = users.plain;
  sandbox.control.setVivaEngageProvisioned(false);
  try {
    await dash.connectWithNewSignIn('Microsoft Graph', plain);
    for (const label of SERVICE_LABELS.slice(1)) {
      await dash.connectWithAccount(
        label,
        plain.displayName,
        label === 'SharePoint Online' ? sandbox.info.sharepoint.rootUrl : undefined,
      );
    }
    for (const label of [
      'Microsoft Graph',
      'SharePoint Online',
      'Entra ID',
      'Azure Service Management',
    ]) {
      await dash.expectProbe(label, '200');
    }
    const management = dash.panel('Office 365 Management APIs');
    await dash.expectProbe('Office 365 Management APIs', '403');
    await expect(management).toContainText(
      'delegated access is limited to what the signed-in person may do',
    );
    const viva = dash.panel('Viva Engage');
    await expect(viva.getByText('Not available', { exact: true })).toBeVisible();
    await expect(viva).toContainText('This service is not available in the tenant.');
    await expect(viva).toContainText('Delegated only');
  } finally {
    sandbox.control.setVivaEngageProvisioned(true);
  }
  expect(desk.pageErrors).toEqual([]);
});
