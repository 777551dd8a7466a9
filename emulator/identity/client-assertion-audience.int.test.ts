import { X509Certificate, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useEmulator } from '../testing/use-emulator.js';

// Entra documents the client assertion's `aud` as its own token endpoint,
// https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token; real clients send that (or the
// host they reached), with the tenant as its id or its domain.
describe('client assertion audience (certificate sign-in)', () => {
  const running = useEmulator('assertion-aud');

  const assertion = async (aud: string) => {
    const { clientId, certFile, keyFile } = running().emulator.info.confidentialClient;
    const cert = new X509Certificate(readFileSync(certFile));
    const x5t = Buffer.from(cert.fingerprint.replaceAll(':', ''), 'hex').toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t })
      .setIssuer(clientId)
      .setSubject(clientId)
      .setAudience(aud)
      .setNotBefore(now)
      .setExpirationTime(now + 600)
      .sign(await importPKCS8(readFileSync(keyFile, 'utf8'), 'RS256'));
  };
  const redeem = async (aud: string, tenantInPath = running().emulator.info.tenantId) =>
    running().client.postForm(`/${tenantInPath}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: running().emulator.info.confidentialClient.clientId,
      scope: 'https://graph.microsoft.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: await assertion(aud),
    });

  it('accepts the token endpoint under login.microsoftonline.com, by tenant id and by domain', async () => {
    const { tenantId, tenantDomain } = running().emulator.info;
    for (const tenant of [tenantId, tenantDomain]) {
      const aud = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`;
      const answer = await redeem(aud);
      expect(answer.status, `${aud}: ${answer.text}`).toBe(200);
    }
  });

  it('accepts the token endpoint under the host the request reached, in either tenant form', async () => {
    const { url, tenantId, tenantDomain } = running().emulator.info;
    expect((await redeem(`${url}/${tenantDomain}/oauth2/v2.0/token`)).status).toBe(200);
    expect((await redeem(`${url}/${tenantId}/oauth2/v2.0/token`, tenantDomain)).status).toBe(200);
  });

  it('refuses another audience with AADSTS700023, naming the endpoint it was sent to', async () => {
    const { tenantId, url } = running().emulator.info;
    for (const aud of [
      'https://login.example.com/oauth2/v2.0/token',
      `https://login.microsoftonline.com/${randomUUID()}/oauth2/v2.0/token`,
      `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
    ]) {
      const answer = await redeem(aud);
      expect(answer.status).toBe(401);
      expect(jsonOf(answer)).toMatchObject({ error: 'invalid_client', error_codes: [700023] });
      expect(jsonOf<{ error_description: string }>(answer).error_description).toContain(
        `Expected '${url}/${tenantId}/oauth2/v2.0/token'`,
      );
    }
  });
});
