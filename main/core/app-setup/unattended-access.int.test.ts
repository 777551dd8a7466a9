/**
 * Unattended access, set up end to end against the sandbox tenant through Graph: a certificate
 * made here, its public part on the app (keyCredentials), application permissions granted with
 * admin consent (appRoleAssignments), SharePoint and Graph connected app-only with it, renewed
 * (new one on, connection switched, old one off), and put back when Entra says it is missing.
 * The private key is never in a file in the clear, nor in any event.
 */
import { X509Certificate, createHash } from 'node:crypto';
import forge from 'node-forge';
import { afterEach, describe, expect, it } from 'vitest';
import type { CertificateFacts, UnattendedResult } from '../../../preload/contract';
import {
  signInAppOnly,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import {
  findLeaks,
  pemSecret,
  storeHaystacks,
  textSecret,
  transcriptHaystacks,
} from '../testing/leak-scan';
import { createApp, graphAs, signInToSetup } from '../testing/setup-helpers';
import { inspectStoreDir } from '../testing/store-inspector';

let f: CoreFixture;
afterEach(async () => f?.close());

const delegatedOnly = [
  { serviceId: 'graph' as const, level: 'minimal' as const, includeApplication: false },
  { serviceId: 'sharepoint' as const, level: 'minimal' as const, includeApplication: false },
];

async function setUp(validityDays = 365): Promise<UnattendedResult> {
  await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
  const app = await createApp(f, { services: delegatedOnly, displayName: 'Nightly reports' });
  return f.value('appSetup.unattended', {
    clientId: app.clientId,
    services: [
      { serviceId: 'sharepoint', level: 'minimal' },
      { serviceId: 'graph', level: 'minimal' },
    ],
    validityDays,
    siteUrl: f.emulator.info.sharepoint.rootUrl,
  });
}

/** What Graph says the app has: its certificates' SHA-1 ids and its application permissions. */
async function appAsGraphSeesIt(clientId: string) {
  const admin = await graphAs(f, userWithRole(f, 'Global Administrator').upn);
  try {
    const app = (await admin.graph.applicationByAppId(clientId))!;
    const sp = (await admin.graph.servicePrincipalByAppId(clientId))!;
    return {
      keys: await admin.graph.keyCredentials(app.id),
      assignments: await admin.graph.appRoleAssignments(sp.id),
      setKeys: (keys: []) => admin.graph.setKeyCredentials(app.id, keys),
    };
  } finally {
    admin.close();
  }
}

const sha1Base64 = (pem: string) =>
  createHash('sha1').update(new X509Certificate(pem).raw).digest('base64');

/** The credential the vault holds for the connection, decrypted as an attacker with the key would. */
async function storedCredential(connectionId: string) {
  const { secrets } = await inspectStoreDir(f.storeDir, f.cipher);
  return JSON.parse(secrets[`app-credential:${connectionId}`]!) as {
    privateKeyPem: string;
    certificatePem: string;
  };
}

describe('unattended access', () => {
  it('a Global Administrator gets SharePoint and Graph connected app-only through a new certificate', async () => {
    f = await startCoreFixture();
    const result = await setUp();

    expect(result.granted).toEqual([
      'SharePoint: Sites.Read.All',
      'Microsoft Graph: Organization.Read.All',
    ]);
    expect(result.certificate).toMatchObject({ daysLeft: 364, expiresSoon: false });
    expect(result.certificate.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(result.services.map((s) => [s.serviceId, s.state, s.tokenDetails?.tokenType])).toEqual([
      ['sharepoint', 'connected', 'app-only'],
      ['graph', 'connected', 'app-only'],
    ]);
    const connectionId = result.services[0]!.connectionId!;
    expect(result.services[1]!.connectionId).toBe(connectionId);
    expect(result.services[0]!.tokenDetails?.roles).toEqual(['Sites.Read.All']);

    // On the app: exactly this certificate, and the two application permissions.
    const stored = await storedCredential(connectionId);
    const seen = await appAsGraphSeesIt(result.clientId);
    expect(seen.keys.map((k) => k.customKeyIdentifier)).toEqual([
      sha1Base64(stored.certificatePem),
    ]);
    expect(seen.keys[0]!.endDateTime).toBe(result.certificate.validTo.replace(/\.\d+Z$/, '.000Z'));
    expect(seen.assignments).toHaveLength(2);
    const read = new X509Certificate(stored.certificatePem);
    expect(read.publicKey.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);
    expect(
      read.checkPrivateKey(
        await import('node:crypto').then((c) => c.createPrivateKey(stored.privateKeyPem)),
      ),
    ).toBe(true);

    expect(await f.value('appOnly.certificate', { connectionId })).toEqual(result.certificate);
    // After a restart the connection still signs in with the key from the vault.
    await f.restart();
    expect(await f.value('service.refresh', { serviceId: 'sharepoint' })).toMatchObject({
      state: 'connected',
      probe: { ok: true },
    });

    // The private key is in no file in the clear and in no event.
    const key = pemSecret('the new private key', stored.privateKeyPem);
    expect(findLeaks([key], storeHaystacks(f.storeDir))).toEqual([]);
    const events = f.events.map((e) => `event ${e.name} ${JSON.stringify(e.payload)}`).join('\n');
    expect(findLeaks([key], transcriptHaystacks(events))).toEqual([]);
  });

  it('renewal uploads a new certificate, switches the connection, then takes the old one off the app', async () => {
    f = await startCoreFixture();
    const result = await setUp(60);
    const connectionId = result.services[0]!.connectionId!;
    const old = await storedCredential(connectionId);

    const renewed: CertificateFacts = await f.value('appOnly.renewCertificate', {
      connectionId,
      validityDays: 365,
    });
    expect(renewed.thumbprint).not.toBe(result.certificate.thumbprint);
    expect(renewed.daysLeft).toBe(364);
    const fresh = await storedCredential(connectionId);
    expect(fresh.privateKeyPem).not.toBe(old.privateKeyPem);
    const seen = await appAsGraphSeesIt(result.clientId);
    expect(seen.keys.map((k) => k.customKeyIdentifier)).toEqual([sha1Base64(fresh.certificatePem)]);
    for (const serviceId of ['graph', 'sharepoint'] as const) {
      expect(await f.value('service.refresh', { serviceId })).toMatchObject({
        state: 'connected',
        connectionId,
      });
    }
  });

  it('a certificate missing from the app is AADSTS700027, and "Add this certificate to the app" fixes it', async () => {
    f = await startCoreFixture();
    const result = await setUp();
    const connectionId = result.services[0]!.connectionId!;
    await (await appAsGraphSeesIt(result.clientId)).setKeys([]);
    await f.restart(); // MSAL's token cache of this run would otherwise still answer
    const refused = await f.value('service.refresh', { serviceId: 'graph' });
    expect(refused.problem).toMatchObject({ code: 'AADSTS700027', remedy: 'add-certificate' });

    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    valueOf(await f.invoke('appOnly.addCertificateToApp', { connectionId }));
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
    });
  });

  it('an expired secret is AADSTS7000222, and "Create a new secret" makes one that never leaves main', async () => {
    f = await startCoreFixture();
    const connectionId = await signInAppOnly(f, 'graph', 'secret');
    f.emulator.control.expireClientSecret();
    await f.restart();
    const refused = await f.value('service.refresh', { serviceId: 'graph' });
    expect(refused.problem).toMatchObject({ code: 'AADSTS7000222', remedy: 'create-secret' });

    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    expect(await f.value('appOnly.createSecret', { connectionId })).toEqual({ services: 1 });
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
    });
    const { secrets } = await inspectStoreDir(f.storeDir, f.cipher);
    const { secret } = JSON.parse(secrets[`app-credential:${connectionId}`]!) as { secret: string };
    expect(secret).not.toBe(f.emulator.info.confidentialClient.secret);
    const newSecret = textSecret('the new client secret', secret);
    expect(findLeaks([newSecret], storeHaystacks(f.storeDir))).toEqual([]);
    const events = f.events.map((e) => `event ${e.name} ${JSON.stringify(e.payload)}`).join('\n');
    expect(findLeaks([newSecret], transcriptHaystacks(events))).toEqual([]);
  });

  it('exports a password-protected PFX only when asked, to the file the person picks', async () => {
    const picked: { suggestedName: string; data: Buffer }[] = [];
    f = await startCoreFixture({
      fileSaver: {
        save: async ({ suggestedName, data }) => {
          picked.push({ suggestedName, data: Buffer.from(data) });
          return { saved: true, fileName: `/home/admin/${suggestedName}` };
        },
      },
    });
    const result = await setUp();
    const connectionId = result.services[0]!.connectionId!;
    expect(picked).toEqual([]);
    expect(await f.invoke('appOnly.exportPfx', { connectionId, password: 'short' })).toMatchObject({
      ok: false,
      code: 'weak_pfx_password',
    });
    expect(picked).toEqual([]);
    expect(
      await f.value('appOnly.exportPfx', { connectionId, password: 'correct horse battery' }),
    ).toEqual({ saved: true, fileName: '/home/admin/m365-desk-app.pfx' });
    const p12 = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(picked[0]!.data.toString('binary')),
      'correct horse battery',
    );
    const bags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]!;
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(bags[0]!.cert!)).getBytes();
    const thumbprint = createHash('sha1').update(Buffer.from(der, 'binary')).digest('hex');
    expect(thumbprint.toUpperCase()).toBe(result.certificate.thumbprint);
    expect(() =>
      forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(picked[0]!.data.toString('binary')), 'wrong'),
    ).toThrow();
  });

  it('a plain user is told that application permissions need an administrator, and nothing is made', async () => {
    f = await startCoreFixture();
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const app = await createApp(f, { services: delegatedOnly });
    await signInToSetup(f, userWithRole(f, null).upn);
    const refused = await f.invoke('appSetup.unattended', {
      clientId: app.clientId,
      services: [{ serviceId: 'graph', level: 'minimal' }],
      validityDays: 365,
    });
    expect(refused).toMatchObject({ ok: false, code: 'admin_required' });
    expect((await appAsGraphSeesIt(app.clientId)).keys).toEqual([]);
  });
});
