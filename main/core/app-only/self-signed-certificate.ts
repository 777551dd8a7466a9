/**
 * The certificate M365 Desk makes for unattended (app-only) access: self-signed, an RSA key of
 * 2048 bits or more, signed with SHA-256, valid for the days the person picked. Node's WebCrypto
 * makes the key and signs; @peculiar/x509 (already a dependency) lays out the certificate; Node's
 * X509Certificate reads it back, so what is uploaded is exactly what Entra will match.
 */
import 'reflect-metadata'; // @peculiar/x509's DI container needs the Reflect metadata API
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { ProblemError } from '../errors/to-problem';

x509.cryptoProvider.set(crypto);

const DAY_MS = 86_400_000;
export const DEFAULT_VALIDITY_DAYS = 365;
export const MIN_VALIDITY_DAYS = 30;
export const MAX_VALIDITY_DAYS = 730;

export interface NewCertificate {
  certificatePem: string;
  /** PKCS#8, unencrypted: it goes straight to the vault, never to a file. */
  privateKeyPem: string;
  /** Hex, no colons: what MSAL's client assertion names (`x5t#S256`). */
  thumbprintSha256: string;
  /** Hex SHA-1, upper case: what the Entra admin center, the CLI and PnP PowerShell show. */
  thumbprint: string;
  subject: string;
  validFrom: Date;
  validTo: Date;
}

export interface CertificateOptions {
  /** Goes into `CN=`; e.g. the app's name. */
  commonName: string;
  validityDays?: number;
  modulusLength?: 2048 | 3072 | 4096;
  now?: Date;
}

/** A validity the person typed, or a refusal saying what to type instead. */
export function checkValidityDays(days: number): number {
  if (!Number.isInteger(days) || days < MIN_VALIDITY_DAYS || days > MAX_VALIDITY_DAYS) {
    throw new ProblemError({
      code: 'invalid_validity',
      message: `A certificate can be valid for ${MIN_VALIDITY_DAYS} to ${MAX_VALIDITY_DAYS} days; "${days}" is not one of them.`,
      hint: `Type a whole number of days, for example ${DEFAULT_VALIDITY_DAYS} for one year.`,
    });
  }
  return days;
}

/** Characters that would change the meaning of a distinguished name are left out. */
const safeCommonName = (name: string) =>
  name
    .replace(/[,+="\\<>;#\n\r]/g, ' ')
    .trim()
    .slice(0, 64) || 'M365 Desk';

/** Makes a new key pair and its self-signed certificate. */
export async function createSelfSignedCertificate(
  options: CertificateOptions,
): Promise<NewCertificate> {
  const days = checkValidityDays(options.validityDays ?? DEFAULT_VALIDITY_DAYS);
  const now = options.now ?? new Date();
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: options.modulusLength ?? 2048,
  };
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  // A minute back: a clock a little behind Entra's must not make it "not yet valid".
  const notBefore = new Date(now.getTime() - 60_000);
  const generated = await x509.X509CertificateGenerator.createSelfSigned({
    // Positive (first bit clear), 16 bytes: unique without a registry of serial numbers.
    serialNumber:
      (randomBytes(16)[0]! & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex'),
    name: `CN=${safeCommonName(options.commonName)}`,
    notBefore,
    notAfter: new Date(notBefore.getTime() + days * DAY_MS),
    keys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    ],
  });
  const certificatePem = generated.toString('pem');
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const privateKeyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { certificatePem, privateKeyPem, ...certificateFacts(certificatePem) };
}

/** What can be shown about a certificate (no key): read back by Node itself. */
export function certificateFacts(certificatePem: string) {
  const read = new X509Certificate(certificatePem);
  return {
    thumbprintSha256: read.fingerprint256.replace(/:/g, ''),
    thumbprint: createHash('sha1').update(read.raw).digest('hex').toUpperCase(),
    subject: read.subject,
    validFrom: new Date(read.validFrom),
    validTo: new Date(read.validTo),
  };
}
