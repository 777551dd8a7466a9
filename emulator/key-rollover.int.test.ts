import { X509Certificate, createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { useAppSetupFixture } from './testing/app-setup-fixture.js';
import { graphSetupSteps } from './testing/graph-setup-steps.js';
import { jsonOf } from './testing/https-client.js';
import { createCaTrustingNetworkClient } from './testing/msal-network-client.js';

const AAD_GRAPH = '00000002-0000-0000-c000-000000000000';

/** A proof of possession as Graph's addKey documentation describes it. */
async function proof(keyPem: string, certPem: string, iss: string, lifetime = 600) {
  const x5t = createHash('sha1').update(new X509Certificate(certPem).raw).digest('base64url');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', x5t })
    .setAudience(AAD_GRAPH)
    .setIssuer(iss)
    .setNotBefore(now)
    .setExpirationTime(now + lifetime)
    .sign(createPrivateKey(keyPem));
}

// Graph's addKey and removeKey: an app rolls its own certificates, proving it holds a current one.
describe('addKey and removeKey', () => {
  const f = useAppSetupFixture();
  const { createApp } = graphSetupSteps(f);

  it('the app itself, with no permission, rolls its key; a bad proof, or no valid certificate left, is refused', async () => {
    const admin = await f.cliToken('admin');
    const app = await createApp(admin, 'Rolling daemon', {});
    const { certFile, keyFile } = f.emulator.info.confidentialClient;
    const certPem = readFileSync(certFile, 'utf8');
    const keyPem = readFileSync(keyFile, 'utf8');
    const der = new X509Certificate(certPem).raw.toString('base64');
    const patched = await f.graph('PATCH', `/v1.0/applications/${app.id}`, admin, {
      keyCredentials: [{ type: 'AsymmetricX509Cert', usage: 'Verify', key: der }],
    });
    expect(patched.status).toBe(204);

    // The app's own token: client credentials with its certificate; it holds no app role.
    const { info } = f.emulator;
    const own = await new ConfidentialClientApplication({
      auth: {
        clientId: app.appId,
        authority: `${info.url}/${info.tenantId}`,
        knownAuthorities: [new URL(info.url).host],
        clientCertificate: {
          thumbprintSha256: new X509Certificate(certPem).fingerprint256.replaceAll(':', ''),
          privateKey: keyPem,
        },
      },
      system: { networkClient: createCaTrustingNetworkClient(readFileSync(info.caFile, 'utf8')) },
    }).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const token = own!.accessToken;
    const addKey = (body: Record<string, unknown>, as = token) =>
      f.graph('POST', `/v1.0/applications/${app.id}/addKey`, as, body);
    const newKey = { type: 'AsymmetricX509Cert', usage: 'Verify', key: der.replace(/.$/, 'A') };

    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const strangerPem = stranger.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    for (const wrong of [
      await proof(strangerPem, certPem, app.id), // not signed by the certificate it names
      await proof(keyPem, certPem, app.appId), // iss must be the object id, not the app id
      await proof(keyPem, certPem, app.id, 3600), // valid longer than 10 minutes
    ]) {
      const refused = await addKey({ keyCredential: newKey, proof: wrong });
      expect(refused.status).toBe(400);
      expect(jsonOf<{ error: { message: string } }>(refused).error.message).toBe(
        'Proof of possession is invalid.',
      );
    }

    const good = await proof(keyPem, certPem, app.id);
    const added = await addKey({ keyCredential: { ...newKey, key: der }, proof: good });
    expect(added.status).toBe(200);
    const { keyId } = jsonOf<{ keyId: string }>(added);
    const removed = await f.graph('POST', `/v1.0/applications/${app.id}/removeKey`, token, {
      keyId,
      proof: good,
    });
    expect(removed.status).toBe(204);

    // Without a valid certificate left, the app cannot prove anything: PATCH is the way then.
    const { keyCredentials } = await f.graphOk<{ keyCredentials: { keyId: string }[] }>(
      'GET',
      `/v1.0/applications/${app.id}`,
      admin,
    );
    expect(keyCredentials).toHaveLength(1);
    const last = await f.graph('POST', `/v1.0/applications/${app.id}/removeKey`, token, {
      keyId: keyCredentials[0]!.keyId,
      proof: good,
    });
    expect(last.status).toBe(204);
    expect(
      (await addKey({ keyCredential: { ...newKey, key: der }, proof: good }, admin)).status,
    ).toBe(400);
  });
});
