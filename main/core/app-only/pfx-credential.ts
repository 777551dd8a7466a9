/**
 * Opens a PKCS#12 file (.pfx / .p12), the form Windows and Azure Key Vault export certificates
 * in, with its password, and gives back the certificate and key as PEM for the usual checks.
 */
import forge from 'node-forge';
import { ProblemError } from '../errors/to-problem';
import { excessIterations, type IterationExcess } from './pfx-iteration-bound';

export interface PemPair {
  certificatePem: string;
  privateKeyPem: string;
}

const refuse = (message: string, hint?: string) =>
  new ProblemError({ code: 'invalid_certificate', message, ...(hint ? { hint } : {}) });

const unreadable = () =>
  refuse(
    'The PFX file could not be read.',
    'Export the certificate with its private key as a .pfx (PKCS#12) file, or give PEM text instead.',
  );

const tooMuchDerivation = ({ asked, inAll }: IterationExcess) =>
  refuse(
    `This PFX file asks for ${asked.toLocaleString('en-US')} iterations ${
      inAll ? 'in all to derive its keys' : 'to derive a key'
    } from its password, more than M365 Desk accepts.`,
    'Export it again with the usual settings of Windows (Export-PfxCertificate or certutil), ' +
      'OpenSSL or Azure Key Vault, or give the certificate and key as PEM text instead.',
  );

/**
 * Opens a PFX, refusing one that asks for more key derivation than M365 Desk accepts
 * before any of it runs (it would block the main thread for as long as the file says).
 */
function openPfx(pfxBase64: string, password: string): forge.pkcs12.Pkcs12Pfx {
  let pfx: forge.asn1.Asn1;
  let excess: IterationExcess | undefined;
  try {
    pfx = forge.asn1.fromDer(forge.util.decode64(pfxBase64.replace(/\s+/g, '')));
    excess = excessIterations(pfx, password);
  } catch {
    throw unreadable();
  }
  if (excess) throw tooMuchDerivation(excess);
  try {
    return forge.pkcs12.pkcs12FromAsn1(pfx, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/mac could not be verified|invalid password/i.test(message)) {
      throw refuse('The PFX password is wrong.', 'Type the password the file was exported with.');
    }
    throw unreadable();
  }
}

/**
 * The certificate and private key in a PFX (base64) as PEM.
 *
 * @throws ProblemError `invalid_certificate` when the file is unreadable, asks for too many
 *   key-derivation iterations, has the wrong password, or lacks a key or certificate.
 */
export function pemFromPfx(pfxBase64: string, password: string): PemPair {
  const p12 = openPfx(pfxBase64, password);
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
