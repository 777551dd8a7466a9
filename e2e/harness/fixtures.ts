/**
 * Playwright fixtures shared by every spec: a sandbox tenant (the emulator, started once per
 * worker), the app under test on the chosen host, and a separate browser for the person's
 * side of a sign-in (the page they open from the device code dialog), the page objects specs
 * speak through (`dash`, `wizard`) and the sandbox's people by role (`users`). Every spec ends
 * with the leak proof (leak-watch.ts): no secret it used is in the bridge transcript or the store;
 * and axe-core checks every screen it came to (accessibility-watch.ts).
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startEmulator, type RunningEmulator } from '../../emulator/index';
import { ChromiumBridgeHost } from './chromium-bridge-host';
import { launchChromium } from './chromium';
import { Dashboard } from './dashboard';
import { sandboxSpkiHash } from './sandbox-trust';
import type { DeskHost, HostKind } from './desk-host';
import { ElectronHost } from './electron-host';
import { LeakWatch } from './leak-watch';
import { AccessibilityWatch } from './accessibility-watch';
import { sandboxUsers, type SandboxUsers } from './sandbox-users';
import { SetupWizard } from './setup-wizard';
import { BasicTextCipher } from '../../main/core/testing/basic-text-cipher';

export interface DeskFixtureOptions {
  hostKind: HostKind;
  /** `basic_text`: the host has no secure keystore (a test cipher, or Electron's basic store). */
  keystore: 'secure' | 'basic_text';
  /** Where the CLI for Microsoft 365's files are looked for (chromium-bridge; default: none). */
  cliHome: string | undefined;
}

interface WorkerFixtures {
  sandbox: RunningEmulator;
  personBrowser: Browser;
  users: SandboxUsers;
}

interface TestFixtures {
  desk: DeskHost;
  /** A page in another browser, as if the person opened the verification URL themselves. */
  personPage: Page;
  /** The dashboard of `desk`, its device codes approved on `personPage`. */
  dash: Dashboard;
  /** The "Set up your app" wizard of `desk`, its setup sign-ins approved on `personPage`. */
  wizard: SetupWizard;
}

export const RENDERER_DIR = resolve('out/renderer');

export const test = base.extend<TestFixtures & DeskFixtureOptions, WorkerFixtures>({
  hostKind: ['chromium-bridge', { option: true }],
  keystore: ['secure', { option: true }],
  cliHome: [undefined, { option: true }],
  sandbox: [
    async ({}, use) => {
      const emulator = await startEmulator({
        port: 0,
        dataDir: mkdtempSync(join(tmpdir(), 'desk-e2e-sandbox-')),
        deviceCodeIntervalSeconds: 1,
        proxyPort: 0, // the CLI for Microsoft 365 reaches the sandbox through it
      });
      await use(emulator);
      await emulator.close();
    },
    { scope: 'worker' },
  ],
  personBrowser: [
    async ({ sandbox }, use) => {
      const spki = await sandboxSpkiHash(sandbox.info.url, sandbox.info.caFile);
      const browser = await launchChromium(true, [spki]);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  users: [async ({ sandbox }, use) => use(sandboxUsers(sandbox.info)), { scope: 'worker' }],
  desk: async ({ hostKind, keystore, cliHome, sandbox }, use, testInfo) => {
    const spki = await sandboxSpkiHash(sandbox.info.url, sandbox.info.caFile);
    const dir = mkdtempSync(join(tmpdir(), `desk-e2e-${hostKind}-`));
    const host =
      hostKind === 'electron'
        ? await ElectronHost.launch({ userDataDir: dir, sandbox: sandbox.info, keystore })
        : await ChromiumBridgeHost.launch({
            rendererDir: RENDERER_DIR,
            storeDir: dir,
            sandbox: sandbox.info,
            trustSpki: [spki], // for the sign-in window's pages
            ...(keystore === 'basic_text' ? { cipher: new BasicTextCipher() } : {}),
            // An empty folder unless a spec gives one: the person's real CLI files stay unread.
            cliHome: cliHome ?? mkdtempSync(join(tmpdir(), 'desk-e2e-cli-')),
          });
    const leaks = new LeakWatch(host, sandbox, dir);
    const a11y = new AccessibilityWatch(host);
    leaks.start();
    a11y.start();
    await use(host);
    const a11ySummary = await a11y.finish();
    const summary = await leaks.finish();
    await host.close();
    console.log(`${testInfo.titlePath.slice(1).join(' › ')}: ${summary}; ${a11ySummary}`);
    expect(leaks.leaks, 'no secret in the bridge transcript or the store').toEqual([]);
    expect(a11y.violations, 'no serious or critical accessibility violation').toEqual([]);
    expect(leaks.scannedWhileConnected, 'scanned once while connected').toBe(leaks.everConnected);
  },
  personPage: async ({ personBrowser }, use) => {
    const context = await personBrowser.newContext();
    await use(await context.newPage());
    await context.close();
  },
  dash: async ({ desk, personPage }, use) => use(new Dashboard(desk, personPage)),
  wizard: async ({ desk, personPage }, use) => use(new SetupWizard(desk, personPage)),
});

export { expect };
