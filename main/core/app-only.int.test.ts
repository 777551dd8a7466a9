/**
 * App-only sign-in (client credentials) with the real msal-node ConfidentialClientApplication
 * against the emulator: certificate and secret, what is refused before anything is sent, and
 * connections that survive a restart without the credential ever being stored in plain text.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppOnlyCredential, ServiceId } from '../../preload/contract';
import { inspectStoreDir } from './testing/store-inspector';
import { testCertificate, toPfxBase64 } from './testing/test-certificate';
import { startCoreFixture, valueOf, type CoreFixture } from './testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const app = () => f.emulator.info.confidentialClient;
const certificate = () => ({
  kind: 'certificate' as const,
  certificatePem: readFileSync(app().certFile, 'utf8'),
  privateKeyPem: readFileSync(app().keyFile, 'utf8'),
});
const connect = (
  serviceId: ServiceId,
  credential: AppOnlyCredential,
  extra: Record<string, string> = {},
) =>
  f.invoke('signIn.appOnly', {
    serviceId,
    cloud: 'sandbox',
    tenant: f.emulator.info.tenantId,
    clientId: app().clientId,
    credential,
    ...extra,
  });
const tokenRequests = () =>
  f.emulator.control.requests().filter((r) => r.path.endsWith('/token')).length;

describe('app-only sign-in', () => {
  it('with a certificate: Graph connects with an app-only token and probes the organization', async () => {
    f = await startCoreFixture();
    const status = valueOf(await connect('graph', certificate()));
    expect(status).toMatchObject({
      state: 'connected',
      tokenDetails: { tokenType: 'app-only', audience: 'https://graph.microsoft.com' },
      probe: { status: 200, request: 'GET /v1.0/organization' },
    });
    expect(status.tokenDetails?.roles).toContain('Organization.Read.All');
  });

  it('with a certificate, SharePoint connects; a secret is refused before any request', async () => {
    f = await startCoreFixture();
    const siteUrl = f.emulator.info.sharepoint.rootUrl;
    const before = tokenRequests();
    expect(
      await connect('sharepoint', { kind: 'secret', secret: app().secret }, { siteUrl }),
    ).toMatchObject({
      ok: false,
      code: 'sharepoint_refuses_secrets',
    });
    expect(tokenRequests()).toBe(before);
    const status = valueOf(await connect('sharepoint', certificate(), { siteUrl }));
    expect(status).toMatchObject({
      state: 'connected',
      probe: { status: 200 },
      tokenDetails: { tokenType: 'app-only' },
    });
  });

  it('with a secret, survives a restart, and the secret is never on disk in plain text', async () => {
    f = await startCoreFixture();
    valueOf(await connect('graph', { kind: 'secret', secret: app().secret }));
    await f.restart();
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status).toMatchObject({ state: 'connected', probe: { status: 200 } });
    const { rawFiles } = await inspectStoreDir(f.storeDir, { backend: async () => 'x' } as never);
    expect(rawFiles.includes(app().secret)).toBe(false);
  });

  it.each([
    ['a wrong secret', { kind: 'secret' as const, secret: 'not-the-secret' }, 'AADSTS7000215'],
    ['Viva Engage (no application permissions)', null, 'app_only_not_supported'],
  ])('refuses %s with a clear code', async (_what, credential, code) => {
    f = await startCoreFixture();
    const serviceId: ServiceId = credential ? 'graph' : 'vivaEngage';
    expect(await connect(serviceId, credential ?? { kind: 'secret', secret: 's' })).toMatchObject({
      ok: false,
      code,
    });
  });

  it('with a PFX file and its password; a wrong password or an expired PFX is refused plainly', async () => {
    f = await startCoreFixture();
    const pair = certificate();
    const wrong = await connect('graph', {
      kind: 'pfx',
      pfxBase64: toPfxBase64(pair, 'Right-Pass-1'),
      password: 'wrong',
    });
    expect(wrong).toMatchObject({ ok: false, message: 'The PFX password is wrong.' });
    const garbage = await connect('graph', {
      kind: 'pfx',
      pfxBase64: 'bm90IGEgcGZ4',
      password: '',
    });
    expect(garbage).toMatchObject({ ok: false, message: 'The PFX file could not be read.' });
    const expired = await testCertificate(new Date('2023-01-01'), new Date('2024-01-01'));
    expect(
      await connect('graph', { kind: 'pfx', pfxBase64: toPfxBase64(expired, 'p'), password: 'p' }),
    ).toMatchObject({
      ok: false,
      message: 'The certificate expired on 2024-01-01 (it was valid from 2023-01-01).',
    });
    const status = valueOf(
      await connect('graph', {
        kind: 'pfx',
        pfxBase64: toPfxBase64(pair, 'Right-Pass-1'),
        password: 'Right-Pass-1',
      }),
    );
    expect(status).toMatchObject({ state: 'connected', tokenDetails: { tokenType: 'app-only' } });
  });

  it('refuses an expired certificate with its dates, and a key that does not belong to it', async () => {
    f = await startCoreFixture();
    const expired = await testCertificate(new Date('2023-01-01'), new Date('2024-01-01'));
    const result = await connect('graph', { kind: 'certificate', ...expired });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_certificate',
      message: 'The certificate expired on 2024-01-01 (it was valid from 2023-01-01).',
    });
    const other = await testCertificate(new Date('2020-01-01'), new Date('2099-01-01'));
    expect(
      await connect('graph', {
        kind: 'certificate',
        certificatePem: certificate().certificatePem,
        privateKeyPem: other.privateKeyPem,
      }),
    ).toMatchObject({ ok: false, message: 'The private key does not belong to this certificate.' });
  });

  it('needs a specific tenant, not "organizations"', async () => {
    f = await startCoreFixture();
    const result = await f.invoke('signIn.appOnly', {
      serviceId: 'graph',
      cloud: 'sandbox',
      tenant: 'organizations',
      clientId: app().clientId,
      credential: certificate(),
    });
    expect(result).toMatchObject({ ok: false, code: 'tenant_required' });
  });
});
