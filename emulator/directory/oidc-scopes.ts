/** OpenID Connect scopes; they never name a resource and never appear in `scp`. */
export const oidcScopes = ['openid', 'profile', 'email', 'offline_access'] as const;

/** One of {@link oidcScopes}. */
export type OidcScope = (typeof oidcScopes)[number];

/** The OpenID Connect scope names, for membership tests. */
export const oidcScopeNames: ReadonlySet<string> = new Set(oidcScopes);
