/**
 * `npx tsx scripts/screenshots-assignment.ts [dir]`: a panel refused with AADSTS50105 and its
 * "Copy a request for access", light and dark, without the whole walk. Needs
 * `npx electron-vite build` first.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../emulator/index';
import { launchChromium } from '../e2e/harness/chromium';
import { sandboxSpkiHash } from '../e2e/harness/sandbox-trust';
import { assignmentShots } from './screenshots/assignment-screens';
import { session } from './screenshots/session';

const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
const sandbox = await startEmulator({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'desk-assignment-shots-')),
  deviceCodeIntervalSeconds: 1,
});
const personBrowser = await launchChromium(true, [
  await sandboxSpkiHash(sandbox.info.url, sandbox.info.caFile),
]);
try {
  for (const scheme of ['light', 'dark'] as const) {
    await session({ sandbox, personBrowser, outDir }, scheme, assignmentShots, {
      width: 1440,
      height: 900,
    });
  }
} finally {
  await personBrowser.close();
  await sandbox.close();
}
