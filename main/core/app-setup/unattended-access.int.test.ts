/**
 * Unattended access, set up end to end against the sandbox tenant through Graph: a certificate
 * made here, its public part on the app (keyCredentials), application permissions granted with
 * admin consent (appRoleAssignments), SharePoint and Graph connected app-only with it, and
 * renewed (new one on, connection switched, old one off after). The private key is never in a
 * file in the clear, nor in any event.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CertificateFacts } from '../../../preload/contract';
import {
  signInAppOnly,
  startCoreFixture,
  userWithRole,
  type CoreFixture,
} from '../testing/core-fixture';
import { findLeaks, pemSecret, storeHaystacks, transcriptHaystacks } from '../testing/leak-scan';
import { createApp, signInToSetup } from '../testing/setup-helpers';
import {
  appAsGraphSeesIt,
  delegatedOnly,
  setUpUnattended,
  sha1Base64,
  storedCredential,
} from '../testing/unattended-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

describe('unattended access', () => {
  it('a Global Administrator gets SharePoint and Graph connected app-only through a new certificate', async () => {
    f = await startCoreFixture();
    const result = await setUpUnattended(f);

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
    const stored = await storedCredential(f, connectionId);
    const seen = await appAsGraphSeesIt(f, result.clientId);
    expect(seen.keys.map((k) => k.customKeyIdentifier)).toEqual([
      sha1Base64(stored.certificatePem),
    ]);
    expect(seen.keys[0]!.endDateTime).toBe(result.certificate.validTo.replace(/\.\d+Z$/, '.000Z'));
    expect(seen.assignments).toHaveLength(2);
    const read = new X509Certificate(stored.certificatePem);
    expect(read.publicKey.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);
    expect(read.checkPrivateKey(createPrivateKey(stored.privateKeyPem))).toBe(true);

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

  it('renewal: the app rolls its own key (addKey, removeKey) with nobody signed in; switch first, old one off after', async () => {
    f = await startCoreFixture();
    const result = await setUpUnattended(f, 60);
    const connectionId = result.services[0]!.connectionId!;
    const old = await storedCredential(f, connectionId);
    expect(await f.value('appSetup.signOut', {})).toEqual({ signedOut: true });

    const renewed: CertificateFacts = await f.value('appOnly.renewCertificate', {
      connectionId,
      validityDays: 365,
    });
    expect(renewed.thumbprint).not.toBe(result.certificate.thumbprint);
    expect(renewed.daysLeft).toBe(364);
    const fresh = await storedCredential(f, connectionId);
    expect(fresh.privateKeyPem).not.toBe(old.privateKeyPem);
    const seen = await appAsGraphSeesIt(f, result.clientId);
    expect(seen.keys.map((k) => k.customKeyIdentifier)).toEqual([sha1Base64(fresh.certificatePem)]);
    // The app did it itself: addKey, then removeKey only after the services had switched.
    const paths = f.emulator.control.requests().map((r) => r.path);
    const added = paths.findIndex((p) => p.endsWith('/addKey'));
    const removed = paths.findIndex((p) => p.endsWith('/removeKey'));
    expect(added).toBeGreaterThan(-1);
    expect(removed).toBeGreaterThan(added);
    expect(paths.slice(added, removed).filter((p) => p.endsWith('/oauth2/v2.0/token'))).not.toEqual(
      [],
    );
    for (const serviceId of ['graph', 'sharepoint'] as const) {
      expect(await f.value('service.refresh', { serviceId })).toMatchObject({
        state: 'connected',
        connectionId,
      });
    }
  });

  it('renewing a certificate M365 Desk did not put on the app needs the setup sign-in, and says so', async () => {
    f = await startCoreFixture();
    const connectionId = await signInAppOnly(f, 'graph', 'certificate');
    const refused = await f.invoke('appOnly.renewCertificate', { connectionId });
    expect(refused).toMatchObject({
      ok: false,
      code: 'setup_sign_in_required',
      message:
        'Renewing the certificate changes the app registration: sign in to Set up app first.',
    });
    await signInToSetup(f, userWithRole(f, 'Global Administrator').upn);
    const renewed = await f.value('appOnly.renewCertificate', { connectionId });
    expect(await f.value('appOnly.certificate', { connectionId })).toEqual(renewed);
    expect(await f.value('service.refresh', { serviceId: 'graph' })).toMatchObject({
      state: 'connected',
    });
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
    expect((await appAsGraphSeesIt(f, app.clientId)).keys).toEqual([]);
  });
});
