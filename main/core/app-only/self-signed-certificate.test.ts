import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateFactsOf } from './certificate-facts';
import { checkValidityDays, createSelfSignedCertificate } from './self-signed-certificate';

describe('the certificate M365 Desk makes for unattended access', () => {
  it('is RSA 2048, SHA-256, self-signed, valid for the days chosen, and its key belongs to it', async () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const made = await createSelfSignedCertificate({
      commonName: 'Nightly, reports',
      now,
      validityDays: 90,
    });
    const read = new X509Certificate(made.certificatePem);
    expect(read.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(read.issuer).toBe(read.subject);
    expect(read.verify(read.publicKey)).toBe(true);
    expect(read.checkPrivateKey(createPrivateKey(made.privateKeyPem))).toBe(true);
    expect(read.subject).toBe('CN=Nightly  reports');
    expect(read.ca).toBe(false);
    // SHA-256 with RSA: the signature algorithm's OID in the DER (1.2.840.113549.1.1.11).
    expect(read.raw.includes(Buffer.from('2a864886f70d01010b', 'hex'))).toBe(true);
    expect(made.validTo.getTime() - made.validFrom.getTime()).toBe(90 * 86_400_000);
    expect(made.thumbprintSha256).toBe(read.fingerprint256.replace(/:/g, ''));
    expect(made.thumbprint).toBe(read.fingerprint.replace(/:/g, ''));
  });

  it('warns from 30 days before it expires', async () => {
    const made = await createSelfSignedCertificate({ commonName: 'x', validityDays: 60 });
    const in29Days = new Date(made.validTo.getTime() - 29 * 86_400_000 - 1000);
    const in31Days = new Date(made.validTo.getTime() - 31 * 86_400_000 - 1000);
    expect(certificateFactsOf(made.certificatePem, in31Days)).toMatchObject({
      daysLeft: 31,
      expiresSoon: false,
    });
    expect(certificateFactsOf(made.certificatePem, in29Days)).toMatchObject({
      daysLeft: 29,
      expiresSoon: true,
    });
  });

  it.each([0, 29, 731, 1.5, Number.NaN])(
    'refuses a validity of %s days, saying what to type',
    (days) => {
      expect(() => checkValidityDays(days)).toThrow(/30 to 730 days/);
    },
  );
});
