/**
 * The sandbox's OpenID configuration, built from its ready information without asking it, is
 * what the running emulator serves at `/{tenant}/v2.0/.well-known/openid-configuration` for
 * each tenant form a sign-in may name, and its issuer is what the emulator's tokens carry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonOf } from '../../../emulator/testing/https-client';
import { useEmulator } from '../../../emulator/testing/use-emulator';
import { sandboxCloud } from '../cloud-catalog';
import { openIdConfiguration, type OpenIdConfiguration } from './authority-metadata';

const started = useEmulator('authority-metadata');
const fields = [
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'device_authorization_endpoint',
  'end_session_endpoint',
  'jwks_uri',
] as const;

/** An issuer with Entra's `{tenantid}` template filled in for one tenant. */
const issuerOf = (issuer: string, tenantId: string) => issuer.replace('{tenantid}', tenantId);

const built = (tenant: string) => {
  const { info } = started().emulator;
  return openIdConfiguration(sandboxCloud(info, readFileSync(info.caFile, 'utf8')), tenant);
};

const served = async (tenant: string) => {
  const answer = await started().client.get(`/${tenant}/v2.0/.well-known/openid-configuration`);
  expect(answer.status).toBe(200);
  return jsonOf(answer) as OpenIdConfiguration;
};

describe('the sandbox’s authority metadata', () => {
  it.each(['organizations', 'common'])('tenant %s: exactly the served document', async (tenant) => {
    const live = await served(tenant);
    const ours = built(tenant);
    for (const field of fields) expect(ours[field], field).toBe(live[field]);
  });

  it('tenant id: exactly the served document', async () => {
    const { tenantId } = started().emulator.info;
    const live = await served(tenantId);
    const ours = built(tenantId);
    for (const field of fields) expect(ours[field], field).toBe(live[field]);
  });

  it('verified domain: the served document, with the domain where it names the tenant id', async () => {
    const { tenantId, tenantDomain } = started().emulator.info;
    const live = await served(tenantDomain);
    const ours = built(tenantDomain);
    // The emulator, like Entra, writes the tenant's id; MSAL puts the configured domain back.
    const byId = (url: string) => url.replace(`/${tenantDomain}/`, `/${tenantId}/`);
    for (const field of fields.filter((f) => f !== 'issuer'))
      expect(byId(ours[field]), field).toBe(live[field]);
    expect(issuerOf(ours.issuer, tenantId)).toBe(live.issuer);
  });

  it('its issuer is the one the emulator’s tokens carry, for every tenant form', async () => {
    const {
      emulator: { info },
      client,
    } = started();
    const answer = await client.postForm(`/${info.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: info.confidentialClient.clientId,
      client_secret: info.confidentialClient.secret,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(answer.status).toBe(200);
    const token = (jsonOf(answer) as { access_token: string }).access_token;
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iss: string;
      tid: string;
    };
    for (const tenant of ['organizations', info.tenantId, info.tenantDomain])
      expect(issuerOf(built(tenant).issuer, claims.tid), tenant).toBe(claims.iss);
  });
});
