/**
 * `npm run screenshots [dir]`: pictures of every screen, light and dark, made with the real
 * core against the sandbox tenant, walked with the e2e page objects. Writes PNGs to
 * screenshots/. Builds the renderer if needed. The screens are in scripts/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../emulator/index';
import { launchChromium } from '../e2e/harness/chromium';
import { sandboxSpkiHash } from '../e2e/harness/sandbox-trust';
import { connectAllShots, connectShots } from './screenshots/connect-screens';
import { consentShot, firstSignInConsentShot } from './screenshots/consent-screens';
import { dashboardShots, plainUserShots } from './screenshots/dashboard-screens';
import { problemShots } from './screenshots/problem-screens';
import { session, type Walk } from './screenshots/session';
import { appSetupShots, narrowSetupShots } from './screenshots/setup-screens';
import { accountShots } from './screenshots/account-screens';
import { assignmentShots } from './screenshots/assignment-screens';
import { setupRetryShots, shortReplicationWait } from './screenshots/setup-retry-screens';
import { sharedSignInShots } from './screenshots/shared-sign-in-screens';

const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
if (!existsSync('out/renderer/index.html')) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-shots-sandbox-')),
  deviceCodeIntervalSeconds: 1,
});
const personBrowser = await launchChromium(true, [
  await sandboxSpkiHash(sandbox.info.url, sandbox.info.caFile),
]);
const walk: Walk = { sandbox, personBrowser, outDir };
try {
  for (const scheme of ['light', 'dark'] as const) {
    await session(walk, scheme, dashboardShots);
    await session(walk, scheme, async (s) => {
      await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
      await consentShot(s);
      await appSetupShots(s);
    });
    await session(walk, scheme, accountShots);
    await session(walk, scheme, setupRetryShots, undefined, {
      replicationBackoff: shortReplicationWait,
    });
  }
  for (const scheme of ['light', 'dark'] as const) {
    await session(
      walk,
      scheme,
      async (s) => {
        await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
        await firstSignInConsentShot(s);
        await narrowSetupShots(s);
      },
      { width: 880, height: 600 }, // the main window's minimum size
    );
  }
  for (const scheme of ['light', 'dark'] as const) await session(walk, scheme, problemShots);
  for (const scheme of ['light', 'dark'] as const) await session(walk, scheme, assignmentShots);
  for (const scheme of ['light', 'dark'] as const) await session(walk, scheme, connectShots);
  for (const scheme of ['light', 'dark'] as const) await session(walk, scheme, sharedSignInShots);
  sandbox.control.setVivaEngageProvisioned(false);
  for (const scheme of ['light', 'dark'] as const) await session(walk, scheme, plainUserShots);
  for (const scheme of ['light', 'dark'] as const) {
    await session(walk, scheme, async (s) => {
      await s.page.getByRole('button', { name: 'Refresh all' }).waitFor();
      await connectAllShots(s, s.users.plain, 'connect-all-results-plain-user-no-viva-engage');
    });
  }
} finally {
  await personBrowser.close();
  await sandbox.close();
}
