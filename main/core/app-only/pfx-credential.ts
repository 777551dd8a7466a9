/**
 * Opens a PKCS#12 file (.pfx / .p12), the form Windows and Azure Key Vault export certificates
 * in, with its password, and gives back the certificate and key as PEM for the usual checks.
 */
import forge from 'node-forge';
import { ProblemError } from '../errors/to-problem';

export interface PemPair {
  certificatePem: string;
  privateKeyPem: string;
}

const refuse = (message: string, hint?: string) =>
  new ProblemError({ code: 'invalid_certificate', message, ...(hint ? { hint } : {}) });

export function pemFromPfx(pfxBase64: string, password: string): PemPair {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.util.decode64(pfxBase64.replace(/\s+/g, ''));
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/mac could not be verified|invalid password/i.test(message)) {
      throw refuse('The PFX password is wrong.', 'Type the password the file was exported with.');
    }
    throw refuse(
      'The PFX file could not be read.',
      'Export the certificate with its private key as a .pfx (PKCS#12) file, or give PEM text instead.',
    );
  }
  const keyBag =
    p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
      forge.pki.oids.pkcs8ShroudedKeyBag!
    ]?.[0] ?? p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!]?.[0];
  if (!keyBag?.key) {
    throw refuse(
      'The PFX file has no private key.',
      'Export the certificate again with “Yes, export the private key”.',
    );
  }
  const certificates = (
    p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []
  ).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const publicKey = forge.pki.setRsaPublicKey(
    (keyBag.key as forge.pki.rsa.PrivateKey).n,
    (keyBag.key as forge.pki.rsa.PrivateKey).e,
  );
  const own = certificates.find(
    (cert) =>
      forge.pki.publicKeyToPem(cert.publicKey as forge.pki.rsa.PublicKey) ===
      forge.pki.publicKeyToPem(publicKey),
  );
  const certificate = own ?? certificates[0];
  if (!certificate) throw refuse('The PFX file has no certificate.');
  return {
    certificatePem: forge.pki.certificateToPem(certificate),
    privateKeyPem: forge.pki.privateKeyToPem(keyBag.key),
  };
}
