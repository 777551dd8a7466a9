import { describe, expect, it } from 'vitest';
import { jsonOf } from '../testing/https-client.js';
import { useEmulator } from '../testing/use-emulator.js';

const discovery = (tenant: string) => `/${tenant}/v2.0/.well-known/openid-configuration`;

// Behind a reverse proxy the emulator names the host the client reached, as the proxy reports
// it; a proxy it was not told to trust reports nothing.
describe('the host named in answers, behind a reverse proxy', () => {
  describe('trusting the proxy (trustProxyHeaders)', () => {
    const running = useEmulator('forwarded', { trustProxyHeaders: true });

    it('names X-Forwarded-Host in the discovery document and the device code answer', async () => {
      const { client, emulator } = running();
      const tenant = emulator.info.tenantId;
      const headers = { 'x-forwarded-host': 'sandbox.contoso.test' };
      const doc = jsonOf(await client.get(discovery(tenant), headers));
      expect(doc).toMatchObject({
        issuer: `https://sandbox.contoso.test/${tenant}/v2.0`,
        token_endpoint: `https://sandbox.contoso.test/${tenant}/oauth2/v2.0/token`,
        userinfo_endpoint: 'https://sandbox.contoso.test/graph/oidc/userinfo',
      });
      const code = await client.send('POST', `/${tenant}/oauth2/v2.0/devicecode`, {
        ...headers,
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(code.status).toBe(400); // no body: the answer is an error, named under that host too
      expect(jsonOf(code)).toMatchObject({
        error_uri: 'https://sandbox.contoso.test/error?code=900144',
      });
    });

    it('reads the host of an RFC 7239 Forwarded header', async () => {
      const { client, emulator } = running();
      const doc = jsonOf(
        await client.get(discovery(emulator.info.tenantId), {
          forwarded: 'for=192.0.2.60;proto=https;host="login.sandbox.test:8443"',
        }),
      );
      expect(doc.token_endpoint).toBe(
        `https://login.sandbox.test:8443/${emulator.info.tenantId}/oauth2/v2.0/token`,
      );
    });

    it('names its own address when no proxy header is sent, as before', async () => {
      const { client, emulator } = running();
      const doc = jsonOf(await client.get(discovery(emulator.info.tenantId)));
      expect(doc.issuer).toBe(`${emulator.info.url}/${emulator.info.tenantId}/v2.0`);
    });
  });

  describe('not trusting any proxy (the default)', () => {
    const running = useEmulator('untrusted-forward');

    it('ignores X-Forwarded-Host and Forwarded', async () => {
      const { client, emulator } = running();
      const doc = jsonOf(
        await client.get(discovery(emulator.info.tenantId), {
          'x-forwarded-host': 'evil.example',
          forwarded: 'host=evil.example',
        }),
      );
      expect(doc.issuer).toBe(`${emulator.info.url}/${emulator.info.tenantId}/v2.0`);
      expect(JSON.stringify(doc)).not.toContain('evil.example');
    });
  });
});
