/**
 * From an empty store: the CLI for Microsoft 365's connection (files of its shape, written by
 * msal-node driven as the CLI drives it, through the sandbox proxy) is found, imported and seen
 * connected; the CLI's plaintext is removed on request, its token files are gone, and M365 Desk
 * stays connected after a restart. Screenshots light and dark of the dialog at each step.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_FILES } from '../../main/core/cli-import/cli-files';
import {
  deviceCodeLogin,
  writeConnections,
} from '../../main/core/cli-import/testing/cli-shaped-files';
import { expect, test } from '../harness/fixtures';

const cliHome = mkdtempSync(join(tmpdir(), 'desk-e2e-cli-home-'));
test.use({ cliHome });

test('imports the CLI’s connection from an empty store, then removes its plaintext', async ({
  desk,
  dash,
  sandbox,
  users,
}, testInfo) => {
  const admin = users.globalAdmin;
  const spo = new URL(sandbox.info.sharepoint.rootUrl).origin;
  writeConnections(cliHome, [
    await deviceCodeLogin(sandbox, cliHome, admin.upn, ['https://graph.microsoft.com', spo]),
  ]);
  const { page } = desk;
  const shoot = async (step: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(400); // the theme's own fade, so the shot is of the settled screen
      await page.screenshot({ path: testInfo.outputPath(`cli-import-${step}-${colorScheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };

  await page.getByRole('button', { name: 'Import from the CLI…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from the CLI for Microsoft 365' });
  const found = dialog.getByRole('list', { name: 'The CLI’s connections' });
  await expect(found).toContainText(admin.upn);
  await expect(found).toContainText('a person, by device code');
  await expect(dialog.getByRole('checkbox', { name: `Import ${admin.upn}` })).toBeChecked();
  await shoot('found');

  await dialog.getByRole('button', { name: 'Import 1 connection' }).click();
  const imported = dialog.getByRole('list', { name: 'Imported connections' });
  await expect(imported).toContainText(admin.upn);
  await expect(dialog).toContainText('the CLI will then need to sign in again');
  await shoot('imported');
  // Removing is the person's choice: nothing has been removed yet.
  expect(existsSync(join(cliHome, CLI_FILES.msalCache))).toBe(true);

  await dialog.getByRole('button', { name: 'Remove the plain text from the CLI’s files' }).click();
  await expect(dialog).toContainText('The CLI must sign in again');
  await shoot('removed');
  for (const file of [CLI_FILES.msalCache, CLI_FILES.connection, CLI_FILES.allConnections]) {
    expect(existsSync(join(cliHome, file)), file).toBe(false);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  await dash.expectConnected('Microsoft Graph', admin.upn);
  await dash.expectConnected('SharePoint Online', admin.upn);
  await desk.restart();
  await dash.expectConnected('Microsoft Graph', admin.upn);
});
