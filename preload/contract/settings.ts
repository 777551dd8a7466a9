/**
 * What the person can set for the whole app: the proxy, whether sign-ins are kept without a
 * secure keystore, and the default app registration; every `settings.*` command.
 */
import { z } from 'zod';
import { ClientIdText, CloudId, Empty, TenantText } from './ids';
import { Problem } from './problem';
import { SignInDefaults } from './sign-in';

/** What the renderer sees instead of a proxy password. */
export const PROXY_PASSWORD_MARK = '•••';

/** False for a URL whose user info holds a password other than the mark (`http://u:pw@host`). */
function showsNoProxyPassword(url: string): boolean {
  const userInfo = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)@/i.exec(url)?.[1];
  const colon = userInfo?.indexOf(':') ?? -1;
  return colon < 0 || ['', PROXY_PASSWORD_MARK].includes(userInfo!.slice(colon + 1));
}

/**
 * The proxy every request of the app uses, and where that choice came from. The raw URL
 * cannot cross: the only URL here is `displayUrl`, refused if it holds a password.
 */
export const ProxyState = z.object({
  /** The proxy URL with its password, if any, replaced by `•••` (e.g. `http://alice:•••@proxy:3128`). */
  displayUrl: z
    .string()
    .refine(showsNoProxyPassword, 'A proxy password must not cross the bridge')
    .optional(),
  /** Whether the proxy in use has a password (the setting's known this session, or the variable's). */
  hasPassword: z.boolean(),
  /**
   * Where that password is: encrypted by the keystore, in memory for this session only (no
   * secure keystore), or only in the environment variable (the app keeps nothing).
   */
  passwordKept: z.enum(['encrypted', 'session', 'environment']).optional(),
  noProxy: z.string().optional(),
  source: z.enum(['setting', 'environment', 'none']),
  /** Something to do about the password: needed again after a restart, or kept for this session only. */
  problem: Problem.optional(),
});
export type ProxyState = z.infer<typeof ProxyState>;

/** Where sign-ins are kept, and whether they are kept at all without a real keystore. */
export const KeystoreState = z.object({
  backend: z.string(),
  /** False for Linux `basic_text` (a hard-coded key) or no keystore at all. */
  strong: z.boolean(),
  keepSignInsWithoutKeystore: z.boolean(),
  /** Whether sign-ins survive a restart. */
  keepsSignIns: z.boolean(),
});
export type KeystoreState = z.infer<typeof KeystoreState>;

export const settingsCommands = {
  'settings.proxy.get': { input: Empty, output: ProxyState },
  /**
   * An empty `proxyUrl` clears the setting, so HTTPS_PROXY / NO_PROXY apply again. The URL as
   * `displayUrl` shows it (`http://alice:•••@proxy:3128`) keeps the saved password of that
   * same proxy; any other password is the new one.
   */
  'settings.proxy.set': {
    input: z
      .object({ proxyUrl: z.string().max(2048), noProxy: z.string().max(4096).optional() })
      .strict(),
    output: ProxyState,
  },
  'settings.keystore.get': { input: Empty, output: KeystoreState },
  /** The explicit opt-in to keep sign-ins on a computer without a secure keystore. */
  'settings.keystore.set': {
    input: z.object({ keepSignInsWithoutKeystore: z.boolean() }).strict(),
    output: KeystoreState,
  },
  /** Makes an app and tenant the default for new connections (environment variables still win). */
  'settings.appDefaults.set': {
    input: z.object({ cloud: CloudId, clientId: ClientIdText, tenant: TenantText }).strict(),
    output: SignInDefaults,
  },
  'settings.appDefaults.clear': {
    input: z.object({ cloud: CloudId }).strict(),
    output: SignInDefaults,
  },
} as const;
