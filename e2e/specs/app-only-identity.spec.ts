/**
 * Issue 14, item 7: an app-only connection is shown as its app and its tenant, by name: "M365
 * Desk app-only (sandbox)" in "Contoso (sandbox)", not "App 9bc863d3 (app-only)" in "Unknown
 * domain". The names come from the directory (the app's own token and the organization it can
 * read) and are kept across a restart.
 */
import { expect, test } from '../harness/fixtures';
import { field, showMoreDetails } from '../harness/person';

const APP = 'M365 Desk app-only (sandbox)';
const TENANT = 'Contoso (sandbox)';

test('an app-only connection shows the app’s name and the tenant’s name', async ({
  desk,
  sandbox,
  dash,
}) => {
  const app = sandbox.info.confidentialClient;
  // Not Graph itself: the names are read whichever service the app connects first.
  await dash.connectAppOnlyWithSecret('Azure Service Management', app, sandbox.info.tenantDomain);
  const panel = dash.panel('Azure Service Management');
  const items = dash.accountItems;

  const expectNamed = async () => {
    await expect(panel.getByText('Connected', { exact: true })).toBeVisible();
    await expect(field(panel, 'Account')).toContainText(APP);
    await expect(field(panel, 'Account')).toContainText('app-only');
    await showMoreDetails(panel);
    await expect(field(panel, 'Tenant')).toContainText(TENANT);
    await expect(field(panel, 'Tenant')).toContainText(sandbox.info.tenantDomain);
    await expect(panel).not.toContainText('Unknown domain');
    await expect(panel).not.toContainText(`App ${app.clientId.slice(0, 8)}`);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toHaveAccessibleName(APP); // its name says app-only already
    await expect(items.first()).toContainText(`Tenant: ${TENANT}`);
  };
  await expectNamed();

  await desk.restart();
  await expectNamed();
  // Another service with the same app uses the same connection, named the same way.
  await dash.connectWithAccount('Microsoft Graph', APP);
  await showMoreDetails(dash.panel('Microsoft Graph'));
  await expect(field(dash.panel('Microsoft Graph'), 'Tenant')).toContainText(TENANT);
  await expect(items).toHaveCount(1);
});
