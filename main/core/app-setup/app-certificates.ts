/**
 * Certificates on an app registration, changed through Graph as the portal's "Upload
 * certificate" does: `PATCH /applications/{id}` with the whole `keyCredentials` list (the
 * public part only; Graph refuses nothing else and the private key never leaves this machine).
 */
import { X509Certificate, createHash } from 'node:crypto';
import type { GraphDirectory, KeyCredential } from './graph-directory';

/** Graph's `customKeyIdentifier` of a certificate: its SHA-1 thumbprint, base64. */
function keyIdentifierOf(certificatePem: string): string {
  return createHash('sha1').update(new X509Certificate(certificatePem).raw).digest('base64');
}

const derBase64 = (certificatePem: string) =>
  new X509Certificate(certificatePem).raw.toString('base64');

/** What is sent for a certificate that stays: its key when Graph gave it, else its id alone. */
const kept = (k: KeyCredential): Partial<KeyCredential> =>
  k.key
    ? {
        keyId: k.keyId,
        type: k.type,
        usage: k.usage,
        key: k.key,
        displayName: k.displayName ?? null,
      }
    : { keyId: k.keyId };

export function isOnApp(list: readonly KeyCredential[], certificatePem: string): boolean {
  const identifier = keyIdentifierOf(certificatePem);
  return list.some((k) => k.customKeyIdentifier === identifier);
}

/** Adds the certificate's public part to the app (the ones it had stay); answers its key id. */
export async function addCertificateToApp(
  graph: GraphDirectory,
  appObjectId: string,
  certificatePem: string,
  displayName: string,
): Promise<string | undefined> {
  const identifier = keyIdentifierOf(certificatePem);
  const keyIdOf = (list: readonly KeyCredential[]) =>
    list.find((k) => k.customKeyIdentifier === identifier)?.keyId;
  const existing = await graph.keyCredentials(appObjectId);
  if (isOnApp(existing, certificatePem)) return keyIdOf(existing);
  await graph.setKeyCredentials(appObjectId, [
    ...existing.map(kept),
    {
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
      key: derBase64(certificatePem),
      displayName,
    },
  ]);
  return keyIdOf(await graph.keyCredentials(appObjectId));
}

/** Takes the certificate off the app (after a renewal switched away from it); the rest stay. */
export async function removeCertificateFromApp(
  graph: GraphDirectory,
  appObjectId: string,
  certificatePem: string,
): Promise<boolean> {
  const existing = await graph.keyCredentials(appObjectId);
  const identifier = keyIdentifierOf(certificatePem);
  const staying = existing.filter((k) => k.customKeyIdentifier !== identifier);
  if (staying.length === existing.length) return false;
  await graph.setKeyCredentials(appObjectId, staying.map(kept));
  return true;
}
