/**
 * The electron host: the real app, launched with Playwright's Electron support. It needs the
 * Electron binary; {@link findElectronBinary} says whether there is one. It runs the test build
 * in out-test/ (scripts/run-e2e.mjs makes it), the only build with the e2e hooks: the app is
 * pointed at the test's sandbox and a private user-data folder through environment variables,
 * and exposes its bridge log and store to the test because M365_DESK_TEST_HOOKS=1.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import type { SandboxReadyInfo } from '../../main/core/cloud-catalog';
import type { DeskHost, StoreSnapshot } from './desk-host';
// @ts-expect-error: plain ESM helper shared with scripts/start.mjs
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/** The test build with its own package.json (scripts/run-e2e.mjs), run as the app folder. */
const TEST_APP_DIR = resolve('out-test');

export interface ElectronHostOptions {
  userDataDir: string;
  sandbox: SandboxReadyInfo;
  /** `basic_text`: Chromium's `--password-store=basic`, so safeStorage has no real keystore. */
  keystore?: 'secure' | 'basic_text';
}

export class ElectronHost implements DeskHost {
  readonly kind = 'electron' as const;
  readonly pageErrors: string[] = [];
  private app!: ElectronApplication;
  private readonly earlierTranscripts: string[] = [];
  page!: Page;

  private constructor(private readonly options: ElectronHostOptions) {}

  static binary(): { path: string | null; reason?: string } {
    return findElectronBinary();
  }

  static async launch(options: ElectronHostOptions): Promise<ElectronHost> {
    const host = new ElectronHost(options);
    await host.start();
    return host;
  }

  private async start(): Promise<void> {
    const binary = ElectronHost.binary();
    if (!binary.path) throw new Error(`No Electron binary: ${binary.reason}`);
    if (!existsSync(resolve(TEST_APP_DIR, 'package.json')))
      throw new Error('No test build in out-test/: run the e2e tests with `npm run test:e2e`.');
    this.app = await electron.launch({
      executablePath: binary.path,
      args: [
        TEST_APP_DIR,
        ...(this.options.keystore === 'basic_text' ? ['--password-store=basic'] : []),
      ],
      env: {
        ...process.env,
        M365_DESK_USER_DATA: this.options.userDataDir,
        M365_DESK_SANDBOX_READY: JSON.stringify(this.options.sandbox),
        M365_DESK_TEST_HOOKS: '1',
      },
    });
    this.page = await this.app.firstWindow();
    this.page.on('pageerror', (error) => this.pageErrors.push(error.message));
  }

  /** Sign-in windows are BrowserWindows of the app: the next window after the main one. */
  nextSignInWindow(): Promise<Page> {
    return this.app.waitForEvent('window');
  }

  /** shell.openExternal is replaced in the app's main process, so no real browser opens. */
  async nextExternalUrl(): Promise<string> {
    return this.app.evaluate(
      ({ shell }) =>
        new Promise<string>((resolve) => {
          shell.openExternal = async (url: string) => resolve(url);
        }),
    );
  }

  /** Every message of every run of the app in this spec (a restart starts a new log). */
  async bridgeTranscript(): Promise<string> {
    const current = await this.currentTranscript();
    return [...this.earlierTranscripts, current].filter(Boolean).join('\n');
  }

  private currentTranscript(): Promise<string> {
    return this.app.evaluate(() =>
      (globalThis as { __deskTestHooks?: { transcript(): string } }).__deskTestHooks!.transcript(),
    );
  }

  inspectStore(): Promise<StoreSnapshot> {
    return this.app.evaluate(() =>
      (
        globalThis as { __deskTestHooks?: { inspectStore(): Promise<StoreSnapshot> } }
      ).__deskTestHooks!.inspectStore(),
    );
  }

  async restart(): Promise<void> {
    this.earlierTranscripts.push(await this.currentTranscript());
    await this.app.close();
    await this.start();
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
