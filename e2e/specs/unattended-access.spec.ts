/**
 * Issue 17, unattended access end to end: from an empty store the Global Administrator creates
 * the app in the wizard, then sets up unattended access for SharePoint and Microsoft Graph; both
 * panels then show an app-only connection through the new certificate (its thumbprint and
 * expiry), and the commands for scripts name the same app with no secret in them. The fixture's
 * leak proof also looks for the private key M365 Desk made (read from its vault).
 */
import { expect, test } from '../harness/fixtures';
import { field } from '../harness/person';
import { GUID } from '../harness/setup-wizard';

test('the Global Administrator sets up unattended SharePoint and Graph access; both panels are app-only through the new certificate', async ({
  desk,
  dash,
  wizard,
  users,
}, testInfo) => {
  const admin = users.globalAdmin;
  const shoot = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await desk.page.emulateMedia({ colorScheme });
      await desk.page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });
    }
    await desk.page.emulateMedia({ colorScheme: 'light' });
  };

  await test.step('choose Graph and SharePoint, create the app as the Global Administrator', async () => {
    await wizard.open();
    await wizard.next();
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      await wizard.dialog.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await wizard.next();
    await wizard.dialog.getByRole('radio', { name: 'Create it for me' }).check();
    await wizard.signInForSetup(admin);
    await wizard.dialog.getByRole('button', { name: 'Create app registration' }).click();
    const created = wizard.dialog.getByRole('region', { name: 'Created app registration' });
    await expect(created).toBeVisible({ timeout: 60_000 });
  });

  let thumbprint = '';
  let clientId = '';
  await test.step('unattended access: a certificate, application permissions, both services app-only', async () => {
    const created = wizard.dialog.getByRole('region', { name: 'Created app registration' });
    clientId = (await created.getByText(GUID).first().textContent())!.trim();
    const unattended = wizard.dialog.getByRole('region', { name: 'Unattended access' });
    await unattended.scrollIntoViewIfNeeded();
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      await expect(unattended.getByRole('checkbox', { name: label })).toBeChecked();
    }
    await expect(unattended).toContainText('Sites.Read.All');
    await expect(
      unattended.getByRole('textbox', { name: 'Certificate valid for (days)' }),
    ).toHaveValue('365');
    await expect(unattended.getByRole('textbox', { name: 'SharePoint URL' })).toHaveValue(
      'https://contoso-sandbox.sharepoint.com',
    );
    await unattended.getByRole('button', { name: 'Set up unattended access' }).click();
    await expect(unattended.getByText('Unattended access is set up')).toBeVisible({
      timeout: 60_000,
    });
    const services = unattended.getByRole('list', { name: 'Services connected app-only' });
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      await expect(services.getByRole('listitem').filter({ hasText: label })).toContainText(
        'Connected app-only',
      );
    }
    thumbprint = (await unattended.getByText(/^[0-9A-F]{40}$/).textContent())!.trim();
    await unattended.getByText('Unattended access is set up').scrollIntoViewIfNeeded();
    await shoot('wizard-unattended');
    await wizard.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(wizard.dialog).toBeHidden();
  });

  await test.step('both panels: app-only, the certificate’s thumbprint and expiry, Renew', async () => {
    for (const label of ['SharePoint Online', 'Microsoft Graph']) {
      const panel = dash.panel(label);
      await expect(panel).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
      await expect(field(panel, 'Account')).toContainText(`App-only · ${clientId}`);
      await expect(field(panel, 'Certificate thumbprint')).toContainText(thumbprint);
      await expect(field(panel, 'Certificate')).toContainText('(in 364 days)');
      await expect(panel.getByRole('button', { name: 'Renew certificate' })).toBeVisible();
    }
    await dash.panel('SharePoint Online').scrollIntoViewIfNeeded();
    await shoot('panel-app-only');
  });

  await test.step('Renew certificate on one panel: a new one for the connection, with nobody signed in', async () => {
    const graph = dash.panel('Microsoft Graph');
    await graph.getByRole('button', { name: 'Renew certificate' }).click();
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      const thumb = field(dash.panel(label), 'Certificate thumbprint');
      await expect(thumb).toHaveText(/^[0-9A-F]{40}$/);
      await expect(thumb).not.toContainText(thumbprint, { timeout: 30_000 });
    }
    thumbprint = (await field(graph, 'Certificate thumbprint').textContent())!.trim().slice(0, 40);
    await expect(graph).toHaveAttribute('data-state', 'connected');
  });

  if (desk.kind === 'chromium-bridge') {
    // The host's save dialog is a stand-in (the Electron one: main/electron/save-file-dialog.test.ts).
    await test.step('Export certificate: a password twice, then the file the person picks', async () => {
      await dash
        .panel('Microsoft Graph')
        .getByRole('button', { name: 'Export certificate…' })
        .click();
      const dialog = desk.page.getByRole('dialog', { name: 'Export the certificate' });
      const exportWith = async (password: string) => {
        await dialog.getByLabel('Password for the file').fill(password);
        await dialog.getByLabel('The same password again').fill(password);
        await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
      };
      await exportWith('short');
      await expect(dialog).toContainText('it needs at least 8 characters');
      await exportWith('correct horse battery');
      await expect(dialog).toBeHidden();
      await expect(dash.panel('Microsoft Graph')).toContainText('Exported to m365-desk-app.pfx.');
    });
  }

  await test.step('use it from your scripts: the same app and tenant, no secret', async () => {
    await dash
      .panel('SharePoint Online')
      .getByRole('button', { name: 'Use it from your scripts' })
      .click();
    const dialog = desk.page.getByRole('dialog', { name: 'Use it from your scripts' });
    const cli = dialog.getByRole('region', { name: 'CLI for Microsoft 365, certificate' });
    await expect(cli).toContainText(`m365 login --authType certificate --appId ${clientId}`);
    const pnp = dialog.getByRole('region', { name: 'PnP PowerShell, certificate' });
    await expect(pnp).toContainText(
      `Connect-PnPOnline -Url 'https://contoso-sandbox.sharepoint.com' -ClientId ${clientId}`,
    );
    await shoot('scripts-dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
