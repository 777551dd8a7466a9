/**
 * Who changes an app's certificates during a renewal: the app itself (Graph's addKey and
 * removeKey, with its current certificate as proof; no one needs to sign in), or, when the app
 * cannot (its certificate expired, or M365 Desk did not put it there), the setup session's
 * account through `PATCH keyCredentials`.
 */
import type { StoredCredential } from '../app-only/app-only-clients';
import type { KeyRollover } from '../app-only/key-rollover';
import { type Signer } from '../app-only/key-rollover';
import type { NewCertificate } from '../app-only/self-signed-certificate';
import { addCertificateToApp, removeCertificateFromApp } from './app-certificates';
import type { SetupContext } from './setup-session';

export type HeldCertificate = Extract<StoredCredential, { kind: 'certificate' }>;

export interface CertificateWriter {
  readonly appObjectId: string;
  /** Puts the certificate's public part on the app; its key id when known. */
  add(certificate: NewCertificate, name: string): Promise<string | undefined>;
  /** Takes `gone` off the app; `signer` is a certificate that stays on it. */
  remove(gone: HeldCertificate, signer: Signer): Promise<void>;
}

/** The app rolls its own keys, signing each change with `current`. */
export function selfWriter(rollover: KeyRollover, appObjectId: string, current: Signer) {
  const writer: CertificateWriter = {
    appObjectId,
    add: (certificate, name) => rollover.addKey(certificate.certificatePem, current, name),
    async remove(gone, signer) {
      if (gone.keyId) await rollover.removeKey(gone.keyId, signer);
    },
  };
  return writer;
}

/** The setup session's account changes the app registration. */
export function setupWriter(setup: SetupContext, appObjectId: string): CertificateWriter {
  return {
    appObjectId,
    add: (certificate, name) =>
      addCertificateToApp(setup.graph, appObjectId, certificate.certificatePem, name),
    async remove(gone) {
      if (gone.certificatePem)
        await removeCertificateFromApp(setup.graph, appObjectId, gone.certificatePem);
    },
  };
}
