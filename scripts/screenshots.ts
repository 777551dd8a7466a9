/**
 * `npm run screenshots [dir]`: pictures of every screen, light and dark, made with the real
 * core against the sandbox tenant. Writes PNGs to screenshots/. Builds the renderer if needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { ChromiumBridgeHost } from '../e2e/harness/chromium-bridge-host';

type Scheme = 'light' | 'dark';
const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
if (!existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const SERVICES = [
  'SharePoint Online',
  'Entra ID',
  'Office 365 Management APIs',
  'Azure Service Management',
  'Viva Engage',
];

/** One app session: a fresh store, a page, and a way to save a named picture of it. */
async function session(
  sandbox: RunningEmulator,
  scheme: Scheme,
  run: (page: Page, shoot: (name: string) => Promise<void>) => Promise<void>,
) {
  const host = await ChromiumBridgeHost.launch({
    rendererDir: resolve('out/renderer'),
    storeDir: mkdtempSync(join(tmpdir(), `desk-shots-${scheme}-`)),
    sandbox: sandbox.info,
    colorScheme: scheme,
    viewport: { width: 1440, height: 1500 },
  });
  const shoot = async (name: string) => {
    await host.page.waitForTimeout(350); // let dialogs finish their entrance animation
    const path = join(outDir, `${name}-${scheme}.png`);
    await host.page.screenshot({ path });
    console.log(path);
  };
  try {
    await run(host.page, shoot);
    if (host.pageErrors.length) throw new Error(`Page errors: ${host.pageErrors.join('; ')}`);
  } finally {
    await host.close();
  }
}

/** Connects Microsoft Graph by device code as `upn`, approving through the emulator. */
async function signIn(
  page: Page,
  sandbox: RunningEmulator,
  upn: string,
  shoot?: (name: string) => Promise<void>,
) {
  const graph = page.getByRole('region', { name: 'Microsoft Graph', exact: true });
  await graph.getByRole('button', { name: 'Connect' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in to/ });
  const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
  if (shoot) await shoot('device-code-dialog');
  if (!sandbox.control.approveDeviceCode(code, upn)) throw new Error('approval failed');
  await graph.locator('dt', { hasText: 'Live probe' }).waitFor();
}

async function useAccount(page: Page, label: string, displayName: string, siteUrl?: string) {
  await page
    .getByRole('region', { name: label, exact: true })
    .getByRole('button', { name: 'Connect' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Connect ${label}` });
  if (siteUrl) await dialog.getByLabel('SharePoint URL').fill(siteUrl);
  await dialog.getByRole('button', { name: `Use ${displayName}` }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-shots-sandbox-')),
  deviceCodeIntervalSeconds: 1,
});
const user = (role: string | null) =>
  sandbox.info.users.find((u) => (role ? u.roles.includes(role) : u.roles.length === 0))!;
try {
  for (const scheme of ['light', 'dark'] as const) {
    await session(sandbox, scheme, async (page, shoot) => {
      await page.getByRole('button', { name: 'Refresh all' }).waitFor();
      await shoot('dashboard-disconnected');
      const admin = user('Global Administrator');
      await signIn(page, sandbox, admin.upn, shoot);
      await shoot('dashboard-graph-connected');
      await page
        .getByRole('region', { name: 'SharePoint Online' })
        .getByRole('button', { name: 'Connect' })
        .click();
      await page
        .getByLabel('SharePoint URL')
        .fill('https://contoso-sandbox.sharepoint.com.evil.test');
      await page.getByText(/looks like one/).waitFor();
      await shoot('connect-dialog-lookalike-url');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      for (const label of SERVICES) {
        await useAccount(
          page,
          label,
          admin.displayName,
          label === 'SharePoint Online' ? sandbox.info.sharepoint.adminUrl : undefined,
        );
      }
      await shoot('dashboard-all-connected');
      await page
        .getByRole('region', { name: 'SharePoint Online' })
        .getByRole('button', { name: 'Token details' })
        .click();
      await shoot('token-details');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await page
        .getByRole('region', { name: 'Microsoft Graph', exact: true })
        .getByRole('button', { name: 'Disconnect' })
        .click();
      await shoot('disconnect-confirm');
    });
  }
  sandbox.control.setVivaEngageProvisioned(false);
  await session(sandbox, 'light', async (page, shoot) => {
    const plain = user(null);
    await signIn(page, sandbox, plain.upn);
    for (const label of SERVICES) {
      await useAccount(
        page,
        label,
        plain.displayName,
        label === 'SharePoint Online' ? sandbox.info.sharepoint.rootUrl : undefined,
      );
    }
    await shoot('dashboard-mixed-plain-user-no-viva-engage');
  });
} finally {
  await sandbox.close();
}
