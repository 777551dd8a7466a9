/**
 * `npx tsx scripts/screenshots-proxy.ts [dir]`: the Proxy dialog's password states, light and
 * dark, without the whole `npm run screenshots` walk: a saved proxy with a password kept
 * encrypted, the same kept for this session only (no secure keystore), and that one after a
 * restart, when its password is needed again. Needs `npm run build` first.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ChromiumBridgeHost } from '../e2e/harness/chromium-bridge-host';
import { startEmulator, type RunningEmulator } from '../emulator/index';
import { AesGcmTestCipher } from '../main/core/testing/aes-gcm-test-cipher';
import { BasicTextCipher } from '../main/core/testing/basic-text-cipher';

type Scheme = 'light' | 'dark';
const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });

/** A made-up corporate proxy; the sandbox (127.0.0.1) bypasses it, so the app still works. */
const PROXY = 'http://alice:S3cretPass@proxy.contoso.com:3128';

async function openDialog(page: Page) {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Proxy', exact: true }).click();
  return page.getByRole('dialog', { name: 'Proxy' });
}

async function saveProxy(page: Page) {
  const dialog = await openDialog(page);
  await dialog.getByLabel('Proxy URL').fill(PROXY);
  await dialog.getByLabel('Bypass (NO_PROXY)').fill('localhost,127.0.0.1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function shots(sandbox: RunningEmulator, scheme: Scheme, keystore: boolean) {
  const host = await ChromiumBridgeHost.launch({
    rendererDir: resolve('out/renderer'),
    storeDir: mkdtempSync(join(tmpdir(), `desk-proxy-shots-${scheme}-`)),
    sandbox: sandbox.info,
    colorScheme: scheme,
    reducedMotion: 'reduce', // each dialog drawn whole, not caught halfway through fading in
    viewport: { width: 1440, height: 900 },
    cipher: keystore ? new AesGcmTestCipher() : new BasicTextCipher(),
  });
  const shoot = async (name: string) => {
    await host.page.waitForTimeout(350); // let the dialog finish its entrance animation
    const path = join(outDir, `${name}-${scheme}.png`);
    await host.page.screenshot({ path });
    console.log(path);
  };
  try {
    const page = host.page;
    await page.getByRole('button', { name: 'Refresh all' }).waitFor();
    await saveProxy(page);
    await openDialog(page);
    await shoot(keystore ? 'proxy-password-encrypted' : 'proxy-password-session-only');
    if (!keystore) {
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await host.restart();
      await page.getByText('password needed').waitFor();
      await shoot('proxy-password-needed-dashboard');
      await openDialog(page);
      await shoot('proxy-password-needed');
    }
    if (host.pageErrors.length) throw new Error(`Page errors: ${host.pageErrors.join('; ')}`);
  } finally {
    await host.close();
  }
}

const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-proxy-shots-emu-')),
});
try {
  for (const scheme of ['light', 'dark'] as const) {
    await shots(sandbox, scheme, true);
    await shots(sandbox, scheme, false);
  }
} finally {
  await sandbox.close();
}
