/**
 * Certificates for app-only sign-in that are refused before anything is sent, each with the
 * words a person sees and what to give instead. Every certificate and key here is made for the
 * test (none is checked in). A refusal is thrown before anything is kept, so the dialog keeps
 * what was typed and the store is untouched (app-only-inputs.bad-input.test.ts shows that end
 * to end). EC keys are refused: Entra signs client assertions with RSA only (RS256 / PS256).
 */
import { createPrivateKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppOnlyCredential } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import { craftedPfxBase64 } from '../testing/crafted-pfx';
import { testCertificateAuthority } from '../testing/test-certificate-authority';
import { testCertificate, toPfxBase64 } from '../testing/test-certificate';
import { certificateFrom } from './app-only-request';

type Pair = { certificatePem: string; privateKeyPem: string };
type Given = Exclude<AppOnlyCredential, { kind: 'secret' }>;

const now = new Date('2025-06-01T12:00:00Z');
const at = (day: string) => new Date(`${day}T00:00:00Z`);
const password = 'Export-Pass-1';
const pfxOptions = {
  password,
  macIterations: 2048,
  key: { iterations: 2048 },
  certificateSafe: 'plain',
} as const;

let valid: Pair, other: Pair, expired: Pair, notYet: Pair, ec: Pair, caPem: string;
beforeAll(async () => {
  [valid, other, expired, notYet, ec] = await Promise.all([
    testCertificate(at('2025-01-01'), at('2026-01-01')),
    testCertificate(at('2025-01-01'), at('2026-01-01')),
    testCertificate(at('2024-01-01'), at('2025-01-01')),
    testCertificate(at('2025-07-01'), at('2026-07-01')),
    testCertificate(at('2025-01-01'), at('2026-01-01'), 'ec'),
  ]);
  caPem = (await testCertificateAuthority()).certificatePem;
});

const pem = (pair: Pair): Given => ({ kind: 'certificate', ...pair });
const pfx = (pfxBase64: string, pass = password): Given => ({
  kind: 'pfx',
  pfxBase64,
  password: pass,
});
const encrypted = (pair: Pair, type: 'pkcs8' | 'pkcs1') =>
  createPrivateKey(pair.privateKeyPem)
    .export({ type, format: 'pem', cipher: 'aes-256-cbc', passphrase: 'key-pass' })
    .toString();

const rsaOnly = 'Create a certificate with an RSA key (2048 bits or more)';
const newCertificate = 'Create a new certificate, upload it to the app registration';
const matchingKey = 'Give the key that was created with this certificate';
const decrypt = 'Decrypt it first (openssl pkey -in key.pem -out plain-key.pem)';
const encryptedKey =
  'The private key is encrypted with a password, which M365 Desk does not ask for with PEM text.';

/** [what was given, how it is built, the message, a part of the hint]. */
const rows: Array<[string, () => Given, string, string]> = [
  [
    'an expired certificate',
    () => pem(expired),
    'The certificate expired on 2025-01-01 (it was valid from 2024-01-01).',
    newCertificate,
  ],
  [
    'an expired certificate in a PFX',
    () => pfx(toPfxBase64(expired, password)),
    'The certificate expired on 2025-01-01 (it was valid from 2024-01-01).',
    newCertificate,
  ],
  [
    'a certificate not valid yet',
    () => pem(notYet),
    'The certificate is not valid until 2025-07-01 (valid to 2026-07-01).',
    'Check this computer’s date and time',
  ],
  [
    'an encrypted PKCS#8 key without its password',
    () => pem({ ...valid, privateKeyPem: encrypted(valid, 'pkcs8') }),
    encryptedKey,
    decrypt,
  ],
  [
    'an encrypted traditional RSA key without its password',
    () => pem({ ...valid, privateKeyPem: encrypted(valid, 'pkcs1') }),
    encryptedKey,
    'or give the certificate and key as a .pfx file with its password.',
  ],
  [
    'a PFX with a wrong password',
    () => pfx(toPfxBase64(valid, password), 'Export-Pass-2'),
    'The PFX password is wrong.',
    'Type the password the file was exported with.',
  ],
  [
    'a PFX without the password it was exported with',
    () => pfx(toPfxBase64(valid, password), ''),
    'The PFX password is wrong.',
    'Type the password the file was exported with.',
  ],
  [
    'an EC key as PEM',
    () => pem(ec),
    'This is an EC (elliptic curve) key; Entra ID accepts only RSA keys for app-only sign-in.',
    rsaOnly,
  ],
  [
    'an EC key in a PFX',
    () => pfx(craftedPfxBase64(ec, pfxOptions)),
    'This is an EC (elliptic curve) key; Entra ID accepts only RSA keys for app-only sign-in.',
    rsaOnly,
  ],
  [
    'a PFX without a private key',
    () => pfx(craftedPfxBase64(valid, { ...pfxOptions, withoutKey: true })),
    'The PFX file has no private key.',
    'Export the certificate again with “Yes, export the private key”.',
  ],
  [
    'a PFX without a certificate',
    () => pfx(craftedPfxBase64(valid, { ...pfxOptions, certificates: [] })),
    'The PFX file has no certificate.',
    'Export it again with its certificate and private key',
  ],
  [
    'a key that does not match the certificate',
    () => pem({ ...valid, privateKeyPem: other.privateKeyPem }),
    'The private key does not belong to this certificate.',
    matchingKey,
  ],
  [
    'a PFX whose key matches none of its certificates',
    () => pfx(craftedPfxBase64(valid, { ...pfxOptions, certificates: [other.certificatePem] })),
    'The private key does not belong to this certificate.',
    matchingKey,
  ],
  [
    'an RSA key with an EC certificate',
    () => pem({ ...ec, privateKeyPem: valid.privateKeyPem }),
    'The private key does not belong to this certificate.',
    matchingKey,
  ],
  [
    'a chain with the leaf not first',
    () => pem({ ...valid, certificatePem: `${caPem}\n${valid.certificatePem}` }),
    'The certificate that belongs to the private key is number 2 of the 2 given; it must come first.',
    'Put the app’s own certificate (the one uploaded to the app registration) first',
  ],
  [
    'a chain without the key’s certificate',
    () => pem({ ...valid, certificatePem: `${caPem}\n${other.certificatePem}` }),
    'The private key belongs to none of these certificates.',
    matchingKey,
  ],
  [
    'the key in the certificate field',
    () => pem({ certificatePem: valid.privateKeyPem, privateKeyPem: valid.privateKeyPem }),
    'The certificate field holds a private key.',
    'Put the certificate (-----BEGIN CERTIFICATE-----) here',
  ],
  [
    'the certificate in the key field',
    () => pem({ ...valid, privateKeyPem: valid.certificatePem }),
    'The private key field holds a certificate.',
    'Put the private key (-----BEGIN PRIVATE KEY-----) here',
  ],
  [
    'text that is no certificate',
    () => pem({ ...valid, certificatePem: 'MIIB…' }),
    'The certificate could not be read.',
    'Give the certificate as PEM text',
  ],
  [
    'a damaged PFX',
    () => pfx(toPfxBase64(valid, password).slice(0, 400)),
    'The PFX file could not be read.',
    'or give PEM text instead.',
  ],
];

function refusal(given: Given): ProblemError {
  try {
    certificateFrom(given, now);
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('the certificate was accepted');
}

describe('certificates that are refused, with what to give instead', () => {
  it.each(rows)('%s', (_, given, message, hint) => {
    const error = refusal(given());
    expect(error).toMatchObject({ code: 'invalid_certificate', message });
    expect(error.hint).toContain(hint);
  });
});

describe('certificates that are accepted', () => {
  it('an RSA pair valid today, as PEM (with Windows line ends) or as a PFX', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const thumbprint = certificateFrom(pem(valid), now).thumbprintSha256;
    expect(
      certificateFrom(
        pem({
          certificatePem: crlf(valid.certificatePem),
          privateKeyPem: crlf(valid.privateKeyPem),
        }),
        now,
      ).thumbprintSha256,
    ).toBe(thumbprint);
    expect(certificateFrom(pfx(toPfxBase64(valid, password)), now).thumbprintSha256).toBe(
      thumbprint,
    );
  });

  it('a PFX whose chain has the leaf last: its order is the exporter’s, so the key’s certificate is used', () => {
    const reversed = craftedPfxBase64(valid, {
      ...pfxOptions,
      certificates: [caPem, valid.certificatePem],
    });
    const checked = certificateFrom(pfx(reversed), now);
    expect(checked.thumbprintSha256).toBe(certificateFrom(pem(valid), now).thumbprintSha256);
  });
});
