/**
 * Which proxy a request goes through: the app's own setting first, then HTTPS_PROXY (and
 * NO_PROXY) from the environment, as admins behind corporate proxies expect. The same answer
 * serves MSAL, the probes and the sign-in window.
 *
 * The setting's password never sits in the settings file: it is kept encrypted in the
 * {@link SecretVault} when the keystore policy keeps secrets, and otherwise in memory for this
 * session only. The renderer only ever gets the URL with the password replaced by `•••`.
 */
import { z } from 'zod';
import type { ProxyState } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import type { KeyValueStore } from '../ports';
import { SecretUnreadableError, type SecretVault } from '../store/secret-vault';
import {
  proxyPasswordNeeded,
  proxyPasswordSessionOnly,
  savedPasswordRefusal,
} from './proxy-problems';
import { noProxyProblem } from './no-proxy-list';
import {
  isPasswordMark,
  joinProxyUrl,
  proxyUrlProblem,
  redactProxyUrl,
  sameProxy,
  splitProxyUrl,
} from './proxy-url';

export { proxyUrlProblem } from './proxy-url';
export { proxyFor } from './no-proxy-list';

/** The proxy in use, in main only: `proxyUrl` carries the password for the proxy agent. */
export interface ProxyConfig {
  proxyUrl?: string;
  /** Comma-separated hosts, `.suffix` domains, `host:port`, or `*` for "never". */
  noProxy?: string;
  source: 'setting' | 'environment' | 'none';
}

const SETTING_KEY = 'proxy';
const PASSWORD_SECRET = 'proxy-password';
const ProxySetting = z.object({
  /** Without its password (a store from before this rule still has it here: see load()). */
  proxyUrl: z.string(),
  noProxy: z.string().optional(),
  /** Where the URL's password is: in the vault, or it was typed for one session only. */
  password: z.enum(['vault', 'session']).optional(),
});
type ProxySetting = z.infer<typeof ProxySetting>;

export interface ProxySettingsDeps {
  store: KeyValueStore;
  vault: Pick<SecretVault, 'read' | 'write' | 'remove' | 'setAside'>;
  /** The keystore policy: a password goes to disk (encrypted) only when it keeps sign-ins. */
  policy: { keepsTokens(): Promise<boolean> };
  env: Readonly<Record<string, string | undefined>>;
}

export class ProxySettings {
  /** The setting's password for this session: read from the vault, or as typed. */
  private password?: string;
  /** Told to the person in the proxy state until they save the proxy again. */
  private problem?: ProxyState['problem'];
  private loading?: Promise<void>;

  constructor(private readonly deps: ProxySettingsDeps) {}

  /**
   * Reads the setting's password from the vault, and upgrades a store that still holds it in
   * plain text in the URL. Runs once; never rejects (a failure becomes the proxy's problem).
   */
  load(): Promise<void> {
    this.loading ??= this.loadOnce().catch((error: unknown) => {
      console.error('[desk] reading the proxy password failed', error);
      this.problem = proxyPasswordNeeded(this.displayedSetting(), 'unreadable');
    });
    return this.loading;
  }

  /** The proxy for the network code, password included. */
  current(): ProxyConfig {
    const setting = this.setting();
    if (setting?.proxyUrl) {
      // Before load() an old store's URL may still hold its password; after it, never.
      const { bare, password } = splitProxyUrl(setting.proxyUrl);
      return {
        proxyUrl: joinProxyUrl(bare, this.password ?? password),
        noProxy: setting.noProxy ?? '',
        source: 'setting',
      };
    }
    const fromEnv = this.deps.env.HTTPS_PROXY ?? this.deps.env.https_proxy;
    if (fromEnv) {
      const noProxy = this.deps.env.NO_PROXY ?? this.deps.env.no_proxy ?? '';
      return { proxyUrl: fromEnv, noProxy, source: 'environment' };
    }
    return { source: 'none' };
  }

  /** The proxy as the renderer may see it: the URL redacted, where its password is kept. */
  state(): ProxyState {
    const { proxyUrl, noProxy, source } = this.current();
    const hasPassword = splitProxyUrl(proxyUrl ?? '').password !== undefined;
    const kept = source === 'setting' ? this.setting()?.password : undefined;
    const passwordKept =
      source === 'environment' ? 'environment' : kept === 'vault' ? 'encrypted' : kept;
    return {
      source,
      ...(proxyUrl ? { displayUrl: redactProxyUrl(proxyUrl) } : {}),
      ...(noProxy !== undefined ? { noProxy } : {}),
      hasPassword,
      ...(hasPassword && passwordKept ? { passwordKept } : {}),
      ...(source === 'setting' && this.problem ? { problem: this.problem } : {}),
    };
  }

  /**
   * Saves the app's proxy; an empty URL clears it (the environment applies again). A password
   * of `•••` (as the renderer shows it) keeps the saved password, for the same proxy only. Bad
   * input throws a {@link ProblemError} and changes nothing.
   */
  async set(proxyUrl: string, noProxy = ''): Promise<ProxyState> {
    await this.load();
    if (!proxyUrl) {
      this.deps.vault.remove(PASSWORD_SECRET);
      this.deps.store.delete(SETTING_KEY);
      this.password = undefined;
      this.problem = undefined;
      return this.state();
    }
    const invalid = proxyUrlProblem(proxyUrl);
    if (invalid) throw new ProblemError({ code: 'invalid_proxy_url', message: invalid });
    const unlisted = noProxyProblem(noProxy);
    if (unlisted) throw new ProblemError({ code: 'invalid_no_proxy', message: unlisted });
    const { bare, password } = splitProxyUrl(proxyUrl);
    let keep = password;
    if (isPasswordMark(password)) {
      // The saved password goes only to the proxy it was saved for.
      if (this.password === undefined) throw new ProblemError(savedPasswordRefusal(proxyUrl));
      if (!sameProxy(this.setting()?.proxyUrl ?? '', proxyUrl)) {
        throw new ProblemError(savedPasswordRefusal(proxyUrl, this.displayedSetting()));
      }
      keep = this.password;
    }
    this.problem = undefined;
    await this.keep(bare, noProxy, keep);
    return this.state();
  }

  /** After the keystore policy changed: the password goes to the vault, or off the disk. */
  async applyPolicy(): Promise<void> {
    await this.load();
    const setting = this.setting();
    if (!setting || this.password === undefined) return;
    this.problem = undefined;
    await this.keep(setting.proxyUrl, setting.noProxy ?? '', this.password);
  }

  private async loadOnce(): Promise<void> {
    const setting = this.setting();
    if (!setting) return;
    const { bare, password } = splitProxyUrl(setting.proxyUrl);
    if (password !== undefined) {
      // Written by an earlier version, with the password in plain text: move it out of the file.
      await this.keep(bare, setting.noProxy ?? '', password);
      if (this.setting()?.password === 'session') {
        this.problem ??= proxyPasswordSessionOnly(this.displayedSetting(), 'upgraded');
      }
      return;
    }
    if (setting.password === 'session') {
      this.problem = proxyPasswordNeeded(this.displayedSetting(), 'session');
    } else if (setting.password === 'vault') {
      this.password = await this.readVault();
      if (this.password === undefined) {
        this.problem = proxyPasswordNeeded(this.displayedSetting(), 'unreadable');
      }
    }
  }

  private async readVault(): Promise<string | undefined> {
    try {
      return await this.deps.vault.read(PASSWORD_SECRET);
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) throw error;
      // Another keystore wrote it: keep it aside (never deleted) and ask for the password again.
      this.deps.vault.setAside(PASSWORD_SECRET);
      return undefined;
    }
  }

  /** Forgets the proxy's password (Sign out everywhere); the URL stays. True if there was one. */
  async forgetPassword(): Promise<boolean> {
    await this.load();
    const setting = this.setting();
    if (!setting?.password) return false;
    await this.keep(splitProxyUrl(setting.proxyUrl).bare, setting.noProxy ?? '', undefined);
    return true;
  }

  /** Writes the setting; the password to the vault when the policy allows, else to memory. */
  private async keep(bare: string, noProxy: string, password: string | undefined): Promise<void> {
    let where: ProxySetting['password'];
    if (password !== undefined) {
      where = (await this.deps.policy.keepsTokens()) ? 'vault' : 'session';
    }
    // The vault is written before the setting that points to it, so a crash loses nothing.
    if (where === 'vault' && !(await this.sealed(password ?? ''))) {
      where = 'session';
      this.problem = proxyPasswordSessionOnly(redactProxyUrl(bare), 'encrypt-failed');
    }
    if (where !== 'vault') this.deps.vault.remove(PASSWORD_SECRET);
    const setting: ProxySetting = {
      proxyUrl: bare,
      noProxy,
      ...(where ? { password: where } : {}),
    };
    this.deps.store.set(SETTING_KEY, setting);
    this.password = password;
  }

  /** Encrypts the password into the vault; false when the cipher refused. */
  private async sealed(password: string): Promise<boolean> {
    try {
      await this.deps.vault.write(PASSWORD_SECRET, password);
      return true;
    } catch (error) {
      console.error('[desk] encrypting the proxy password failed', error);
      return false;
    }
  }

  private setting(): ProxySetting | undefined {
    const parsed = ProxySetting.safeParse(this.deps.store.get(SETTING_KEY));
    return parsed.success && parsed.data.proxyUrl ? parsed.data : undefined;
  }

  private displayedSetting(): string {
    return redactProxyUrl(this.setting()?.proxyUrl ?? '');
  }
}
