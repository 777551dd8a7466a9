/** One delegated permission (OAuth2 scope) a resource API exposes. */
export interface DelegatedScope {
  /** Short name as it appears in `scp`, e.g. `User.Read`. */
  name: string;
  /** Plain-words text for the consent page. */
  consentText: string;
  /** Only an administrator can consent (Entra's "Admin consent required: Yes"). */
  adminConsentRequired: boolean;
}

/** A resource API (service principal of a first-party service) tokens can be issued for. */
export interface ResourceApi {
  /** Key used in code and ReadyInfo, e.g. `graph`. */
  key: string;
  displayName: string;
  /** Well-known application id of the resource's service principal. */
  appId: string;
  /** Audience (`aud`) of its access tokens, also the scope prefix, e.g. `https://graph.microsoft.com`. */
  audience: string;
  scopes: DelegatedScope[];
}

/**
 * Microsoft Graph, with the slice of delegated permissions the emulator understands.
 * Later services (SharePoint, Management API, Azure, Yammer) get their own entries.
 */
export const microsoftGraph: ResourceApi = {
  key: 'graph',
  displayName: 'Microsoft Graph',
  appId: '00000003-0000-0000-c000-000000000000',
  audience: 'https://graph.microsoft.com',
  scopes: [
    {
      name: 'User.Read',
      consentText: 'Sign you in and read your profile',
      adminConsentRequired: false,
    },
    {
      name: 'User.Read.All',
      consentText: "Read all users' full profiles",
      adminConsentRequired: true,
    },
    {
      name: 'Organization.Read.All',
      consentText: 'Read organization information',
      adminConsentRequired: true,
    },
    { name: 'Directory.Read.All', consentText: 'Read directory data', adminConsentRequired: true },
  ],
};

/** All resource APIs the emulator can issue tokens for. */
export const resourceApis: readonly ResourceApi[] = [microsoftGraph];

/**
 * Finds a resource by audience URI or app id, as Entra accepts either as a scope prefix.
 * Trailing slashes are ignored (`https://graph.microsoft.com//.default` is legal).
 */
export function findResourceApi(identifier: string): ResourceApi | undefined {
  const wanted = identifier.replace(/\/+$/, '').toLowerCase();
  return resourceApis.find(
    (api) => api.audience.toLowerCase() === wanted || api.appId.toLowerCase() === wanted,
  );
}

/** Looks a scope up case-insensitively; returns the resource's canonical spelling. */
export function findDelegatedScope(api: ResourceApi, name: string): DelegatedScope | undefined {
  const wanted = name.toLowerCase();
  return api.scopes.find((scope) => scope.name.toLowerCase() === wanted);
}
