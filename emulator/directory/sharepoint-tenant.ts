import { SANDBOX_TENANT_NAME } from './tenants.js';

/**
 * The sandbox tenant's SharePoint Online hosts. Each is its own token audience although both
 * belong to one resource app in Entra; the emulator serves them under `/sharepoint/{host}`.
 */
export const sharePointHosts = {
  root: `${SANDBOX_TENANT_NAME}.sharepoint.com`,
  admin: `${SANDBOX_TENANT_NAME}-admin.sharepoint.com`,
} as const;

/** Public URLs of the two hosts, as a person sees and types them (also the `aud` of tokens). */
export const sharePointRootUrl = `https://${sharePointHosts.root}`;
export const sharePointAdminUrl = `https://${sharePointHosts.admin}`;

/** A seeded site collection on the root host. */
export interface SharePointSite {
  /** Server-relative path: `` for the root site, `/sites/hr` for the others. */
  path: string;
  title: string;
  /** SharePoint's web template name, shown by `_api/web` as `WebTemplate`. */
  webTemplate: string;
}

/** Sites on the root host; the admin host has just its admin center web. */
export const sharePointSites: readonly SharePointSite[] = [
  { path: '', title: 'Contoso sandbox', webTemplate: 'SITEPAGEPUBLISHING' },
  { path: '/sites/hr', title: 'Human Resources', webTemplate: 'GROUP' },
  { path: '/sites/it', title: 'IT', webTemplate: 'GROUP' },
];

/** Title of the web at the admin host's root. */
export const SHAREPOINT_ADMIN_TITLE = 'SharePoint admin center';

/** Finds a root-host site by its server-relative path (case-insensitive like SharePoint URLs). */
export function findSharePointSite(path: string): SharePointSite | undefined {
  const wanted = path.replace(/\/+$/, '').toLowerCase();
  return sharePointSites.find((site) => site.path.toLowerCase() === wanted);
}
