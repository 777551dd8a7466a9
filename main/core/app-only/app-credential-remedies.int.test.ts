/**
 * When Entra refuses an app-only credential, the way out the panel offers: AADSTS700027 (the
 * certificate is not on the app) with "Add this certificate to the app", AADSTS7000222 (the
 * secret expired) with "Create a new secret" (kept in main, never shown), and the certificate
 * exported as a password-protected PFX only when asked, to the file the person picks.
 */
import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInAppOnly,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import { findLeaks, storeHaystacks, textSecret, transcriptHaystacks } from '../testing/leak-scan';
import { signInToSetup } from '../testing/setup-helpers';
import {
  removeAllCertificates,
  setUpUnattended,
  storedCredential,
} from '../testing/unattended-helpers';

let f: CoreFixture;
afterEach(async () => f?.close());

describe('an app-only credential Entra refuses, and export', () => {
  it('a certificate missing from the app is AADSTS700027, and "Add this certificate to the app" fixes it', async () => {
    f = await startCoreFixture();
    const result = await setUpUnattended(f);
    const connectionId = result.services[0]!.connectionId!;
    await removeAllCertificates(f, result.clientId);
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
    const { secret } = await storedCredential(f, connectionId);
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
    const result = await setUpUnattended(f);
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
});
