/**
 * Export of a certificate M365 Desk made, only when the person asks: certificate and key as a
 * PKCS#12 file encrypted with AES-256 under the password they chose, written to the file they
 * pick (the file saver port: a save dialog in the app). Nothing is written anywhere else.
 */
import forge from 'node-forge';
import type { StoredCredential } from './app-only-clients';
import { ProblemError } from '../errors/to-problem';
import type { FileSaver } from '../ports';
import { PFX_FILE } from './script-commands';

export const MIN_PFX_PASSWORD = 8;

/** The PFX bytes; refuses a short password and a credential without its certificate. */
export function pfxOf(credential: StoredCredential, password: string): Buffer {
  if (credential.kind !== 'certificate' || !credential.certificatePem) {
    throw new ProblemError({
      code: 'no_certificate',
      message: 'M365 Desk does not hold a certificate for this connection that it could export.',
      hint: 'Export it from where the certificate came from.',
    });
  }
  if (password.length < MIN_PFX_PASSWORD) {
    throw new ProblemError({
      code: 'weak_pfx_password',
      message: `The password protects the private key in the file: it needs at least ${MIN_PFX_PASSWORD} characters.`,
      hint: 'Type a longer password (a passphrase of a few words works well).',
    });
  }
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(credential.privateKeyPem),
    [forge.pki.certificateFromPem(credential.certificatePem)],
    password,
    { algorithm: 'aes256', count: 10_000, friendlyName: 'M365 Desk app certificate' },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

export async function exportPfx(
  saver: FileSaver,
  credential: StoredCredential,
  password: string,
): Promise<{ saved: boolean; fileName?: string }> {
  const bytes = pfxOf(credential, password);
  const saved = await saver.save({
    suggestedName: PFX_FILE,
    filters: [{ name: 'PKCS#12 certificate', extensions: ['pfx'] }],
    data: bytes,
  });
  bytes.fill(0);
  return saved;
}
