/**
 * A cloud whose sign-in addresses are elsewhere: the system browser and device code flows end
 * with `untrusted_browser_url` and the browser is never asked to open anything. Real MSAL and
 * the real emulator, reached through an authority in front of it that forwards every request,
 * so the emulator's own origin (another port) is not the authority's:
 * - device code: the emulator's answer names its own verification URL, as a misconfigured or
 *   tampered sign-in service would;
 * - system browser: MSAL builds the authorize URL from the authority metadata it is given
 *   (msal/authority-metadata.ts, from the cloud catalog, never fetched), so here that metadata
 *   names the emulator's origin for the authorize endpoint, as a wrong catalog entry would.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/index';
import type { EventName } from '../../preload/contract';
import { createDeskCore, type DeskCore } from './desk-core';
import { contractEventSink } from './ipc/event-gate';
import { AesGcmTestCipher } from './testing/aes-gcm-test-cipher';
import { openConfStore } from './testing/conf-store';
import type * as AuthorityMetadata from './msal/authority-metadata';

/** The origin the authority metadata names for the authorize endpoint (the emulator's own). */
const authorizeOrigin = vi.hoisted(() => ({ value: '' }));
vi.mock('./msal/authority-metadata', async (importOriginal) => {
  const real = await importOriginal<typeof AuthorityMetadata>();
  return {
    ...real,
    authorityMetadataOptions: (
      target: Parameters<typeof AuthorityMetadata.authorityMetadataOptions>[0],
    ) => {
      const options = real.authorityMetadataOptions(target);
      const metadata = JSON.parse(options.authorityMetadata!) as Record<string, string>;
      const authorize = new URL(metadata.authorization_endpoint!);
      metadata.authorization_endpoint = `${authorizeOrigin.value}${authorize.pathname}`;
      return { ...options, authorityMetadata: JSON.stringify(metadata) };
    },
  };
});

let emulator: RunningEmulator | undefined;
let core: DeskCore | undefined;
let authority: Server | undefined;
afterEach(async () => {
  await core?.close();
  authority?.closeAllConnections();
  await new Promise((resolve) => (authority ? authority.close(resolve) : resolve(undefined)));
  await emulator?.close();
  core = emulator = authority = undefined;
});

/** An HTTPS authority that forwards every request to the emulator, unchanged. */
async function startForwardingAuthority(dataDir: string, upstream: string): Promise<string> {
  const ca = readFileSync(join(dataDir, 'ca-cert.pem'));
  const tls = {
    cert: readFileSync(join(dataDir, 'server-cert.pem')),
    key: readFileSync(join(dataDir, 'server-key.pem')),
  };
  const server = createServer(tls, (incoming, answer) => {
    const forwarded = request(new URL(incoming.url ?? '/', upstream), {
      method: incoming.method,
      headers: { ...incoming.headers, host: new URL(upstream).host },
      ca,
    });
    forwarded.on('response', async (response) => {
      const body = await text(response);
      answer.writeHead(response.statusCode ?? 502, { 'content-type': 'application/json' });
      answer.end(body);
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  authority = server;
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A core whose sandbox cloud is the forwarding authority, and what it asked the browser. */
async function coreWithMismatchedAuthority() {
  const dataDir = mkdtempSync(join(tmpdir(), 'url-refusal-emu-'));
  emulator = await startEmulator({ port: 0, dataDir, deviceCodeIntervalSeconds: 1 });
  authorizeOrigin.value = emulator.info.url;
  const info = {
    ...emulator.info,
    url: await startForwardingAuthority(dataDir, emulator.info.url),
  };
  const opened: string[] = [];
  const events: EventName[] = [];
  const { store, secrets, notices } = openConfStore(
    mkdtempSync(join(tmpdir(), 'url-refusal-store-')),
  );
  core = createDeskCore({
    host: 'chromium-bridge',
    version: 'test',
    store,
    secrets,
    startupNotices: notices,
    cipher: new AesGcmTestCipher(),
    browser: { open: async (url) => void opened.push(url) },
    events: contractEventSink((name) => events.push(name)),
    sandbox: { ready: async () => info },
    env: {},
    // Without the refusal the flows would wait for a person; this deadline ends them instead.
    signInTimeoutMs: 3000,
  });
  return { core, opened, events, requests: () => emulator!.control.requests() };
}

describe('addresses from the sign-in service that are not its own', () => {
  it('system browser: MSAL’s authorize URL on another host ends the sign-in, nothing opened', async () => {
    const { core, opened, requests } = await coreWithMismatchedAuthority();
    const result = await core.router.dispatch('signIn.interactive', {
      serviceId: 'graph',
      cloud: 'sandbox',
      method: 'system-browser',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'untrusted_browser_url',
      message: expect.stringContaining(`sign-in page on ${new URL(emulator!.info.url).host}`),
    });
    expect(opened).toEqual([]);
    // MSAL built the address from the metadata it was given: it fetched none.
    expect(requests().filter((r) => r.path.includes('openid-configuration'))).toEqual([]);
  });

  it('device code: a verification URL on another host ends the flow before it is shown', async () => {
    const { core, opened, events } = await coreWithMismatchedAuthority();
    const result = await core.router.dispatch('signIn.deviceCode', {
      serviceId: 'graph',
      cloud: 'sandbox',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'untrusted_browser_url',
      message: expect.stringContaining('device code page on'),
    });
    expect(events).not.toContain('signIn.deviceCode');
    expect(opened).toEqual([]);
  });
});
