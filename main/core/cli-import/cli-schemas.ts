/**
 * The shapes of the CLI's files (src/Auth.ts: `Connection`, stored with `JSON.stringify`), read
 * loosely: fields a newer CLI adds are ignored, and only what an import needs is required.
 */
import { z } from 'zod';

/** How the CLI signs in (`AuthType` in src/Auth.ts). */
export const KNOWN_AUTH_TYPES = [
  'deviceCode',
  'password',
  'certificate',
  'identity',
  'federatedIdentity',
  'browser',
  'secret',
] as const;

/** The identity hosts MSAL files a cloud's tokens under (its instance discovery aliases). */
const WORLDWIDE = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
];
const US_GOVERNMENT = ['login.microsoftonline.us', 'login.usgovcloudapi.net'];
const CHINA = ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'];

/** The CLI's clouds (`CloudType` in src/Auth.ts) and the identity hosts its tokens come from. */
export const CLI_CLOUDS = {
  Public: { cloud: 'public', hosts: WORLDWIDE },
  USGov: { cloud: 'usgov', hosts: WORLDWIDE },
  USGovHigh: { cloud: 'usgovhigh', hosts: US_GOVERNMENT },
  USGovDoD: { cloud: 'usgovdod', hosts: US_GOVERNMENT },
  China: { cloud: 'china', hosts: CHINA },
} as const;

export const CliConnectionRecord = z.looseObject({
  name: z.string().optional(),
  active: z.boolean().optional(),
  authType: z.string(),
  appId: z.string().min(1),
  tenant: z.string().min(1),
  cloudType: z.string().optional(),
  identityName: z.string().optional(),
  identityId: z.string().optional(),
  identityTenantId: z.string().optional(),
  /** Base64 of the PEM or PFX file the CLI was given. */
  certificate: z.string().optional(),
  thumbprint: z.string().optional(),
  password: z.string().optional(),
  secret: z.string().optional(),
  userName: z.string().optional(),
  spoUrl: z.string().optional(),
  /** Keyed by resource, e.g. `https://graph.microsoft.com`: the services the CLI used. */
  accessTokens: z.record(z.string(), z.unknown()).optional(),
});
export type CliConnectionRecord = z.infer<typeof CliConnectionRecord>;

const CacheEntry = z.looseObject({
  home_account_id: z.string(),
  environment: z.string(),
});

/** msal-node's serialized cache, as far as an import reads it. */
export const CliMsalCache = z.looseObject({
  Account: z.record(
    z.string(),
    CacheEntry.extend({ local_account_id: z.string(), username: z.string().optional() }),
  ),
  RefreshToken: z.record(
    z.string(),
    CacheEntry.extend({ client_id: z.string(), secret: z.string() }),
  ),
});
export type CliMsalCache = z.infer<typeof CliMsalCache>;

/** Where zod stopped, in a few plain words: `appId (missing)`. */
export function whatIsNotUnderstood(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.join('.') || 'the file';
      return issue.code === 'invalid_type' && issue.input === undefined
        ? `${where} (missing)`
        : `${where} (${issue.message})`;
    })
    .join(', ');
}
