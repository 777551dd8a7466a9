import { adminCenterPart, rolesInWords } from '../permissions/permission-roles';
import type { ServiceDefinition } from './service-definition';
import { stringField } from './service-definition';

/**
 * SharePoint tokens are per host: the tenant's root host for its sites, the `-admin` host for the
 * admin center. The admin center needs full control; reading sites needs only read.
 */
export const sharePointService: ServiceDefinition = {
  id: 'sharepoint',
  label: 'SharePoint Online',
  description: 'Sites, lists and tenant settings, through the SharePoint REST API.',
  accountNeed:
    'Any work account opens the sites it has access to; the SharePoint admin center needs a SharePoint Administrator or Global Administrator.',
  appOnlySupported: true,
  appOnlyNote:
    'App-only access to SharePoint needs a certificate: SharePoint refuses client secrets.',
  needsSiteUrl: true,
  resource: ({ cloud, sharePoint }) => {
    if (!sharePoint) return undefined;
    const site = new URL(sharePoint.siteUrl);
    return {
      audience: sharePoint.isAdmin ? sharePoint.adminUrl : sharePoint.rootUrl,
      baseUrl: `${cloud.sharePointBaseUrl(site.origin)}${site.pathname.replace(/\/$/, '')}`,
    };
  },
  delegatedScopes: ({ sharePoint }) =>
    sharePoint?.isAdmin ? ['AllSites.FullControl'] : ['AllSites.Read'],
  probe: {
    label: () => 'GET /_api/web',
    path: () => '/_api/web?$select=Title,Url',
    summarize: (body) => {
      const title = stringField(body, 'Title') ?? 'Site';
      const url = stringField(body, 'Url');
      return url ? `${title} (${url})` : title;
    },
  },
  // The admin center needs the SharePoint Administrator role (sourced there); a site needs access to the site
  // itself, which admin roles alone do not give ("About the SharePoint Administrator role",
  // learn.microsoft.com/sharepoint/sharepoint-admin-role).
  refusal: ({ sharePoint }) =>
    sharePoint?.isAdmin
      ? { action: adminCenterPart.action, roles: rolesInWords(adminCenterPart) }
      : {
          action: `read ${sharePoint?.siteUrl ?? 'this site'}`,
          roles: 'access to the site itself (an admin role alone does not give it)',
          ask: 'one of the site’s owners',
        },
};
