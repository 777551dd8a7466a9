/**
 * Opens a PKCS#12 file (.pfx / .p12), the form Windows and Azure Key Vault export certificates
 * in, with its password, and gives back the certificate and key as PEM for the usual checks.
 */
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
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
 * The certificate and private key in a PFX (base64) as PEM. Keys and certificates node-forge
 * cannot read itself (an EC key) are read by node:crypto, so the checks that follow can name
 * them instead of calling the file keyless.
 *
 * @throws ProblemError `invalid_certificate` when the file is unreadable, asks for too many
 *   key-derivation iterations, has the wrong password, or lacks a key or certificate.
 */
export function pemFromPfx(pfxBase64: string, password: string): PemPair {
  const p12 = openPfx(pfxBase64, password);
  const bags = (type: string | undefined) =>
    type ? (p12.getBags({ bagType: type })[type] ?? []) : [];
  const keyBag = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(forge.pki.oids.keyBag)][0];
  const key = keyBag && readKey(keyBag);
  if (!key) {
    throw refuse(
      'The PFX file has no private key.',
      'Export the certificate again with “Yes, export the private key”.',
    );
  }
  const certificates = bags(forge.pki.oids.certBag).flatMap((bag) => readCertificate(bag) ?? []);
  const certificate = certificates.find((cert) => belongs(cert, key)) ?? certificates[0];
  if (!certificate) {
    throw refuse(
      'The PFX file has no certificate.',
      'Export it again with its certificate and private key, or give both as PEM text instead.',
    );
  }
  return {
    certificatePem: certificate.toString(),
    privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const derOf = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

function readKey(bag: forge.pkcs12.Bag): KeyObject | undefined {
  try {
    if (bag.key) return createPrivateKey(forge.pki.privateKeyToPem(bag.key));
    return bag.asn1
      ? createPrivateKey({ key: derOf(bag.asn1), format: 'der', type: 'pkcs8' })
      : undefined;
  } catch {
    return undefined;
  }
}

function readCertificate(bag: forge.pkcs12.Bag): X509Certificate | undefined {
  try {
    if (bag.cert) return new X509Certificate(forge.pki.certificateToPem(bag.cert));
    return bag.asn1 ? new X509Certificate(derOf(bag.asn1)) : undefined;
  } catch {
    return undefined;
  }
}

function belongs(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}
