import type { AppOnlyCredential } from '../../../preload/contract';

export type CredentialKind = AppOnlyCredential['kind'];

/**
 * The credential the person has typed or picked for an app-only sign-in, complete or not. (The
 * client id and tenant are the form's shared app registration fields.)
 */
export interface AppOnlyDraft {
  kind: CredentialKind;
  secret: string;
  certificatePem: string;
  privateKeyPem: string;
  /** The chosen .pfx file, read as base64; its name is shown so the person knows which. */
  pfx: { name: string; base64: string } | undefined;
  pfxPassword: string;
}

export const emptyAppOnlyDraft: AppOnlyDraft = {
  kind: 'certificate',
  secret: '',
  certificatePem: '',
  privateKeyPem: '',
  pfx: undefined,
  pfxPassword: '',
};

/** The credential to send, or undefined while a part of the chosen kind is still missing. */
export function credentialOf(draft: AppOnlyDraft): AppOnlyCredential | undefined {
  switch (draft.kind) {
    case 'secret':
      return draft.secret ? { kind: 'secret', secret: draft.secret } : undefined;
    case 'certificate':
      return draft.certificatePem.trim() && draft.privateKeyPem.trim()
        ? {
            kind: 'certificate',
            certificatePem: draft.certificatePem,
            privateKeyPem: draft.privateKeyPem,
          }
        : undefined;
    case 'pfx':
      return draft.pfx
        ? { kind: 'pfx', pfxBase64: draft.pfx.base64, password: draft.pfxPassword }
        : undefined;
  }
}
