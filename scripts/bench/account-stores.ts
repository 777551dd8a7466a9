/**
 * The costs that must not grow with the number of accounts, at 10, 50 and 200 connections,
 * each connection a distinct sandbox user with all six services' tokens (sandbox-world.ts):
 *
 * - silent token, cache hit: the time of the core's TokenBroker.tokenFor while `service.refresh`
 *   runs for Graph with a cached token, no latency (the request log is checked: no token
 *   request). The p50 of the rounds after one warm-up call.
 * - open the store and list connections: a new core over the store (the app starting), until
 *   `accounts.list` has answered with every connection.
 *
 * Both must stay flat: the row of the largest store tells how far apart the three sizes are.
 *
 * Up to 50 accounts sign in one after another into the store itself; the rest sign in batch by
 * batch into scratch stores that are merged into it (scratch-stores.ts says why). At 200 the
 * silent token is then taken for a merged connection, so a merge that put the tokens where the
 * core does not look fails loudly instead of flattering the figure.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenBroker } from '../../main/core/connections/token-broker';
import { valueOf } from '../../main/core/testing/core-fixture';
import type { Account } from '../../preload/contract';
import { mergeStore, openCoreOnStore } from './scratch-stores';
import { STORE_SIZES, withSpreadOfSizes, type Measurement } from './goals';
import { connectSixServices, openSandboxWorld, type SandboxWorld } from './sandbox-world';
import { median, ms, progress, timed } from './timing';

const SIGNED_INTO_THE_STORE = 50;
const BATCH = 25;

export async function measureAccountStores(rounds: {
  silent: number;
  open: number;
}): Promise<Measurement[]> {
  const world = await openSandboxWorld({ extraUsers: Math.max(...STORE_SIZES) });
  const measurements: Measurement[] = [];
  try {
    let signedIn = 0;
    for (const size of STORE_SIZES) {
      progress(`account store: signing in ${size - signedIn} more accounts (to ${size})`);
      signedIn = await growTo(world, signedIn, size);
      measurements.push(await silentToken(world, size, rounds.silent));
      measurements.push(await openAndList(world, size, rounds.open));
    }
  } finally {
    await world.close();
  }
  return withSpreadOfSizes(measurements);
}

async function growTo(world: SandboxWorld, from: number, to: number): Promise<number> {
  const { f, window, benchUsers } = world;
  let n = from;
  let merged: string | undefined;
  for (; n < Math.min(to, SIGNED_INTO_THE_STORE); n++) {
    await connectSixServices(f.core.router, window, benchUsers[n]!);
  }
  for (; n < to; n += BATCH) {
    const scratch = mkdtempSync(join(tmpdir(), 'bench-batch-'));
    const core = openCoreOnStore({
      storeDir: scratch,
      cipher: f.cipher,
      sandbox: f.emulator.info,
      signInWindow: window,
    });
    for (const user of benchUsers.slice(n, Math.min(n + BATCH, to))) {
      merged = await connectSixServices(core.router, window, user);
    }
    await core.close();
    progress(`  ${Math.min(n + BATCH, to)} signed in; merging the batch into the store`);
    await mergeStore(scratch, f.storeDir, f.cipher);
    rmSync(scratch, { recursive: true, force: true });
  }
  await f.restart(); // a core that reads the grown store
  // Graph (whose token the silent measure takes) moves to a merged connection: its cached
  // token must be found, or the merge put tokens where the core does not look.
  if (merged)
    valueOf(await f.invoke('service.useAccount', { serviceId: 'graph', connectionId: merged }));
  return to;
}

/** The time of every TokenBroker.tokenFor call while `work` runs. */
async function timingTokenCalls(work: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  const tokenFor = TokenBroker.prototype.tokenFor;
  if (typeof tokenFor !== 'function')
    throw new Error('TokenBroker.tokenFor is gone: time its heir');
  TokenBroker.prototype.tokenFor = async function (...args) {
    const start = performance.now();
    try {
      return await tokenFor.apply(this, args);
    } finally {
      samples.push(performance.now() - start);
    }
  };
  try {
    await work();
  } finally {
    TokenBroker.prototype.tokenFor = tokenFor;
  }
  if (!samples.length) throw new Error('Refresh never called TokenBroker.tokenFor: time its heir');
  return samples;
}

async function silentToken(world: SandboxWorld, size: number, rounds: number) {
  const { f } = world;
  progress(`silent token at ${size} accounts: ${rounds} rounds`);
  f.emulator.control.setLatency(0);
  // The core was just started: its MSAL client is made (and may fetch metadata) here.
  valueOf(await f.invoke('service.refresh', { serviceId: 'graph' }));
  const logged = f.emulator.control.requests().length;
  const samples = await timingTokenCalls(async () => {
    for (let i = 0; i < rounds; i++) {
      valueOf(await f.invoke('service.refresh', { serviceId: 'graph' }));
    }
  });
  const tokenRequests = f.emulator.control
    .requests()
    .slice(logged)
    .filter((r) => r.grantType).length;
  f.events.length = 0;
  const p50 = median(samples);
  return {
    key: 'silent-token',
    size,
    rounds: samples.length,
    medians: `p50 ${ms(p50)}`,
    value: p50,
    ...(tokenRequests ? { note: `${tokenRequests} token requests: not all cache hits` } : {}),
  } satisfies Measurement;
}

async function openAndList(world: SandboxWorld, size: number, rounds: number) {
  const { f } = world;
  progress(`open the store and list at ${size} accounts: ${rounds} rounds`);
  const times: number[] = [];
  let listed = 0;
  for (let i = 0; i < rounds; i++) {
    times.push(
      await timed(async () => {
        await f.restart();
        listed = (valueOf(await f.invoke('accounts.list', {})) as Account[]).length;
      }),
    );
  }
  const value = median(times);
  return {
    key: 'open-store',
    size,
    rounds,
    medians: `open + list ${ms(value)}; store ${megabytes(f.storeDir)} on disk`,
    value,
    ...(listed !== size ? { note: `listed ${listed} connections, not ${size}` } : {}),
  } satisfies Measurement;
}

/** Every file of the store directory (the settings file, and the secrets folder's files). */
function megabytes(dir: string): string {
  const bytes = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
