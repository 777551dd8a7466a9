/**
 * An app rolling its own certificate, as Graph's `addKey` and `removeKey` allow without any
 * permission: the app signs in app-only with its current certificate, and each call carries a
 * proof of possession (a short JWT signed by a current certificate). So Renew certificate needs
 * nobody's sign-in while the old certificate still works.
 */
import { X509Certificate, createHash, createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { graphProblem } from '../app-setup/graph-problem';
import { ProblemError } from '../errors/to-problem';
import type { HttpsClient } from '../net/https-request';

/** Azure AD Graph's application id: the audience Graph's addKey expects of the proof. */
const PROOF_AUDIENCE = '00000002-0000-0000-c000-000000000000';

export interface Signer {
  certificatePem: string;
  privateKeyPem: string;
}

/** The proof of possession for `appObjectId`, signed by `signer`, valid for 10 minutes. */
export async function proofOfPossession(
  signer: Signer,
  appObjectId: string,
  now = Date.now(),
): Promise<string> {
  const der = new X509Certificate(signer.certificatePem).raw;
  const x5t = createHash('sha1').update(der).digest('base64url');
  const seconds = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t })
    .setAudience(PROOF_AUDIENCE)
    .setIssuer(appObjectId)
    .setNotBefore(seconds)
    .setExpirationTime(seconds + 600)
    .sign(createPrivateKey(signer.privateKeyPem));
}

export interface KeyRolloverDeps {
  http: HttpsClient;
  /** Graph's base URL in the cloud. */
  baseUrl: string;
  /** The app's own app-only token for Graph. */
  accessToken: string;
  appObjectId: string;
}

export class KeyRollover {
  constructor(private readonly deps: KeyRolloverDeps) {}

  /** Puts `certificatePem` (public part) on the app; answers the new key's id. */
  async addKey(certificatePem: string, signer: Signer, displayName: string): Promise<string> {
    const key = new X509Certificate(certificatePem).raw.toString('base64');
    const added = await this.post<{ keyId: string }>('addKey', 'add the new certificate', {
      keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key, displayName },
      passwordCredential: null,
      proof: await proofOfPossession(signer, this.deps.appObjectId),
    });
    return added.keyId;
  }

  async removeKey(keyId: string, signer: Signer): Promise<void> {
    await this.post('removeKey', 'take the old certificate off the app', {
      keyId,
      proof: await proofOfPossession(signer, this.deps.appObjectId),
    });
  }

  private async post<T>(action: string, words: string, body: unknown): Promise<T> {
    const { http, baseUrl, accessToken, appObjectId } = this.deps;
    const res = await http.send({
      method: 'POST',
      url: `${baseUrl.replace(/\/$/, '')}/v1.0/applications/${encodeURIComponent(appObjectId)}/${action}`,
      headers: {
        authorization: `Bearer ${accessToken}`,
        accept: 'application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      timeoutMs: 30_000,
    });
    if (res.status >= 400) throw new ProblemError(graphProblem(res.status, res.text, words));
    return (res.text ? JSON.parse(res.text) : {}) as T;
  }
}
