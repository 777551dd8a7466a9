/**
 * TEST ONLY. Self-signed RSA (or EC) certificates with chosen dates (e.g. already expired), as PEM, for
 * testing how app-only sign-in checks a certificate.
 */
import 'reflect-metadata'; // @peculiar/x509's DI container needs the Reflect metadata API
import * as x509 from '@peculiar/x509';
import forge from 'node-forge';

x509.cryptoProvider.set(crypto);

const algorithm = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

/** An elliptic curve key (P-256), which Entra does not take for app-only sign-in. */
const ecAlgorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

export async function testCertificate(
  notBefore: Date,
  notAfter: Date,
  keyType: 'rsa' | 'ec' = 'rsa',
): Promise<{ certificatePem: string; privateKeyPem: string }> {
  const chosen = keyType === 'ec' ? ecAlgorithm : algorithm;
  const keys = await crypto.subtle.generateKey(chosen, true, ['sign', 'verify']);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=M365 Desk test app',
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: chosen,
  });
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const privateKeyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { certificatePem: certificate.toString('pem'), privateKeyPem };
}

/** The pair as a PKCS#12 file (base64), encrypted with AES-256 as current tools export it. */
export function toPfxBase64(
  pair: { certificatePem: string; privateKeyPem: string },
  password: string,
) {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(pair.privateKeyPem),
    [forge.pki.certificateFromPem(pair.certificatePem)],
    password,
    { algorithm: 'aes256' },
  );
  return forge.util.encode64(forge.asn1.toDer(asn1).getBytes());
}
