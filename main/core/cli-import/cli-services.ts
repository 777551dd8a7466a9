/**
 * The services a CLI connection was used for, read from the resources it holds access tokens
 * for (`accessTokens` is keyed by resource). Graph serves both Microsoft Graph and Entra ID;
 * a `*.sharepoint.com` resource is SharePoint at that site.
 */
import type { ServiceId } from '../../../preload/contract';
import { microsoftClouds } from '../cloud-catalog';
import { serviceCatalog } from '../services/service-catalog';
import type { CliConnectionRecord } from './cli-schemas';

const trimSlash = (url: string) => url.replace(/\/+$/, '').toLowerCase();

/** The SharePoint site the CLI used, as its origin; undefined when it used none. */
export function cliSharePointSite(record: CliConnectionRecord): string | undefined {
  const fromTokens = Object.keys(record.accessTokens ?? {}).find(isSharePoint);
  const site = fromTokens ?? record.spoUrl;
  return site && isSharePoint(site) ? new URL(site).origin : undefined;
}

function isSharePoint(resource: string): boolean {
  try {
    const host = new URL(resource).hostname;
    return /\.sharepoint\.(com|us|cn|de)$/.test(host) || host.endsWith('.sharepoint-mil.us');
  } catch {
    return false;
  }
}

/** The services to bind for the record; Microsoft Graph when the CLI used none yet. */
export function cliServicesOf(record: CliConnectionRecord): ServiceId[] {
  const resources = new Set(Object.keys(record.accessTokens ?? {}).map(trimSlash));
  // Sandbox tokens name Microsoft's own audiences, as the worldwide cloud does.
  const cloud = microsoftClouds[0]!;
  const ids = serviceCatalog
    .filter((service) => {
      // SharePoint refuses app-only tokens got with a secret: that connection never used it.
      if (service.needsSiteUrl)
        return record.authType !== 'secret' && cliSharePointSite(record) !== undefined;
      const audience = service.resource({ cloud, tenantId: record.tenant })?.audience;
      return audience !== undefined && resources.has(trimSlash(audience));
    })
    .map((service) => service.id);
  return ids.length > 0 ? ids : ['graph'];
}
