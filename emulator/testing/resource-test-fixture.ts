import { SignJWT, decodeJwt } from 'jose';
import { loadOrCreateSigningKey } from '../crypto/signing-key.js';
import type { RunningEmulator } from '../index.js';
import type { EmulatorClient } from './emulator-client.js';
import type { HttpsAnswer } from './https-client.js';
import { jsonOf } from './https-client.js';
import { useEmulator } from './use-emulator.js';

/** The three sandbox accounts, by the rights they stand for. */
export type SandboxAccount = 'admin' | 'megan' | 'lee' | 'alex';

/** What resource API tests share: a running emulator, tokens per account, forged variants. */
export interface ResourceFixture {
  readonly emulator: RunningEmulator;
  readonly client: EmulatorClient;
  upn(account: SandboxAccount): string;
  /**
   * An access token for `scope` (e.g. `https://manage.office.com/.default`): one device code
   * sign-in per account to Graph, then a refresh token grant per resource, as apps do.
   */
  token(account: SandboxAccount, scope: string): Promise<string>;
  /** Re-signs a token's claims with changes using the emulator's own key (a genuine signature). */
  forge(token: string, changes: Record<string, unknown>): Promise<string>;
  /** The same token, validly signed, but expired a minute ago. */
  expired(token: string): Promise<string>;
  /** GET with an optional bearer token. */
  get(url: string, token?: string, headers?: Record<string, string>): Promise<HttpsAnswer>;
}

const SIGN_IN_SCOPE = 'https://graph.microsoft.com/.default openid profile offline_access';

/** Starts an emulator for the enclosing `describe` and stops it afterwards. */
export function useResourceFixture(): ResourceFixture {
  const running = useEmulator('resource');
  const refreshTokens = new Map<SandboxAccount, string>();

  const upn = (account: SandboxAccount) => `${account}@${running().emulator.info.tenantDomain}`;
  const forge = async (token: string, changes: Record<string, unknown>) => {
    const key = await loadOrCreateSigningKey(running().dataDir);
    const claims = Object.fromEntries(
      Object.entries({ ...decodeJwt(token), ...changes }).filter(([, v]) => v !== undefined),
    );
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(key.privateKey);
  };

  return {
    get emulator() {
      return running().emulator;
    },
    get client() {
      return running().client;
    },
    upn,
    async token(account, scope) {
      let refreshToken = refreshTokens.get(account);
      if (!refreshToken) {
        refreshToken = (await running().client.signIn(upn(account), SIGN_IN_SCOPE)).refresh_token;
        refreshTokens.set(account, refreshToken);
      }
      const answer = await running().client.refresh(refreshToken, `${scope} offline_access`);
      if (answer.status !== 200) throw new Error(`refresh failed: ${answer.status} ${answer.text}`);
      return jsonOf<{ access_token: string }>(answer).access_token;
    },
    forge,
    expired(token) {
      const now = Math.floor(Date.now() / 1000);
      return forge(token, { iat: now - 3700, nbf: now - 3700, exp: now - 60 });
    },
    get(url, token, headers = {}) {
      return running().client.get(url, {
        ...headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      });
    },
  };
}
