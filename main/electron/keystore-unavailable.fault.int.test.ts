/**
 * The OS keystore behind Electron's `safeStorage` (through the app's own port,
 * safe-storage-cipher.ts, on the shell's typed stand-in) is unavailable when the app starts,
 * or turns unusable while it runs (a keyring locked after start-up, encryption refused). Sign-ins
 * work for the session, the person is told once that they are kept for this session only,
 * nothing is ever written in the clear, and what the store held before stays as it was: the
 * keystore's return finds it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectStoreKeeps, noticeListsSent, noticesOf } from '../core/faults/store-fault-steps';
import { keptInStore } from '../core/testing/kept-in-store';
import { inspectStoreDir } from '../core/testing/store-inspector';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../core/testing/core-fixture';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { safeStorage } from './stand-in/electron-stand-in';

let f: CoreFixture;
const cipher = createSafeStorageCipher('linux');
/** What the store holds, its token caches as they are: nothing may be rewritten. */
const storeNow = () => keptInStore({ storeDir: f.storeDir, cipher }, { wholeTokenCaches: true });

beforeEach(() => Object.assign(safeStorage, { available: true, refusing: false }));
afterEach(async () => f?.close());

/**
 * A store an earlier session kept, with the keystore working: the admin's Graph sign-in. With
 * `tokenLifetime`, the emulator issues tokens that short (under five minutes, MSAL renews a
 * token on every use, and saves the renewal).
 */
async function earlierSession(tokenLifetime?: number) {
  f = await startCoreFixture();
  if (tokenLifetime) f.emulator.control.setAccessTokenLifetime(tokenLifetime);
  await f.restart(cipher);
  const admin = userWithRole(f, 'Global Administrator').upn;
  expect(valueOf(await signInByDeviceCode(f, 'graph', admin)).state).toBe('connected');
  return storeNow();
}

/** Signs the plain user in to Entra and Management, which this session cannot save. */
async function signInsThisSession() {
  const user = userWithRole(f, null).upn;
  const entra = valueOf(await signInByDeviceCode(f, 'entra', user));
  expect(entra.state).toBe('connected');
  const management = await f.value('service.useAccount', {
    serviceId: 'managementApi',
    connectionId: entra.connectionId!,
  });
  expect(management.state).not.toBe('error');
  return entra.connectionId!;
}

/** No token the emulator issued is anywhere in the store's files, as they are. */
async function expectNoTokenInTheClear(issuedBefore: number) {
  // Unlocked, to read the sealed records; the raw files are read as they are.
  Object.assign(safeStorage, { available: true, refusing: false });
  const issued = f.emulator.control.issuedTokens().slice(issuedBefore);
  expect(issued.length).toBeGreaterThan(0);
  const raw = (await inspectStoreDir(f.storeDir, cipher)).rawFiles;
  for (const token of issued) expect(raw).not.toContain(token);
}

async function expectToldOnce() {
  // The window was told when it happened, once (it then reads app.info again).
  const sent: string[][] = [];
  await vi.waitFor(() => {
    sent.push(...noticeListsSent(f).filter((codes) => codes.includes('keystore_unavailable')));
    expect(sent).toHaveLength(1);
  });
  const told = await noticesOf(f, 'keystore_unavailable');
  expect(told).toHaveLength(1);
  expect(told[0]!.message).toMatch(/for this session only/);
  const info = await f.value('app.info', {});
  expect(info.tokenStorage).toContain('kept for this session only');
}

describe('fault: encryption unavailable when the app starts', () => {
  it('signs in for the session, says so once, writes nothing in the clear, and keeps what an earlier session saved', async () => {
    const before = await earlierSession();
    const issued = f.emulator.control.issuedTokens().length;

    safeStorage.available = false; // isAsyncEncryptionAvailable() is false from the start
    await f.restart(cipher);
    const entra = await signInsThisSession();
    await f.value('accounts.rename', { connectionId: entra, name: 'Helpdesk' });
    await expectToldOnce();
    // The earlier session's sign-in cannot be read without the keystore: said on its panel.
    safeStorage.available = false;
    const graph = await f.value('service.refresh', { serviceId: 'graph' });
    expect(graph.problem?.code).toBe('keystore_unavailable');

    await expectNoTokenInTheClear(issued);
    const now = await storeNow();
    expectStoreKeeps(now, before);
    expect(now.secrets).toEqual(before.secrets); // nothing moved aside, dropped or rewritten

    // The keystore back: the earlier sign-in works again, as it was.
    await f.restart(cipher);
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
      probe: { status: 200 },
    });
  });
});

describe('fault: the keystore locked after start-up', () => {
  it.each([
    ['encryption turns unavailable', { available: false }],
    ['encryption is refused (a keyring locked)', { refusing: true }],
  ])(
    '%s: sign-ins and renewals carry on for the session, said once, nothing in the clear',
    async (_, locked) => {
      const before = await earlierSession(60);
      const issued = f.emulator.control.issuedTokens().length;
      const renewals = () =>
        f.emulator.control.requests().filter((r) => r.grantType === 'refresh_token').length;
      const renewedBefore = renewals();

      Object.assign(safeStorage, locked);
      const renewed = await f.value('service.refresh', { serviceId: 'graph' });
      expect(renewed).toMatchObject({ state: 'connected', probe: { status: 200 } });
      expect(renewals()).toBeGreaterThan(renewedBefore); // a renewal it could not save
      await signInsThisSession();
      expect((await f.value('service.refresh', { serviceId: 'graph' })).state).toBe('connected');
      Object.assign(safeStorage, locked);
      await expectToldOnce();

      await expectNoTokenInTheClear(issued);
      const now = await storeNow();
      expectStoreKeeps(now, before);
      expect(now.secrets).toEqual(before.secrets);
    },
  );
});
