import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CryptoProvider, PublicClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from './index.js';
import type { RunningEmulator } from './index.js';
import { EmulatorClient } from './testing/emulator-client.js';
import { flowIdOf, jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';

const SCOPES = ['https://graph.microsoft.com/.default'];
const REDIRECT = 'http://localhost:53117';

// Real msal-node builds the authorize URL and redeems the code; the HTML pages in between are
// driven with plain form posts, as a browser would.
describe('authorization code flow with PKCE', () => {
  let dataDir: string;
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  let pca: PublicClientApplication;
  let user: { upn: string; password: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-authcode-'));
    emulator = await startEmulator({ port: 0, dataDir });
    client = new EmulatorClient(emulator.info);
    user = emulator.info.users.find((u) => u.roles.length === 0)!;
    pca = new PublicClientApplication({
      auth: {
        clientId: emulator.info.publicClientId,
        authority: `${emulator.info.url}/${emulator.info.tenantId}`,
        knownAuthorities: [new URL(emulator.info.url).host],
      },
      system: {
        networkClient: createCaTrustingNetworkClient(readFileSync(emulator.info.caFile, 'utf8')),
      },
    });
  });

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs getAuthCodeUrl and signs in on the pages; returns the last page answer. */
  async function signInThroughPages(extra: Record<string, string> = {}, scopes = SCOPES) {
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await pca.getAuthCodeUrl({
      scopes,
      redirectUri: REDIRECT,
      codeChallenge: pkce.challenge,
      codeChallengeMethod: 'S256',
      state: 'st-123',
      ...extra,
    });
    const signIn = await client.get(url);
    expect(signIn.status).toBe(200);
    expect(signIn.text).toContain('<label for="email">Email</label>');
    expect(signIn.text).toContain('>Sign in</button>');
    const answer = await client.postForm('/authorize/signin', {
      flow: flowIdOf(signIn),
      email: user.upn,
      password: user.password,
    });
    return { answer, verifier: pkce.verifier };
  }

  it('redirects with code and state, and acquireTokenByCode gets the token set', async () => {
    const { answer, verifier } = await signInThroughPages();
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.location ?? '');
    expect(location.origin).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('st-123');
    const result = await pca.acquireTokenByCode({
      code: location.searchParams.get('code') ?? '',
      scopes: SCOPES,
      redirectUri: REDIRECT,
      codeVerifier: verifier,
    });
    expect(result.account?.username).toBe(user.upn);
    expect(result.accessToken).toBeTruthy();
    expect(result.idToken).toBeTruthy();
  });

  it('refuses a reused code (54005) and a wrong verifier (501481)', async () => {
    const { answer, verifier } = await signInThroughPages();
    const code = new URL(answer.headers.location ?? '').searchParams.get('code') ?? '';
    const redeem = (codeVerifier: string) =>
      client.postForm(`/${emulator.info.tenantId}/oauth2/v2.0/token`, {
        grant_type: 'authorization_code',
        client_id: emulator.info.publicClientId,
        code,
        redirect_uri: REDIRECT,
        code_verifier: codeVerifier,
        scope: SCOPES[0] ?? '',
      });
    const wrong = await redeem(`${verifier.slice(0, -1)}${verifier.endsWith('A') ? 'B' : 'A'}`);
    expect(jsonOf(wrong)).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
    const second = await signInThroughPages();
    const code2 = new URL(second.answer.headers.location ?? '').searchParams.get('code') ?? '';
    const body = {
      grant_type: 'authorization_code',
      client_id: emulator.info.publicClientId,
      code: code2,
      redirect_uri: REDIRECT,
      code_verifier: second.verifier,
    };
    const path = `/${emulator.info.tenantId}/oauth2/v2.0/token`;
    expect((await client.postForm(path, body)).status).toBe(200);
    expect(jsonOf(await client.postForm(path, body))).toMatchObject({ error_codes: [54005] });
  });

  it('answers form_post with a self-submitting form under a nonce CSP', async () => {
    const { answer } = await signInThroughPages({ responseMode: 'form_post' });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`<form method="post" action="${REDIRECT}"`);
    expect(answer.text).toMatch(/name="code" value="[^"]+"/);
    expect(answer.text).toContain('name="state" value="st-123"');
    expect(answer.text).toContain('>Continue</button>');
    const nonce = /<script nonce="([^"]+)">/.exec(answer.text)?.[1];
    expect(answer.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    expect(answer.headers['content-security-policy']).toContain(`form-action ${REDIRECT}`);
  });

  it('Cancel on the consent page returns access_denied to the redirect URI', async () => {
    const { answer } = await signInThroughPages({}, ['User.ReadBasic.All']);
    expect(answer.text).toContain('>Accept</button>');
    const cancelled = await client.postForm('/authorize/consent', {
      flow: flowIdOf(answer),
      action: 'cancel',
    });
    const location = new URL(cancelled.headers.location ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('st-123');
  });

  it('shows (never redirects) an unregistered redirect URI, and refuses plain PKCE', async () => {
    const base = `/${emulator.info.tenantId}/oauth2/v2.0/authorize?client_id=${emulator.info.publicClientId}&response_type=code&scope=openid`;
    const evil = await client.get(
      `${base}&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
    );
    expect(evil.status).toBe(400);
    expect(evil.headers.location).toBeUndefined();
    expect(evil.text).toContain('AADSTS50011');
    const plain = await client.get(
      `${base}&redirect_uri=${encodeURIComponent(`msal${emulator.info.publicClientId}://auth`)}&code_challenge=abc&code_challenge_method=plain`,
    );
    expect(plain.status).toBe(302);
    expect(plain.headers.location).toContain('error=invalid_request');
    const unknown = await client.get(
      base.replace(emulator.info.publicClientId, '11111111-2222-3333-4444-555555555555'),
    );
    expect(unknown.text).toContain('AADSTS700016');
  });

  it('failAuthorize: refuses after the password, as Entra does on its page, then signs in again', async () => {
    emulator.control.failAuthorize(53000);
    const { answer } = await signInThroughPages();
    const location = new URL(answer.headers.location ?? '');
    expect(location.origin).toBe(REDIRECT);
    expect(location.searchParams.get('code')).toBeNull();
    expect(location.searchParams.get('error')).toBe('interaction_required');
    expect(location.searchParams.get('error_description')).toMatch(/^AADSTS53000: Device is not/);
    expect(location.searchParams.get('error_uri')).toMatch(/code=53000$/);
    expect(location.searchParams.get('state')).toBe('st-123');

    // Not assigned (50105): the authorize endpoint says access_denied, and names app and user.
    await client.postJson('/_emulator/authorize-failures', { code: 50105, how: 'redirect' });
    const denied = new URL((await signInThroughPages()).answer.headers.location ?? '');
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('error_description')).toContain(
      `The signed in user '${user.upn}'`,
    );

    emulator.control.failAuthorize(53000, 1, 'page');
    const page = (await signInThroughPages()).answer;
    expect(page.status).toBe(400);
    expect(page.headers.location).toBeUndefined();
    expect(page.text).toContain('You can’t get there from here');
    expect(page.text).toContain('Error Code: 53000');

    expect((await signInThroughPages()).answer.status).toBe(302); // then normal
    expect(() => emulator.control.failAuthorize(53000, 1, 'popup' as 'page')).toThrow(/how/);
  });
});
