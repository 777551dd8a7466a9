import type { AppRegistration, PasswordCredential } from '../../directory/app-registrations.js';

/** A client secret as Graph shows it: never the value, except once from `addPassword`. */
export function passwordCredentialJson(
  credential: PasswordCredential,
  revealSecret = false,
): Record<string, unknown> {
  return {
    customKeyIdentifier: null,
    displayName: credential.displayName,
    endDateTime: credential.endDateTime,
    hint: credential.hint,
    keyId: credential.keyId,
    secretText: revealSecret ? credential.value : null,
    startDateTime: credential.startDateTime,
  };
}

/** An app registration in Graph v1.0's `application` shape (properties Graph returns by default). */
export function applicationJson(app: AppRegistration, publisherDomain: string) {
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    applicationTemplateId: null,
    createdDateTime: app.createdDateTime,
    description: null,
    displayName: app.displayName,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: app.isFallbackPublicClient,
    notes: null,
    publisherDomain,
    serviceManagementReference: null,
    signInAudience: app.signInAudience,
    tags: [],
    tokenEncryptionKeyId: null,
    defaultRedirectUri: null,
    optionalClaims: null,
    addIns: [],
    api: {
      acceptMappedClaims: null,
      knownClientApplications: [],
      requestedAccessTokenVersion: null,
      oauth2PermissionScopes: [],
      preAuthorizedApplications: [],
    },
    appRoles: [],
    info: {
      logoUrl: null,
      marketingUrl: null,
      privacyStatementUrl: null,
      supportUrl: null,
      termsOfServiceUrl: null,
    },
    keyCredentials: (app.keyCredentials ?? []).map(({ key: _key, ...rest }) => ({
      ...rest,
      key: null,
    })),
    passwordCredentials: app.passwordCredentials.map((c) => passwordCredentialJson(c)),
    publicClient: { redirectUris: [...app.redirectUris] },
    requiredResourceAccess: app.requiredResourceAccess.map((r) => ({
      resourceAppId: r.resourceAppId,
      resourceAccess: r.resourceAccess.map((a) => ({ id: a.id, type: a.type })),
    })),
    spa: { redirectUris: [...(app.spaRedirectUris ?? [])] },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [...(app.webRedirectUris ?? [])],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      redirectUriSettings: (app.webRedirectUris ?? []).map((uri) => ({ uri, index: null })),
    },
  };
}
