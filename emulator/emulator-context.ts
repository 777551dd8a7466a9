import type { ConsentGrants } from './directory/consent-grants.js';
import type { ResourceKey } from './directory/resource-apis.js';
import type { Directory } from './directory/sandbox-directory.js';
import type { ClientCertificate } from './crypto/client-certificate.js';
import type { SigningKey } from './crypto/signing-key.js';
import type { AuthorizationCodes } from './identity/authorization-codes.js';
import type { DeviceCodes } from './identity/device-codes.js';
import type { RefreshTokens } from './identity/refresh-tokens.js';
import type { RouteFaults } from './control/route-faults.js';
import type { AuthorizeFailure } from './control/sign-in-failure-control.js';

/** Knobs tests can turn at run time through the control API. */
export interface EmulatorSettings {
  accessTokenLifetimeSeconds: number;
  deviceCodeIntervalSeconds: number;
  /** Resources without a service principal in the tenant (tokens for them: AADSTS500011). */
  unprovisionedResources: Set<ResourceKey>;
  /** Added before every answer, to stand in for a real network round trip. */
  latencyMs: number;
  /** A Conditional Access policy blocks the device code flow (AADSTS53003). */
  deviceCodeBlocked: boolean;
  /** How far the service APIs' clock runs ahead of the token service's (negative: behind). */
  resourceClockSkewSeconds: number;
  /**
   * Tenant consent policy: users may consent to permissions that do not need an admin
   * (`type: 'User'`). Off: every consent needs an administrator (AADSTS90094).
   */
  usersMayConsent: boolean;
  /** Key ids of client secrets made to look expired (not persisted, unlike Graph changes). */
  expiredSecrets: Set<string>;
  /** How long new apps and service principals stay unknown to sign-in (AADSTS700016). */
  replicationDelayMs: number;
  /** AADSTS codes the next token requests answer with, oldest first (`failSignIn`). */
  signInFailures: number[];
  /** Access tokens carry the person's directory roles in `wids` (`setRoleClaimsInTokens`). */
  roleClaimsInTokens: boolean;
  /** What Graph `/me/memberOf` refuses with, if anything (`refuseMemberOf`). */
  memberOfRefusal: 401 | 403 | null;
  /** Refusals the next authorize sign-ins end with, oldest first (`failAuthorize`). */
  authorizeFailures: AuthorizeFailure[];
}

/** Shared state every route handler works with. */
export interface EmulatorContext {
  /**
   * Base URL, `https://127.0.0.1:PORT`; known only once the server listens. Answers name the
   * host the request reached instead (`RequestContext.site`); this is the ready line's.
   */
  url: string;
  directory: Directory;
  /** Persists `directory` after a change (Graph writes, controls). */
  saveDirectory(): void;
  signingKey: SigningKey;
  /** The confidential app's registered certificate (public part) and key files. */
  clientCertificate: ClientCertificate & { appId: string };
  consent: ConsentGrants;
  refreshTokens: RefreshTokens;
  deviceCodes: DeviceCodes;
  authorizationCodes: AuthorizationCodes;
  settings: EmulatorSettings;
  /** Network faults scripted per route (resets, hangs, 429/5xx answers). */
  faults: RouteFaults;
  /** Every token string handed out, in order. */
  issuedTokens: string[];
}

/** The v2.0 issuer for a tenant under an authority origin, as in tokens and tenant-specific metadata. */
export function issuerFor(authority: string, tenantId: string): string {
  return `${authority}/${tenantId}/v2.0`;
}
