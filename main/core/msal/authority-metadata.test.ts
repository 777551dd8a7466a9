/**
 * The OpenID configuration MSAL is given for each of Microsoft's clouds: the endpoints under
 * the cloud's authority host and the tenant as the sign-in names it, and the issuer that
 * cloud's tokens carry. (The sandbox's is held against the emulator's live document in
 * authority-metadata.int.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../../../preload/contract';
import { findMicrosoftCloud, microsoftClouds } from '../cloud-catalog';
import { authorityMetadataOptions, openIdConfiguration } from './authority-metadata';

/** Per cloud: where its identity platform answers, and the host its tokens name in `iss`. */
const documented: Record<Exclude<CloudId, 'sandbox'>, { host: string; issuerHost: string }> = {
  public: { host: 'login.microsoftonline.com', issuerHost: 'login.microsoftonline.com' },
  usgov: { host: 'login.microsoftonline.com', issuerHost: 'login.microsoftonline.com' },
  usgovhigh: { host: 'login.microsoftonline.us', issuerHost: 'login.microsoftonline.us' },
  usgovdod: { host: 'login.microsoftonline.us', issuerHost: 'login.microsoftonline.us' },
  china: { host: 'login.chinacloudapi.cn', issuerHost: 'login.partner.microsoftonline.cn' },
};

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
/** Each tenant form a sign-in may name, and the tenant segment of the issuer it leads to. */
const tenantForms = [
  ['organizations', 'organizations', '{tenantid}'],
  ['common', 'common', '{tenantid}'],
  ['a tenant id', tenantId, tenantId],
  ['a tenant id in capitals', tenantId.toUpperCase(), tenantId],
  ['a verified domain', 'contoso.onmicrosoft.com', '{tenantid}'],
] as const;

describe('authority metadata for Microsoft’s clouds', () => {
  it('covers every cloud in the catalog', () => {
    expect(microsoftClouds.map((c) => c.id).sort()).toEqual(Object.keys(documented).sort());
  });

  for (const [cloudId, { host, issuerHost }] of Object.entries(documented)) {
    const cloud = findMicrosoftCloud(cloudId as CloudId)!;
    it.each(tenantForms)(`${cloudId}, tenant as %s`, (_, tenant, issuerTenant) => {
      const base = `https://${host}/${tenant}`;
      expect(openIdConfiguration(cloud, tenant)).toEqual({
        issuer: `https://${issuerHost}/${issuerTenant}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
      });
    });
  }

  it('hands MSAL the document as JSON and the authority host as the only known authority', () => {
    const cloud = findMicrosoftCloud('usgovhigh')!;
    const options = authorityMetadataOptions({ cloud, tenant: 'organizations' });
    expect(options.knownAuthorities).toEqual(['login.microsoftonline.us']);
    expect(JSON.parse(options.authorityMetadata!)).toEqual(
      openIdConfiguration(cloud, 'organizations'),
    );
  });
});
