/**
 * Renewals of one account's resources run at once: Refresh all with every token due costs one
 * token round trip, not six. Counted, not timed: the token requests in flight together are
 * counted at the core's network client while the emulator holds each answer back (latency).
 * And however the renewals finish, no token is lost: both are on disk and used after a restart.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceId } from '../../../preload/contract';
import { MsalNetworkClient } from '../msal/msal-network-client';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { inspectStoreDir } from '../testing/store-inspector';

let f: CoreFixture;
afterEach(async () => {
  vi.restoreAllMocks();
  await f?.close();
});

const tokenGrants = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/token')).length;

/** Counts the token requests the core has sent and not yet had answered, and the most at once. */
function countTokenRequestsInFlight(): { readonly most: number } {
  const send = MsalNetworkClient.prototype.sendPostRequestAsync;
  const counter = { now: 0, most: 0 };
  vi.spyOn(MsalNetworkClient.prototype, 'sendPostRequestAsync').mockImplementation(async function (
    this: MsalNetworkClient,
    url,
    options,
  ) {
    const token = url.split('?')[0]!.endsWith('/token');
    if (token) counter.most = Math.max(counter.most, ++counter.now);
    try {
      return await send.call(this, url, options);
    } finally {
      if (token) counter.now--;
    }
  });
  return counter;
}

/** Signs the admin in for Graph (tokens issued now live 120 s: inside MSAL's renewal window). */
async function signedInWithTokensDue(services: ServiceId[]): Promise<string> {
  f = await startCoreFixture();
  f.emulator.control.setAccessTokenLifetime(120);
  const graph = valueOf(
    await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn),
  );
  for (const serviceId of services) {
    await f.value('service.useAccount', { serviceId, connectionId: graph.connectionId! });
  }
  return graph.connectionId!;
}

describe('renewals in parallel', () => {
  it('Refresh all with every token due sends its six token requests at once', async () => {
    await signedInWithTokensDue([
      'entra',
      'sharepoint',
      'managementApi',
      'azureManagement',
      'vivaEngage',
    ]);
    f.emulator.control.setLatency(100);
    const before = tokenGrants();
    const inFlight = countTokenRequestsInFlight();

    const statuses = await f.value('service.refreshAll', {});

    expect(statuses.map((s) => s.state)).toEqual(Array(6).fill('connected'));
    // Entra ID asks Microsoft Graph for other scopes: a renewal answers only the scopes asked.
    expect(tokenGrants() - before).toBe(6);
    expect(inFlight.most).toBe(6);
  });

  it.each([
    ['Graph', 'graph', 'managementApi'],
    ['the Management API', 'managementApi', 'graph'],
  ] as const)(
    'two renewals, %s answered first: both tokens are kept on disk and used after a restart',
    async (_, first, second) => {
      await signedInWithTokensDue(['managementApi']);
      // Two clients, each with the authority's metadata, so each renewal below is one request.
      const both = ['graph', 'managementApi'] as const;
      await Promise.all(both.map((serviceId) => f.value('service.refresh', { serviceId })));
      f.emulator.control.setAccessTokenLifetime(3600);
      f.emulator.control.setLatency(150);
      const inFlight = countTokenRequestsInFlight();
      const issuedBefore = f.emulator.control.issuedTokens().length;

      const earlier = f.value('service.refresh', { serviceId: first });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the first is on its way
      const later = f.value('service.refresh', { serviceId: second });
      expect((await Promise.all([earlier, later])).map((s) => s.state)).toEqual([
        'connected',
        'connected',
      ]);
      expect(inFlight.most).toBe(2);

      const renewed = f.emulator.control
        .issuedTokens()
        .slice(issuedBefore)
        .filter((token) => audienceOf(token) !== undefined);
      expect(renewed.map(audienceOf).sort()).toEqual(
        [f.emulator.info.resources.graph.audience, f.emulator.info.resources.managementApi.audience]
          .map((a) => a.replace(/\/$/, ''))
          .sort(),
      );
      const onDisk = await inspectStoreDir(f.storeDir, f.cipher);
      const secrets = Object.values(onDisk.tokenCache?.AccessToken ?? {}).map(
        (entry) => (entry as { secret: string }).secret,
      );
      expect(secrets).toEqual(expect.arrayContaining(renewed));

      f.emulator.control.setLatency(0);
      await f.restart();
      const sent = tokenGrants();
      for (const serviceId of both) {
        expect((await f.value('service.refresh', { serviceId })).state).toBe('connected');
      }
      expect(tokenGrants()).toBe(sent);
    },
  );
});

/** The audience of an access token the emulator issued; undefined for other tokens. */
function audienceOf(token: string): string | undefined {
  const [, payload] = token.split('.');
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      aud?: string;
      scp?: string;
    };
    return claims.scp ? claims.aud?.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}
