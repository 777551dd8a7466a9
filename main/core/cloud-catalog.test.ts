/** Every Microsoft cloud's authority and service endpoints, as the catalog gives them. */
import { describe, expect, it } from 'vitest';
import type { CloudId } from '../../preload/contract';
import { findMicrosoftCloud, microsoftClouds, sandboxCloud } from './cloud-catalog';

const expected: Record<Exclude<CloudId, 'sandbox'>, Record<string, string | undefined>> = {
  public: {
    authority: 'https://login.microsoftonline.com',
    graph: 'https://graph.microsoft.com',
    sharePoint: 'sharepoint.com',
    managementApi: 'https://manage.office.com',
    azureManagement: 'https://management.azure.com',
    vivaEngage: 'https://api.yammer.com',
  },
  usgov: {
    authority: 'https://login.microsoftonline.com',
    graph: 'https://graph.microsoft.com',
    sharePoint: 'sharepoint.com',
    managementApi: 'https://manage-gcc.office.com',
    azureManagement: 'https://management.azure.com',
    vivaEngage: 'https://api.yammer.com',
  },
  usgovhigh: {
    authority: 'https://login.microsoftonline.us',
    graph: 'https://graph.microsoft.us',
    sharePoint: 'sharepoint.us',
    managementApi: 'https://manage.office365.us',
    azureManagement: 'https://management.usgovcloudapi.net',
    vivaEngage: undefined,
  },
  usgovdod: {
    authority: 'https://login.microsoftonline.us',
    graph: 'https://dod-graph.microsoft.us',
    sharePoint: 'sharepoint-mil.us',
    managementApi: 'https://manage.protection.apps.mil',
    azureManagement: 'https://management.usgovcloudapi.net',
    vivaEngage: undefined,
  },
  china: {
    authority: 'https://login.chinacloudapi.cn',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    sharePoint: 'sharepoint.cn',
    managementApi: 'https://manage.office.cn',
    azureManagement: 'https://management.chinacloudapi.cn',
    vivaEngage: undefined,
  },
};

describe('cloud catalog', () => {
  it.each(Object.entries(expected))('%s', (id, hosts) => {
    const cloud = findMicrosoftCloud(id as CloudId)!;
    expect({
      authority: cloud.authorityHost,
      graph: cloud.resources.graph?.audience,
      sharePoint: cloud.sharePointSuffix,
      managementApi: cloud.resources.managementApi?.audience,
      azureManagement: cloud.resources.azureManagement?.audience,
      vivaEngage: cloud.resources.vivaEngage?.audience,
    }).toEqual(hosts);
  });

  it('lists each Microsoft cloud once, all over https', () => {
    expect(microsoftClouds.map((c) => c.id)).toEqual(Object.keys(expected));
    for (const cloud of microsoftClouds) {
      for (const url of [
        cloud.authorityHost,
        ...Object.values(cloud.resources).flatMap((r) => [r.audience, r.baseUrl]),
      ]) {
        expect(new URL(url).protocol, url).toBe('https:');
      }
    }
  });

  it('Viva Engage requests go to www.yammer.com, for a token whose audience is api.yammer.com', () => {
    expect(findMicrosoftCloud('public')!.resources.vivaEngage).toEqual({
      audience: 'https://api.yammer.com',
      baseUrl: 'https://www.yammer.com',
    });
  });

  it('the sandbox maps the tenant’s public SharePoint hosts to the emulator, and leaves others alone', () => {
    const cloud = sandboxCloud(
      {
        url: 'https://127.0.0.1:9',
        caFile: '/ca.pem',
        tenantId: 't',
        tenantDomain: 'contoso-sandbox.onmicrosoft.com',
        publicClientId: 'c',
        resources: {
          graph: { audience: 'https://graph.microsoft.com', baseUrl: 'https://127.0.0.1:9/graph' },
        },
        sharepoint: {
          rootUrl: 'https://contoso-sandbox.sharepoint.com',
          adminUrl: 'https://contoso-sandbox-admin.sharepoint.com',
          rootBaseUrl: 'https://127.0.0.1:9/sharepoint/contoso-sandbox',
          adminBaseUrl: 'https://127.0.0.1:9/sharepoint/contoso-sandbox-admin',
        },
      },
      'PEM',
    );
    expect(cloud.sharePointSuffix).toBe('sharepoint.com');
    expect(cloud.sharePointBaseUrl('https://contoso-sandbox-admin.sharepoint.com')).toBe(
      'https://127.0.0.1:9/sharepoint/contoso-sandbox-admin',
    );
    expect(cloud.sharePointBaseUrl('https://fabrikam.sharepoint.com')).toBe(
      'https://fabrikam.sharepoint.com',
    );
    expect(cloud.caPem).toBe('PEM');
  });
});
