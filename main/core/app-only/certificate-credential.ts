/**
 * Checks a certificate an admin gives for app-only sign-in before anything is sent: a PEM
 * certificate and the private key that belongs to it, valid today. The SHA-256 thumbprint is
 * what Entra matches against the certificate uploaded to the app registration.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { ProblemError } from '../errors/to-problem';

export interface CertificateCredential {
  thumbprintSha256: string;
  privateKeyPem: string;
  subject: string;
  validFrom: Date;
  validTo: Date;
}

const refuse = (message: string, hint?: string) =>
  new ProblemError({ code: 'invalid_certificate', message, ...(hint ? { hint } : {}) });

const day = (d: Date) => d.toISOString().slice(0, 10);

export function checkCertificateCredential(
  certificatePem: string,
  privateKeyPem: string,
  now = new Date(),
): CertificateCredential {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch {
    throw refuse(
      'The certificate could not be read.',
      'Give the certificate as PEM text (-----BEGIN CERTIFICATE-----).',
    );
  }
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw refuse(
      'The private key could not be read.',
      'Give the unencrypted private key as PEM text (-----BEGIN PRIVATE KEY-----).',
    );
  }
  if (!certificate.checkPrivateKey(key)) {
    throw refuse('The private key does not belong to this certificate.');
  }
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
    );
  }
  return {
    thumbprintSha256: certificate.fingerprint256.replace(/:/g, ''),
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    subject: certificate.subject,
    validFrom,
    validTo,
  };
}
