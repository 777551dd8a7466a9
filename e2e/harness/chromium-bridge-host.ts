/**
 * The chromium-bridge host: the real main-process core (real MSAL, real store, real handlers)
 * runs in this Node process, and the built renderer runs in Chromium. `window.desk` is built
 * in the page by the preload's own bridge factory, over `exposeBinding`; events come back
 * through `page.evaluate`. Every message that crosses is recorded.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EventName, EventPayload } from '../../preload/contract';
import type { Backoff } from '../../main/core/app-setup/replication-wait';
import { createDeskCore, type DeskCore } from '../../main/core/desk-core';
import type { SandboxReadyInfo } from '../../main/core/cloud-catalog';
import { contractEventSink } from '../../main/core/ipc/event-gate';
import { AesGcmTestCipher } from '../../main/core/testing/aes-gcm-test-cipher';
import { openConfStore } from '../../main/core/testing/conf-store';
import { BridgeRecorder } from '../../main/core/testing/bridge-recorder';
import type { DeskHost, StoreSnapshot } from './desk-host';
import { inspectStoreDir } from '../../main/core/testing/store-inspector';
import { launchChromium } from './chromium';
import { serveStatic, type StaticSite } from './static-server';
import { PageSignInWindow } from './page-sign-in-window';

export interface ChromiumBridgeOptions {
  rendererDir: string;
  storeDir: string;
  sandbox: SandboxReadyInfo;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** 'reduce' for screenshots: Fluent UI then draws a dialog whole, not halfway through fading in. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Defaults to a fresh test cipher; the preview passes one with a kept key. */
  cipher?: AesGcmTestCipher;
  /** SPKI hashes the browser accepts (the sandbox's), so its pages open in this browser. */
  trustSpki?: string[];
  /** Open "system browser" URLs as new tabs of this browser (the preview), not just record them. */
  openUrlsInBrowser?: boolean;
  /** How Set up app waits for a new app to replicate (a shorter wait shows its time-out). */
  replicationBackoff?: Backoff;
  /**
   * Runs in the page after the bridge and before any of the page's own scripts, without a
   * request of its own (the benchmark's paint observer, which must not slow what it measures).
   */
  observerScript?: string;
  /** Where the core looks for the CLI for Microsoft 365's files (default: the home folder). */
  cliHome?: string;
}

let pageBridgeScript: Promise<string> | undefined;

/** The page side of the bridge, bundled once from e2e/harness/page-bridge.ts. */
function bundlePageBridge(): Promise<string> {
  pageBridgeScript ??= build({
    entryPoints: [fileURLToPath(new URL('./page-bridge.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0]!.text);
  return pageBridgeScript;
}

export class ChromiumBridgeHost implements DeskHost {
  readonly kind = 'chromium-bridge' as const;
  readonly recorder = new BridgeRecorder();
  readonly pageErrors: string[] = [];
  /** URLs the app asked the "system browser" to open, newest last. */
  readonly openedUrls: string[] = [];
  /** Files the app saved where "the person" picked (a folder of the test's own), newest last. */
  readonly savedFiles: string[] = [];
  private core!: DeskCore;
  private readonly cipher: AesGcmTestCipher;
  private readonly signInWindow: PageSignInWindow;
  private readonly externalUrlWaiters: ((url: string) => void)[] = [];

  private constructor(
    private readonly options: ChromiumBridgeOptions,
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly site: StaticSite,
  ) {
    this.cipher = options.cipher ?? new AesGcmTestCipher();
    this.signInWindow = new PageSignInWindow(browser);
  }

  nextSignInWindow(): Promise<Page> {
    return this.signInWindow.next();
  }

  nextExternalUrl(): Promise<string> {
    return new Promise((resolve) => this.externalUrlWaiters.push(resolve));
  }

  static async launch(options: ChromiumBridgeOptions): Promise<ChromiumBridgeHost> {
    const [script, site, browser] = await Promise.all([
      bundlePageBridge(),
      serveStatic(options.rendererDir),
      launchChromium(options.headless ?? true, options.trustSpki),
    ]);
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 860 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    const page = await context.newPage();
    const host = new ChromiumBridgeHost(options, browser, context, page, site);
    host.core = host.startCore();
    await context.exposeBinding(
      '__deskInvoke',
      async (_source, command: string, payload: unknown) => {
        host.recorder.record('command', command, payload);
        const result = await host.core.router.dispatch(command, payload);
        host.recorder.record('result', command, result);
        return result;
      },
    );
    await context.addInitScript({ content: script });
    if (options.observerScript) await context.addInitScript({ content: options.observerScript });
    page.on('pageerror', (error) => host.pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') host.pageErrors.push(`console: ${msg.text()}`);
    });
    await page.goto(site.url);
    return host;
  }

  /** Like quitting and starting the app again: a new core on the same store, a fresh page. */
  async restart(): Promise<void> {
    await this.core.close();
    this.core = this.startCore();
    await this.page.reload();
  }

  get storeDir(): string {
    return this.options.storeDir;
  }

  async bridgeTranscript(): Promise<string> {
    return this.recorder.transcript();
  }

  inspectStore(): Promise<StoreSnapshot> {
    return inspectStoreDir(this.options.storeDir, this.cipher);
  }

  async close(): Promise<void> {
    await this.core.close();
    await this.browser.close();
    await this.site.close();
  }

  private startCore(): DeskCore {
    const events = contractEventSink(<E extends EventName>(event: E, payload: EventPayload<E>) => {
      this.recorder.record('event', event, payload);
      this.page
        .evaluate(
          ([name, data]) =>
            (window as unknown as { __deskDispatch(n: string, d: unknown): void }).__deskDispatch(
              name,
              data,
            ),
          [event, payload] as const,
        )
        .catch(() => undefined); // the page may be reloading; the next list call catches up
    });
    const { store, secrets, notices, saves } = openConfStore(this.options.storeDir);
    return createDeskCore({
      host: 'chromium-bridge',
      version: process.env.npm_package_version ?? '0.0.0',
      store,
      secrets,
      saves,
      startupNotices: notices,
      cipher: this.cipher,
      browser: {
        open: async (url) => {
          this.openedUrls.push(url);
          this.externalUrlWaiters.shift()?.(url);
          if (this.options.openUrlsInBrowser) await (await this.browser.newPage()).goto(url);
        },
      },
      events,
      signInWindow: this.signInWindow,
      // The save dialog's stand-in: the person picks the suggested name in a folder of the test's.
      fileSaver: {
        save: async ({ suggestedName, data }) => {
          const path = join(mkdtempSync(join(tmpdir(), 'desk-export-')), suggestedName);
          writeFileSync(path, data, { mode: 0o600 });
          this.savedFiles.push(path);
          return { saved: true, fileName: suggestedName };
        },
      },
      sandbox: { ready: async () => this.options.sandbox },
      env: {},
      ...(this.options.cliHome ? { cliHome: this.options.cliHome } : {}),
      ...(this.options.replicationBackoff
        ? { replicationBackoff: this.options.replicationBackoff }
        : {}),
    });
  }
}
