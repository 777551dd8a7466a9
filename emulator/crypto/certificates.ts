import 'reflect-metadata'; // @peculiar/x509's DI container (tsyringe) needs the Reflect metadata API.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { writeFileAtomic } from '../store/json-file.js';

// @peculiar/x509 needs an explicit WebCrypto provider. The global `crypto` is Node's webcrypto,
// typed by the DOM lib as x509 expects; node:crypto's own types (Node 24) list key usages the
// DOM lib does not know yet, so its keys no longer fit x509's signatures.
x509.cryptoProvider.set(crypto);

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signingAlgorithm = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

/** PEM material the HTTPS server needs, plus where clients find the CA to trust. */
export interface TlsMaterial {
  caFile: string;
  caCertPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  /**
   * A certificate from the same CA for other host names (the Microsoft hosts the sandbox proxy
   * answers for); made in memory, for this run only.
   */
  issueHostCertificate(hosts: readonly string[]): Promise<{ certPem: string; keyPem: string }>;
}

interface CaFiles {
  certPem: string;
  keyPem: string;
}

/**
 * Loads the sandbox CA and server certificate from `dataDir`, creating them on first start.
 * The CA is reused forever (clients may already trust it); the server certificate is
 * re-issued when missing or expiring, always signed by that same CA.
 */
export async function loadOrCreateTlsMaterial(dataDir: string): Promise<TlsMaterial> {
  const caFile = join(dataDir, 'ca-cert.pem');
  const caKeyFile = join(dataDir, 'ca-key.pem');
  const serverCertFile = join(dataDir, 'server-cert.pem');
  const serverKeyFile = join(dataDir, 'server-key.pem');

  let ca: CaFiles;
  if (existsSync(caFile) && existsSync(caKeyFile)) {
    ca = { certPem: readFileSync(caFile, 'utf8'), keyPem: readFileSync(caKeyFile, 'utf8') };
  } else {
    ca = await createCa();
    writeFileAtomic(caKeyFile, ca.keyPem, 0o600);
    writeFileAtomic(caFile, ca.certPem, 0o644);
  }

  if (!serverCertUsable(serverCertFile, serverKeyFile, ca.certPem)) {
    const server = await createServerCert(ca, 'CN=127.0.0.1', [
      { type: 'ip', value: '127.0.0.1' },
      { type: 'dns', value: 'localhost' },
    ]);
    writeFileAtomic(serverKeyFile, server.keyPem, 0o600);
    writeFileAtomic(serverCertFile, server.certPem, 0o644);
  }
  return {
    caFile,
    caCertPem: ca.certPem,
    serverCertPem: readFileSync(serverCertFile, 'utf8'),
    serverKeyPem: readFileSync(serverKeyFile, 'utf8'),
    issueHostCertificate: (hosts) =>
      createServerCert(
        ca,
        `CN=${hosts[0] ?? 'sandbox'}`,
        hosts.map((value) => ({ type: 'dns', value })),
      ).then(({ certPem, keyPem }) => ({ certPem, keyPem })),
  };
}

function serverCertUsable(certFile: string, keyFile: string, caCertPem: string): boolean {
  if (!existsSync(certFile) || !existsSync(keyFile)) return false;
  const cert = new x509.X509Certificate(readFileSync(certFile, 'utf8'));
  const caCert = new x509.X509Certificate(caCertPem);
  // A week of headroom so a long-running emulator does not cross the expiry mid-session.
  const freshEnough = cert.notAfter.getTime() - Date.now() > 7 * DAY_MS;
  return freshEnough && cert.issuer === caCert.subject;
}

async function createCa(): Promise<CaFiles> {
  const keys = await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=M365 Desk Sandbox Emulator CA, O=M365 Desk (sandbox)',
    keys,
    signingAlgorithm,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 3650 * DAY_MS),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

async function createServerCert(
  ca: CaFiles,
  subject: string,
  names: x509.JsonGeneralNames,
): Promise<CaFiles> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const caKey = await crypto.subtle.importKey('pkcs8', pemBody(ca.keyPem), ecdsa, false, ['sign']);
  const keys = await crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.create({
    subject,
    issuer: caCert.subject,
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 365 * DAY_MS),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(names),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

function pemBody(pem: string): ArrayBuffer {
  const der = x509.PemConverter.decode(pem)[0];
  if (!der) throw new Error('Empty PEM');
  return der;
}
