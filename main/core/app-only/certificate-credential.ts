/**
 * Checks a certificate an admin gives for app-only sign-in before anything is sent: a PEM
 * certificate and the private key that belongs to it, valid today. The SHA-256 thumbprint is
 * what Entra matches against the certificate uploaded to the app registration.
 */
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { ProblemError } from '../errors/to-problem';

export interface CertificateCredential {
  thumbprintSha256: string;
  privateKeyPem: string;
  /** The app's own certificate alone (no chain), PEM: public, kept for its facts and export. */
  certificatePem: string;
  subject: string;
  validFrom: Date;
  validTo: Date;
}

const refuse = (message: string, hint?: string) =>
  new ProblemError({ code: 'invalid_certificate', message, ...(hint ? { hint } : {}) });

const day = (d: Date) => d.toISOString().slice(0, 10);

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;
const RSA_ONLY =
  'Create a certificate with an RSA key (2048 bits or more), upload it to the app registration, and use it here.';

/** Each certificate in the text, in order: a chain pasted whole has several. */
function readCertificates(certificatePem: string): X509Certificate[] {
  if (/PRIVATE KEY-----/.test(certificatePem) && !/BEGIN CERTIFICATE/.test(certificatePem)) {
    throw refuse(
      'The certificate field holds a private key.',
      'Put the certificate (-----BEGIN CERTIFICATE-----) here, and the key in the private key field.',
    );
  }
  try {
    const blocks = certificatePem.match(PEM_CERTIFICATE) ?? [certificatePem];
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw refuse(
      'The certificate could not be read.',
      'Give the certificate as PEM text (-----BEGIN CERTIFICATE-----).',
    );
  }
}

function readKey(privateKeyPem: string): KeyObject {
  if (ENCRYPTED_KEY.test(privateKeyPem)) {
    throw refuse(
      'The private key is encrypted with a password, which M365 Desk does not ask for with PEM text.',
      'Decrypt it first (openssl pkey -in key.pem -out plain-key.pem), or give the certificate and key as a .pfx file with its password.',
    );
  }
  if (/BEGIN CERTIFICATE/.test(privateKeyPem)) {
    throw refuse(
      'The private key field holds a certificate.',
      'Put the private key (-----BEGIN PRIVATE KEY-----) here, and the certificate in the certificate field.',
    );
  }
  try {
    return createPrivateKey(privateKeyPem);
  } catch {
    throw refuse(
      'The private key could not be read.',
      'Give the unencrypted private key as PEM text (-----BEGIN PRIVATE KEY-----).',
    );
  }
}

/** The certificate the key belongs to: the first one, or a refusal that says which it is. */
function ownCertificate(certificates: X509Certificate[], key: KeyObject): X509Certificate {
  const own = certificates.findIndex((certificate) => certificate.checkPrivateKey(key));
  if (own === 0) return certificates[0]!;
  if (own > 0) {
    throw refuse(
      `The certificate that belongs to the private key is number ${own + 1} of the ${certificates.length} given; it must come first.`,
      'Put the app’s own certificate (the one uploaded to the app registration) first, or give it alone.',
    );
  }
  throw refuse(
    certificates.length > 1
      ? 'The private key belongs to none of these certificates.'
      : 'The private key does not belong to this certificate.',
    'Give the key that was created with this certificate, or the certificate of this key.',
  );
}

/**
 * Checks a PEM certificate (the app's own first, when a chain is given) and its unencrypted
 * private key: RSA, matching, valid on `now`.
 *
 * @throws ProblemError `invalid_certificate` saying what is wrong and what to give instead.
 */
export function checkCertificateCredential(
  certificatePem: string,
  privateKeyPem: string,
  now = new Date(),
): CertificateCredential {
  const certificates = readCertificates(certificatePem);
  const key = readKey(privateKeyPem);
  // Entra signs nothing but RS256/PS256 client assertions: an EC key would fail at the token service.
  if (key.asymmetricKeyType !== 'rsa') {
    const type =
      key.asymmetricKeyType === 'ec' ? 'an EC (elliptic curve)' : `a ${key.asymmetricKeyType}`;
    throw refuse(
      `This is ${type} key; Entra ID accepts only RSA keys for app-only sign-in.`,
      RSA_ONLY,
    );
  }
  const certificate = ownCertificate(certificates, key);
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  if (now > validTo) {
    throw refuse(
      `The certificate expired on ${day(validTo)} (it was valid from ${day(validFrom)}).`,
      'Create a new certificate, upload it to the app registration, and use it here.',
    );
  }
  if (now < validFrom) {
    throw refuse(
      `The certificate is not valid until ${day(validFrom)} (valid to ${day(validTo)}).`,
      'Check this computer’s date and time, or use a certificate that is valid today.',
    );
  }
  return {
    thumbprintSha256: certificate.fingerprint256.replace(/:/g, ''),
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: certificate.toString(),
    subject: certificate.subject,
    validFrom,
    validTo,
  };
}
