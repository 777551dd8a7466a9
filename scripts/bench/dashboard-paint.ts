/**
 * First dashboard paint: the e2e harness's chromium-bridge host (the real core in this process,
 * the built renderer in headless Debian Chromium) starts on a copy of a store with six
 * connected services, with the injected latency; the figure is the time from navigation start
 * to the frame in which all six panels show their connected account. Each run is a cold start:
 * a new browser and a new core, as when the app is opened. Median of the runs after a warm-up.
 *
 * The moment is taken inside the page, by an observer the host runs before the page's own
 * scripts as an init script: it costs the page no request, so it does not slow what it measures.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromiumBridgeHost } from '../../e2e/harness/chromium-bridge-host';
import type { Measurement } from './goals';
import { ensureRendererBuilt, RENDERER_OUT } from './renderer-size';
import type { SandboxWorld } from './sandbox-world';
import { median, ms, progress } from './timing';

/** In the page: stamps `window.__benchDashboardShown` once six panels show `username`. */
const observerScript = (username: string) => `(() => {
  const username = ${JSON.stringify(username)};
  const panelsShowing = () => {
    let shown = 0;
    for (const dt of document.querySelectorAll('dt')) {
      const value = dt.nextElementSibling;
      if (dt.textContent.trim() === 'Account' && value && value.textContent.includes(username)) shown++;
    }
    return shown >= 6;
  };
  const observer = new MutationObserver(() => {
    if (!panelsShowing()) return;
    observer.disconnect();
    // The frame that paints the change: its callback runs just before it is drawn.
    requestAnimationFrame(() => { window.__benchDashboardShown = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();
`;

async function oneColdStart(world: SandboxWorld, observer: string): Promise<number> {
  const { f } = world;
  const storeDir = mkdtempSync(join(tmpdir(), 'bench-paint-store-'));
  cpSync(f.storeDir, storeDir, { recursive: true });
  const host = await ChromiumBridgeHost.launch({
    rendererDir: RENDERER_OUT,
    observerScript: observer,
    storeDir,
    sandbox: f.emulator.info,
    cipher: f.cipher,
  });
  try {
    const shown = await host.page.waitForFunction(
      () => (window as unknown as { __benchDashboardShown?: number }).__benchDashboardShown,
      undefined,
      { timeout: 30_000 },
    );
    if (host.pageErrors.length) throw new Error(`page errors: ${host.pageErrors.join('; ')}`);
    return Number(await shown.jsonValue());
  } finally {
    await host.close();
    rmSync(storeDir, { recursive: true, force: true });
  }
}

export async function measureDashboardPaint(
  world: SandboxWorld,
  username: string,
  runs: number,
): Promise<Measurement> {
  ensureRendererBuilt();
  const observer = observerScript(username);
  progress(`first dashboard paint: ${runs} cold starts of Chromium (and one to warm up)`);
  await oneColdStart(world, observer);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await oneColdStart(world, observer));
  const value = median(times);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    key: 'dashboard-paint',
    rounds: runs,
    medians: `${ms(value)} (${ms(sorted[0]!)}–${ms(sorted[sorted.length - 1]!)})`,
    value,
  };
}
