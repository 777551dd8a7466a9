/**
 * TEST ONLY. A private CA and the server certificates it (or an impostor) issues, with chosen
 * dates and names, as PEM: for testing how the sign-in window trusts the sandbox's CA. The
 * emulator's own (emulator/crypto/certificates.ts) only ever makes good ones.
 */
import 'reflect-metadata'; // @peculiar/x509's DI container needs the Reflect metadata API
import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(crypto);

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signingAlgorithm = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

export interface TestIssuer {
  name: string;
  keys: CryptoKeyPair;
  certificatePem: string;
}

export interface ServerCertificateOptions {
  /** The names it is for, each an IP or DNS subject alternative name (none: no such extension). */
  hosts: string[];
  /** The subject's common name; the first host when not given. */
  commonName?: string;
  /** Yesterday and next year when not given. */
  notBefore?: Date;
  notAfter?: Date;
  /** Whose key signs it; the certificate's own (self-signed) when not given. */
  signer?: TestIssuer;
  /** The CA it names as issuer (name and key id); the signer when not given (a forgery else). */
  claimedIssuer?: TestIssuer;
}

function newKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ecdsa, true, ['sign', 'verify']);
}

function validity(notBefore?: Date, notAfter?: Date): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  return {
    notBefore: notBefore ?? new Date(now - DAY_MS),
    notAfter: notAfter ?? new Date(now + 365 * DAY_MS),
  };
}

export async function testCertificateAuthority(name = 'CN=M365 Desk test CA'): Promise<TestIssuer> {
  const keys = await newKeys();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    signingAlgorithm,
    ...validity(),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { name, keys, certificatePem: certificate.toString('pem') };
}

export async function testServerCertificate(options: ServerCertificateOptions): Promise<string> {
  const keys = await newKeys();
  const subject = `CN=${options.commonName ?? options.hosts[0] ?? 'no name'}`;
  const signer = options.signer ?? { name: subject, keys };
  const claimed = options.claimedIssuer ?? signer;
  const certificate = await x509.X509CertificateGenerator.create({
    subject,
    issuer: claimed.name,
    publicKey: keys.publicKey,
    signingKey: signer.keys.privateKey,
    signingAlgorithm,
    ...validity(options.notBefore, options.notAfter),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      await x509.AuthorityKeyIdentifierExtension.create(claimed.keys.publicKey),
      ...(options.hosts.length ? [alternativeNames(options.hosts)] : []),
    ],
  });
  return certificate.toString('pem');
}

function alternativeNames(hosts: string[]): x509.SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension(
    hosts.map((host): x509.JsonGeneralName => ({ type: isIP(host) ? 'ip' : 'dns', value: host })),
  );
}
