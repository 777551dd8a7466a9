/**
 * Refresh all (`service.refreshAll`, which waits for every check: six services, one account) against one round trip, with the
 * emulator's injected latency, in three situations:
 *
 * - due for renewal: the emulator issues access tokens that live 60 s. MSAL renews a token that
 *   expires within its renewal offset (msal-common's default, 300 s), so every cached token is
 *   due at every round and each Refresh all renews all six (the request log is checked: six
 *   refresh_token grants a round). The floor is one token and one probe round trip.
 * - cached: then the lifetime goes back to an hour and one Refresh all renews every token
 *   once; the rounds after it need no token request (checked too). The floor is one probe.
 * - first after start: a new core over the same store (the app started again), whose first
 *   Refresh all has cached tokens but new MSAL clients.
 */
import { valueOf, type CoreFixture } from '../../main/core/testing/core-fixture';
import type { Measurement } from './goals';
import type { SandboxWorld } from './sandbox-world';
import { connectSixServices, sandboxAdmin } from './sandbox-world';
import { median, ms, progress, timed, type RoundTrip } from './timing';

const SHORT_LIFETIME_S = 60;

/** Connects the six services for the seeded administrator, with tokens already short-lived. */
export async function connectWithShortLivedTokens(world: SandboxWorld): Promise<void> {
  const { f } = world;
  f.emulator.control.setAccessTokenLifetime(SHORT_LIFETIME_S);
  await connectSixServices(f.core.router, world.window, sandboxAdmin(world));
}

/** Tokens live an hour again, and one Refresh all renews every cached one for that hour. */
export async function useHourLongTokens(world: SandboxWorld): Promise<void> {
  world.f.emulator.control.setAccessTokenLifetime(3600);
  valueOf(await world.f.invoke('service.refreshAll', {}));
  world.f.events.length = 0;
}

interface Situation {
  refreshAll: number[];
  roundTrip: number[];
  tokenRequests: number[];
}

/** Rounds of Refresh all, each after one round trip measured on its own. */
async function runRounds(
  f: CoreFixture,
  rt: RoundTrip,
  rounds: number,
  beforeEach: () => Promise<void> = async () => undefined,
): Promise<Situation> {
  const s: Situation = { refreshAll: [], roundTrip: [], tokenRequests: [] };
  for (let i = 0; i < rounds; i++) {
    s.roundTrip.push(await rt.once());
    await beforeEach();
    const logged = f.emulator.control.requests().length;
    s.refreshAll.push(await timed(async () => valueOf(await f.invoke('service.refreshAll', {}))));
    const requests = f.emulator.control.requests().slice(logged);
    s.tokenRequests.push(requests.filter((r) => r.grantType === 'refresh_token').length);
    f.events.length = 0; // the fixture keeps every event; the bench does not need them
  }
  return s;
}

function measurementOf(
  key: Measurement['key'],
  s: Situation,
  expectedTokenRequests: number,
): Measurement {
  const refreshAll = median(s.refreshAll);
  const roundTrip = median(s.roundTrip);
  const off = s.tokenRequests.filter((n) => n !== expectedTokenRequests).length;
  return {
    key,
    rounds: s.refreshAll.length,
    medians: `refresh all ${ms(refreshAll)}, one round trip ${ms(roundTrip)}`,
    value: refreshAll / roundTrip,
    roundTripMs: roundTrip,
    ...(off
      ? {
          note: `${off} round(s) made ${s.tokenRequests.join('/')} token requests, not ${expectedTokenRequests}`,
        }
      : {}),
  };
}

/** The three Refresh all measures; leaves the world with hour-long tokens cached. */
export async function measureRefreshAll(
  world: SandboxWorld,
  rt: RoundTrip,
  rounds: number,
): Promise<Measurement[]> {
  const { f } = world;
  progress(`refresh all, tokens due for renewal: ${rounds} rounds`);
  const due = await runRounds(f, rt, rounds);

  await useHourLongTokens(world);
  progress(`refresh all, tokens cached: ${rounds} rounds`);
  const cached = await runRounds(f, rt, rounds);

  progress(`first refresh all after start: ${rounds} rounds`);
  const first = await runRounds(f, rt, rounds, () => f.restart());
  return [
    measurementOf('refresh-all-due', due, 6),
    measurementOf('refresh-all-cached', cached, 0),
    measurementOf('refresh-all-first', first, 0),
  ];
}
