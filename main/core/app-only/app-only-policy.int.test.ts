/**
 * An app-only credential (client secret, private key) outlives any token, so it follows the
 * keystore policy exactly as refresh tokens do: on disk only when the policy keeps sign-ins,
 * otherwise in memory for the session, and after a restart the connection says why it needs a
 * sign-in. Real msal-node against the emulator; the store is read as an attacker would.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppOnlyCredential } from '../../../preload/contract';
import { BasicTextCipher } from '../testing/basic-text-cipher';
import { confStore } from '../testing/conf-store';
import { startCoreFixture, valueOf, type CoreFixture } from '../testing/core-fixture';
import { everythingOnDisk } from '../testing/store-inspector';

let f: CoreFixture;
afterEach(async () => f?.close());

const app = () => f.emulator.info.confidentialClient;
const secret = () => ({ kind: 'secret' as const, secret: app().secret });
const certificate = () => ({
  kind: 'certificate' as const,
  certificatePem: readFileSync(app().certFile, 'utf8'),
  privateKeyPem: readFileSync(app().keyFile, 'utf8'),
});
const keyBody = () =>
  readFileSync(app().keyFile, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('');

const connectGraph = async (credential: AppOnlyCredential) =>
  await f.value('signIn.appOnly', {
    serviceId: 'graph',
    cloud: 'sandbox',
    tenant: f.emulator.info.tenantId,
    clientId: app().clientId,
    credential,
  });
const refreshGraph = async () => await f.value('service.refresh', { serviceId: 'graph' });

const optIn = (keep: boolean) =>
  f.invoke('settings.keystore.set', { keepSignInsWithoutKeystore: keep });

describe('app-only credentials under the keystore policy', () => {
  it('without a keystore: the secret works this session, is never written, and a restart asks for it again', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    expect((await connectGraph(secret())).state).toBe('connected');
    expect(await everythingOnDisk(f.storeDir, cipher)).not.toContain(app().secret);
    expect((await refreshGraph()).state).toBe('connected'); // kept in memory for the session

    await f.restart(cipher);
    expect(await refreshGraph()).toMatchObject({
      state: 'needs-sign-in',
      problem: { code: 'tokens_not_kept' },
    });
  });

  it('without a keystore: a private key is never written either', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    expect((await connectGraph(certificate())).state).toBe('connected');
    const onDisk = (await everythingOnDisk(f.storeDir, cipher)).replace(/\\n|\s/g, '');
    expect(onDisk).not.toContain(keyBody().slice(0, 64));
  });

  it('opting in keeps the session’s credential; withdrawing the opt-in takes it off the disk', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    await connectGraph(secret());
    valueOf(await optIn(true));
    expect(await everythingOnDisk(f.storeDir, cipher)).toContain(app().secret);
    await f.restart(cipher);
    expect((await refreshGraph()).state).toBe('connected');

    valueOf(await optIn(false));
    expect(await everythingOnDisk(f.storeDir, cipher)).not.toContain(app().secret);
    expect((await refreshGraph()).state).toBe('connected'); // still usable this session
  });

  it('a credential an older version wrote without the policy’s leave is removed at start-up', async () => {
    f = await startCoreFixture();
    const cipher = new BasicTextCipher();
    await f.restart(cipher);
    valueOf(await optIn(true));
    await connectGraph(secret());
    // What an older version left: the secret in the vault, and no opt-in.
    confStore(f.storeDir).delete('keepSignInsWithoutKeystore');
    expect(await everythingOnDisk(f.storeDir, cipher)).toContain(app().secret);

    await f.restart(cipher);
    await f.value('app.info', {}); // answered after start-up clean-up
    expect(await everythingOnDisk(f.storeDir, cipher)).not.toContain(app().secret);
    expect(await refreshGraph()).toMatchObject({
      state: 'needs-sign-in',
      problem: { code: 'tokens_not_kept' },
    });
    // The connection itself (name, app, services) is kept: only the credential went.
    expect(await f.value('accounts.list', {})).toMatchObject([{ services: ['graph'] }]);
  });

  it('with a secure keystore the secret is kept (encrypted) and the connection survives a restart', async () => {
    f = await startCoreFixture();
    await connectGraph(secret());
    await f.restart();
    expect((await refreshGraph()).state).toBe('connected');
  });
});
