/**
 * `npm run preview`: the real app core against the sandbox tenant, with the UI in a visible
 * Chromium. For UI work, and for anyone without the Electron binary. Without a display it
 * says so, and re-runs itself under xvfb-run (preview-display.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmulator } from '../emulator/index';
import { ChromiumBridgeHost } from '../e2e/harness/chromium-bridge-host';
import { sandboxSpkiHash } from '../e2e/harness/sandbox-trust';
import { AesGcmTestCipher } from '../main/core/testing/aes-gcm-test-cipher';
import { previewDisplayPlan } from './preview-display';

const plan = previewDisplayPlan({
  platform: process.platform,
  display: process.env.DISPLAY,
  waylandDisplay: process.env.WAYLAND_DISPLAY,
  underXvfb: process.env.M365_DESK_UNDER_XVFB,
});
if (plan.run === 'under-xvfb') {
  console.log(plan.notice);
  const run = spawnSync('xvfb-run', ['-a', 'npx', 'tsx', 'scripts/preview.ts'], {
    stdio: 'inherit',
    env: { ...process.env, M365_DESK_UNDER_XVFB: '1' },
  });
  process.exit(run.status ?? 1);
}

if (!existsSync('out/renderer/index.html')) {
  console.log('Building the renderer first…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const home = resolve('.emulator-data');
mkdirSync(`${home}/preview-store`, { recursive: true });
// The preview keeps its store between runs, so it keeps its (test-only) key too.
const keyFile = `${home}/preview-store.key`;
if (!existsSync(keyFile))
  writeFileSync(keyFile, new AesGcmTestCipher().key.toString('hex'), { mode: 0o600 });
const cipher = new AesGcmTestCipher(Buffer.from(readFileSync(keyFile, 'utf8'), 'hex'));

const sandbox = await startEmulator({
  port: 0,
  dataDir: `${home}/sandbox`,
  deviceCodeIntervalSeconds: 2,
});
const host = await ChromiumBridgeHost.launch({
  rendererDir: resolve('out/renderer'),
  storeDir: `${home}/preview-store`,
  sandbox: sandbox.info,
  headless: false,
  cipher,
  trustSpki: [await sandboxSpkiHash(sandbox.info.url, sandbox.info.caFile)],
  openUrlsInBrowser: true,
});

console.log(`
M365 Desk preview: the real app core against the sandbox tenant (${sandbox.info.tenantDomain}).
Sandbox accounts:
${sandbox.info.users.map((u) => `  ${u.upn}  password: ${u.password}  ${u.roles.join(', ') || '(no admin role)'}`).join('\n')}
Close the browser window or press Ctrl+C to stop.`);

const stop = async () => {
  await host.close().catch(() => undefined);
  await sandbox.close();
  process.exit(0);
};
host.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
