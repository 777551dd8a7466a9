/**
 * Opening PFX files: what real tools write still opens, and a file that asks for more key
 * derivation than M365 Desk accepts is refused before any derivation runs. The refused files
 * ask for 2^31-1 iterations: deriving that in node-forge takes from half an hour (the MAC) to
 * hours (PBKDF2), so these tests finish only because the refusal comes first; the spies on every
 * node-forge key derivation make the same point directly.
 */
import forge from 'node-forge';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../errors/to-problem';
import { craftedPfxBase64, type CraftedPfxOptions } from '../testing/crafted-pfx';
import { testCertificate, toPfxBase64 } from '../testing/test-certificate';
import { pemFromPfx } from './pfx-credential';
import { MAX_PFX_DERIVATION_COST } from './pfx-iteration-bound';

const bound = Number(MAX_PFX_DERIVATION_COST);
const grouped = (n: number) => n.toLocaleString('en-US');

const password = 'Export-Pass-1';
const huge = 2 ** 31 - 1;
const day = 86_400_000;
let pair: { certificatePem: string; privateKeyPem: string };

beforeAll(async () => {
  pair = await testCertificate(new Date(Date.now() - day), new Date(Date.now() + 365 * day));
});
afterEach(() => vi.restoreAllMocks());

/** Every key derivation node-forge can run while opening a PFX. */
function watchDerivations() {
  return [
    vi.spyOn(forge.pkcs12, 'generateKey'),
    vi.spyOn(forge.pkcs5, 'pbkdf2'),
    vi.spyOn(
      (forge.pki as unknown as { pbe: { generatePkcs12Key: () => unknown } }).pbe,
      'generatePkcs12Key',
    ),
  ];
}

const normalize = (pem: string) => pem.replace(/\r?\n/g, '\n').trim();
const opens = (pfx: string) =>
  expect(normalize(pemFromPfx(pfx, password).certificatePem)).toBe(normalize(pair.certificatePem));

function refusal(pfx: string, pass = password): ProblemError {
  try {
    pemFromPfx(pfx, pass);
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('the PFX was opened');
}

const openssl: Omit<CraftedPfxOptions, 'password'> = {
  macIterations: 2048,
  key: { iterations: 2048 },
  certificateSafe: { iterations: 2048 },
};

describe('pemFromPfx: files real tools write', () => {
  it('opens a PFX as node-forge writes it (2048 for MAC and key, AES-256)', () => {
    opens(toPfxBase64(pair, password));
  });

  it('opens an OpenSSL 3 layout: 2048 everywhere, PBES2, certificates in an encrypted safe', () => {
    opens(craftedPfxBase64(pair, { password, ...openssl }));
  });

  it('opens a Windows layout: 2000 everywhere with the legacy PKCS#12 3DES scheme', () => {
    const legacy = { iterations: 2000, scheme: 'pkcs12-3des' } as const;
    opens(
      craftedPfxBase64(pair, {
        password,
        macIterations: 2000,
        key: legacy,
        certificateSafe: legacy,
      }),
    );
  });

  it('opens a Java keytool layout: 10,000 for MAC, key and certificates', () => {
    const java = { iterations: 10_000 };
    opens(
      craftedPfxBase64(pair, { password, macIterations: 10_000, key: java, certificateSafe: java }),
    );
  });

  it('opens a file at exactly the bound, the key inside the encrypted safe (weighed twice)', () => {
    const quarter = { iterations: bound / 4 };
    opens(
      craftedPfxBase64(pair, {
        password,
        macIterations: bound / 4,
        key: quarter,
        certificateSafe: quarter,
        keyInsideCertificateSafe: true,
      }),
    );
  });
});

describe('pemFromPfx: refused before any key derivation', () => {
  const cases: Array<[string, Omit<CraftedPfxOptions, 'password'>, string]> = [
    ['the MAC', { ...openssl, macIterations: huge }, `${grouped(huge)} iterations to derive`],
    ['the MAC, beyond 32 bits', { ...openssl, macIterations: 2n ** 40n }, '1,099,511,627,776'],
    ['the key bag (PBES2)', { ...openssl, key: { iterations: huge } }, grouped(huge)],
    [
      'the key bag (PKCS#12 3DES)',
      { ...openssl, key: { iterations: huge, scheme: 'pkcs12-3des' } },
      grouped(huge),
    ],
    [
      'the encrypted certificate safe',
      { ...openssl, certificateSafe: { iterations: huge } },
      grouped(huge),
    ],
    [
      'all parts together, each under the bound',
      { macIterations: bound / 2 + 1, key: { iterations: bound / 2 }, certificateSafe: 'plain' },
      `${grouped(bound + 1)} iterations in all`,
    ],
    [
      'a key bag under PBKDF2-HMAC-SHA512, which weighs three times',
      { ...openssl, key: { iterations: Math.floor(bound / 3) + 1, scheme: 'pbes2-sha512' } },
      grouped(Math.floor(bound / 3) + 1),
    ],
    [
      'an encrypted safe, which weighs twice',
      { ...openssl, certificateSafe: { iterations: bound / 2 + 1 } },
      grouped(bound / 2 + 1),
    ],
  ];

  it.each(cases)('a count too large in %s', (_, options, asked) => {
    const pfx = craftedPfxBase64(pair, { password, ...options });
    const derivations = watchDerivations();
    const error = refusal(pfx);
    expect(error.code).toBe('invalid_certificate');
    expect(error.message).toMatch(/^This PFX file asks for [\d,]+ iterations/);
    expect(error.message).toContain(`asks for ${asked}`);
    expect(error.message).toMatch(/from its password, more than M365 Desk accepts\.$/);
    expect(error.hint).toMatch(/^Export it again .*Windows.*OpenSSL.*Key Vault.*PEM/);
    for (const derivation of derivations) expect(derivation).not.toHaveBeenCalled();
  });

  it('a key bag hidden inside the encrypted safe is refused before its own derivation', () => {
    const pfx = craftedPfxBase64(pair, {
      password,
      ...openssl,
      key: { iterations: huge },
      keyInsideCertificateSafe: true,
    });
    const error = refusal(pfx);
    expect(error.code).toBe('invalid_certificate');
    expect(error.message).toContain(`asks for ${grouped(huge)} iterations to derive a key`);
  });
});

describe('pemFromPfx: other failures keep their messages', () => {
  it('a damaged file could not be read', () => {
    const good = toPfxBase64(pair, password);
    for (const damaged of [good.slice(0, good.length / 2), 'bm90IGEgcGZ4', '']) {
      expect(refusal(damaged)).toMatchObject({
        code: 'invalid_certificate',
        message: 'The PFX file could not be read.',
      });
    }
  });

  it('a wrong password is named as such', () => {
    expect(refusal(craftedPfxBase64(pair, { password, ...openssl }), 'wrong').message).toBe(
      'The PFX password is wrong.',
    );
  });
});
