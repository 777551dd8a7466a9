/**
 * `npm run screenshots`: pictures of every screen, in light and dark, made with the real core
 * against the sandbox tenant. Writes PNGs to screenshots/. Builds the renderer if needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { ChromiumBridgeHost } from '../e2e/harness/chromium-bridge-host';

const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
if (!existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

async function captureSeries(
  sandbox: RunningEmulator,
  scheme: 'light' | 'dark',
): Promise<string[]> {
  const host = await ChromiumBridgeHost.launch({
    rendererDir: resolve('out/renderer'),
    storeDir: mkdtempSync(join(tmpdir(), `desk-shots-${scheme}-`)),
    sandbox: sandbox.info,
    colorScheme: scheme,
  });
  const { page } = host;
  const shots: string[] = [];
  const shoot = async (name: string) => {
    const path = join(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  try {
    const graph = page.getByRole('region', { name: 'Microsoft Graph' });
    await graph.getByRole('button', { name: 'Connect' }).waitFor();
    await shoot('dashboard-disconnected');

    await graph.getByRole('button', { name: 'Connect' }).click();
    const dialog = page.getByRole('dialog', { name: /Sign in to/ });
    const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
    await page.waitForTimeout(300); // let the dialog's entrance animation finish
    await shoot('device-code-dialog');

    const admin = sandbox.info.users.find((u) => u.roles.length > 0)!;
    if (!sandbox.control.approveDeviceCode(code, admin.upn)) throw new Error('approval failed');
    await graph.locator('dt', { hasText: 'Live probe' }).waitFor();
    await page.waitForTimeout(300);
    await shoot('dashboard-connected');

    await graph.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(300);
    await shoot('disconnect-confirm');
    if (host.pageErrors.length) throw new Error(`Page errors: ${host.pageErrors.join('; ')}`);
  } finally {
    await host.close();
  }
  return shots;
}

const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-shots-sandbox-')),
  deviceCodeIntervalSeconds: 1,
});
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of await captureSeries(sandbox, scheme)) console.log(path);
  }
} finally {
  await sandbox.close();
}
