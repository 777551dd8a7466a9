import 'reflect-metadata'; // @peculiar/x509's DI container (tsyringe) needs the Reflect metadata API.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { writeFileAtomic } from '../store/json-file.js';

x509.cryptoProvider.set(crypto);

const DAY_MS = 86_400_000;
const rsa = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

/** The confidential app's certificate credential, as registered in its `keyCredentials`. */
export interface ClientCertificate {
  certFile: string;
  keyFile: string;
  certPem: string;
  /** SHA-1 of the DER certificate: the classic thumbprint, `x5t` in assertions. */
  sha1: Buffer;
  /** SHA-256 of the DER certificate, `x5t#S256` in assertions. */
  sha256: Buffer;
}

/**
 * Loads the confidential app's self-signed RSA certificate and key from `dataDir`, creating
 * them when missing or about to expire. They are kept across restarts because clients (and
 * the ready line) point at the files.
 */
export async function loadOrCreateClientCertificate(dataDir: string): Promise<ClientCertificate> {
  const certFile = join(dataDir, 'app-only-cert.pem');
  const keyFile = join(dataDir, 'app-only-key.pem');
  if (!usable(certFile, keyFile)) {
    const keys = await crypto.subtle.generateKey(rsa, true, ['sign', 'verify']);
    const now = Date.now();
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: 'CN=M365 Desk app-only (sandbox)',
      keys,
      signingAlgorithm: rsa,
      notBefore: new Date(now - DAY_MS),
      notAfter: new Date(now + 730 * DAY_MS),
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
    });
    const der = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
    writeFileAtomic(keyFile, x509.PemConverter.encode(der, 'PRIVATE KEY'), 0o600);
    writeFileAtomic(certFile, cert.toString('pem'), 0o644);
  }
  const certPem = readFileSync(certFile, 'utf8');
  const raw = Buffer.from(new x509.X509Certificate(certPem).rawData);
  return {
    certFile,
    keyFile,
    certPem,
    sha1: createHash('sha1').update(raw).digest(),
    sha256: createHash('sha256').update(raw).digest(),
  };
}

function usable(certFile: string, keyFile: string): boolean {
  if (!existsSync(certFile) || !existsSync(keyFile)) return false;
  const cert = new x509.X509Certificate(readFileSync(certFile, 'utf8'));
  return cert.notAfter.getTime() - Date.now() > 7 * DAY_MS;
}
