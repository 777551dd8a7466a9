/**
 * One app session of the screenshot walk: the real core on a fresh store in Chromium, the
 * e2e page objects on it (device codes approved by the person in their own browser, as in the
 * specs), and `shoot`, which saves a named picture of the page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningEmulator } from '../../emulator/index';
import {
  ChromiumBridgeHost,
  type ChromiumBridgeOptions,
} from '../../e2e/harness/chromium-bridge-host';
import { Dashboard } from '../../e2e/harness/dashboard';
import { sandboxUsers, type SandboxUsers } from '../../e2e/harness/sandbox-users';
import { SetupWizard } from '../../e2e/harness/setup-wizard';

export type Scheme = 'light' | 'dark';

/** What every group of screens is given. */
export interface Screens {
  sandbox: RunningEmulator;
  users: SandboxUsers;
  host: ChromiumBridgeHost;
  page: Page;
  dash: Dashboard;
  wizard: SetupWizard;
  /** The person's own browser page (device login pages, consent). */
  personPage: Page;
  /** Saves the page as `{name}-{scheme}.png` in the output folder. */
  shoot(name: string): Promise<void>;
}

export interface Walk {
  sandbox: RunningEmulator;
  /** The person's own browser, trusting the sandbox's certificate (see e2e/harness/fixtures.ts). */
  personBrowser: Browser;
  outDir: string;
}

/** Runs `screens` in a new app session; page errors fail the walk. */
export async function session(
  walk: Walk,
  scheme: Scheme,
  screens: (s: Screens) => Promise<void>,
  viewport = { width: 1440, height: 1500 },
  /** Options of the core, e.g. a short replication wait to show its time-out. */
  core: Pick<ChromiumBridgeOptions, 'replicationBackoff'> = {},
) {
  const host = await ChromiumBridgeHost.launch({
    rendererDir: resolve('out/renderer'),
    storeDir: mkdtempSync(join(tmpdir(), `desk-shots-${scheme}-`)),
    sandbox: walk.sandbox.info,
    colorScheme: scheme,
    reducedMotion: 'reduce', // each dialog drawn whole, not caught halfway through fading in
    viewport,
    ...core,
  });
  const person = await walk.personBrowser.newContext();
  const personPage = await person.newPage();
  const shoot = async (name: string) => {
    await host.page.waitForTimeout(350); // let dialogs finish their entrance animation
    const path = join(walk.outDir, `${name}-${scheme}.png`);
    await host.page.screenshot({ path });
    console.log(path);
  };
  try {
    await screens({
      sandbox: walk.sandbox,
      users: sandboxUsers(walk.sandbox.info),
      host,
      page: host.page,
      dash: new Dashboard(host, personPage),
      personPage,
      wizard: new SetupWizard(host, personPage),
      shoot,
    });
    if (host.pageErrors.length) throw new Error(`Page errors: ${host.pageErrors.join('; ')}`);
  } finally {
    await person.close();
    await host.close();
  }
}
