import type { ConsentGrants } from './directory/consent-grants.js';
import type { ResourceKey } from './directory/resource-apis.js';
import type { Directory } from './directory/sandbox-directory.js';
import type { SigningKey } from './crypto/signing-key.js';
import type { DeviceCodes } from './identity/device-codes.js';
import type { RefreshTokens } from './identity/refresh-tokens.js';

/** Knobs tests can turn at run time through the control API. */
export interface EmulatorSettings {
  accessTokenLifetimeSeconds: number;
  deviceCodeIntervalSeconds: number;
  /** Resources without a service principal in the tenant (tokens for them: AADSTS500011). */
  unprovisionedResources: Set<ResourceKey>;
  /** Added before every answer, to stand in for a real network round trip. */
  latencyMs: number;
}

/** Shared state every route handler works with. */
export interface EmulatorContext {
  /** Base URL, `https://127.0.0.1:PORT`; known only once the server listens. */
  url: string;
  directory: Directory;
  signingKey: SigningKey;
  consent: ConsentGrants;
  refreshTokens: RefreshTokens;
  deviceCodes: DeviceCodes;
  settings: EmulatorSettings;
  /** Every token string handed out, in order. */
  issuedTokens: string[];
}

/** The v2.0 issuer for a tenant, as in tokens and tenant-specific metadata. */
export function issuerFor(ctx: EmulatorContext, tenantId: string): string {
  return `${ctx.url}/${tenantId}/v2.0`;
}
