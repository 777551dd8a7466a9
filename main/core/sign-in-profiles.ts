/**
 * Which cloud, app registration and tenant a sign-in uses. The sandbox tenant brings its own
 * app; Microsoft's clouds need the organisation's own app registration, because the shared
 * PnP Management Shell app was deleted in 2024.
 */
import { readFile } from 'node:fs/promises';
import type { CloudId, SignInDefaults } from '../../preload/contract';
import { checkAppChoice, clientIdProblem } from './app-registration-ids';
import {
  findMicrosoftCloud,
  microsoftClouds,
  sandboxCloud,
  type CloudEndpoints,
  type SandboxReadyInfo,
} from './cloud-catalog';
import {
  SETTING_SOURCE,
  type SavedApp,
  type SavedAppDefaults,
} from './app-setup/saved-app-defaults';
import { ProblemError } from './errors/to-problem';
import type { SignInProfile } from './msal/public-client-pool';

/** Starts (on first use) and describes the built-in sandbox tenant. */
export interface SandboxTenant {
  ready(): Promise<SandboxReadyInfo>;
}

/** The CLI for Microsoft 365's variables, newest first; M365 Desk honours them as defaults. */
const APP_ID_VARIABLES = ['CLIMICROSOFT365_ENTRAAPPID', 'CLIMICROSOFT365_AADAPPID'] as const;
const TENANT_VARIABLE = 'CLIMICROSOFT365_TENANT';

export interface SignInProfilesDeps {
  /** The offline sandbox tenant, when this run has one. */
  sandbox?: SandboxTenant | undefined;
  /** The environment: the CLI for Microsoft 365's variables are defaults. */
  env: Readonly<Record<string, string | undefined>>;
  /** The app saved in M365 Desk settings per cloud (environment variables still win). */
  saved?: SavedAppDefaults | undefined;
}

export class SignInProfiles {
  private sandboxEndpoints?: Promise<{ cloud: CloudEndpoints; info: SandboxReadyInfo }>;

  private readonly sandbox: SandboxTenant | undefined;
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly saved: SavedAppDefaults | undefined;

  constructor({ sandbox, env, saved }: SignInProfilesDeps) {
    this.sandbox = sandbox;
    this.env = env;
    this.saved = saved;
  }

  /** The clouds to offer. Microsoft's clouds need an app id, given here or by default. */
  clouds(): { id: CloudId; label: string; unavailableReason?: string }[] {
    return [
      ...(this.sandbox ? [{ id: 'sandbox' as const, label: 'Sandbox tenant (offline)' }] : []),
      ...microsoftClouds.map((c) => ({ id: c.id, label: c.label })),
    ];
  }

  defaultCloud(): CloudId {
    return this.sandbox && this.appProblem('public') ? 'sandbox' : 'public';
  }

  async endpoints(cloud: CloudId): Promise<CloudEndpoints> {
    if (cloud === 'sandbox') return (await this.sandboxInfo()).cloud;
    return microsoftCloudOrThrow(cloud);
  }

  /**
   * The app and tenant a new sign-in in `cloud` uses by default, and where each came from: an
   * environment variable, else the app saved in settings, else the sandbox's own app.
   */
  async defaults(cloud: CloudId): Promise<SignInDefaults> {
    const saved = this.saved?.get(cloud);
    if (cloud === 'sandbox') {
      const { info } = await this.sandboxInfo();
      if (saved) return { cloud, ...savedDefaults(saved) };
      const source = { kind: 'sandbox' as const, detail: 'The sandbox tenant’s built-in app' };
      return {
        cloud,
        clientId: info.publicClientId,
        clientIdSource: source,
        tenant: info.tenantId,
        tenantSource: { kind: 'sandbox', detail: `The sandbox tenant (${info.tenantDomain})` },
      };
    }
    microsoftCloudOrThrow(cloud);
    const appVar = APP_ID_VARIABLES.find((name) => this.env[name]?.trim());
    const envTenant = this.env[TENANT_VARIABLE]?.trim();
    // A saved tenant belongs to the saved app: an app from the environment never borrows it.
    const fromSettings = appVar ? undefined : saved && savedDefaults(saved);
    const problem = this.appProblem(cloud);
    const clientId = appVar ? this.env[appVar]!.trim() : fromSettings?.clientId;
    return {
      cloud,
      ...(clientId ? { clientId } : {}),
      clientIdSource: appVar
        ? { kind: 'environment', detail: appVar }
        : (fromSettings?.clientIdSource ?? { kind: 'none', detail: 'Not set' }),
      tenant: envTenant || fromSettings?.tenant || 'organizations',
      tenantSource: envTenant
        ? { kind: 'environment', detail: TENANT_VARIABLE }
        : (fromSettings?.tenantSource ?? {
            kind: 'default',
            detail: 'Any work or school account (organizations)',
          }),
      ...(problem ? { problem } : {}),
    };
  }

  /**
   * The profile for a new sign-in in `cloud`, with the app and tenant the person chose or the
   * defaults. Throws a {@link ProblemError} when it cannot be made.
   */
  async forNewSignIn(
    cloud: CloudId,
    app?: { clientId: string; tenant: string },
  ): Promise<SignInProfile> {
    const endpoints = await this.endpoints(cloud);
    if (app) return { cloud: endpoints, ...checkAppChoice(app, true) };
    const defaults = await this.defaults(cloud);
    if (defaults.problem) throw new ProblemError(defaults.problem);
    // Spelt as Entra does, like a typed one: one app is one connection, whatever the case.
    return {
      cloud: endpoints,
      clientId: defaults.clientId!.trim().toLowerCase(),
      tenant: defaults.tenant,
    };
  }

  /** The sandbox's tenant id, when this run has a sandbox. */
  async sandboxTenantId(): Promise<string | undefined> {
    return this.sandbox ? (await this.sandboxInfo()).info.tenantId : undefined;
  }

  /** The sandbox's tenant domain, for display. */
  async sandboxTenantDomain(): Promise<string | undefined> {
    return this.sandbox ? (await this.sandboxInfo()).info.tenantDomain : undefined;
  }

  private appIdFor(cloud: CloudId): string | undefined {
    const name = APP_ID_VARIABLES.find((n) => this.env[n]?.trim());
    return name ? this.env[name]!.trim() : this.saved?.get(cloud)?.clientId;
  }

  private appProblem(cloud: CloudId) {
    const appId = this.appIdFor(cloud);
    if (!appId) {
      return {
        code: 'no_app_registration',
        message: 'No app registration is configured for Microsoft 365.',
        hint: 'Create one with Set up app, or set CLIMICROSOFT365_ENTRAAPPID (and CLIMICROSOFT365_TENANT) to your own Entra app, or use the sandbox tenant.',
      };
    }
    return clientIdProblem(appId);
  }

  private sandboxInfo() {
    if (!this.sandbox) {
      throw new ProblemError({
        code: 'no_sandbox',
        message: 'The sandbox tenant is not available here.',
      });
    }
    const sandbox = this.sandbox;
    this.sandboxEndpoints ??= (async () => {
      const info = await sandbox.ready();
      const caPem = await readFile(info.caFile, 'utf8');
      return { cloud: sandboxCloud(info, caPem), info };
    })();
    // A failed start should be retried next time, not remembered.
    this.sandboxEndpoints.catch(() => (this.sandboxEndpoints = undefined));
    return this.sandboxEndpoints;
  }
}

function savedDefaults(saved: SavedApp) {
  return {
    clientId: saved.clientId,
    clientIdSource: SETTING_SOURCE,
    tenant: saved.tenant,
    tenantSource: SETTING_SOURCE,
  };
}

function microsoftCloudOrThrow(id: CloudId): CloudEndpoints {
  const cloud = findMicrosoftCloud(id);
  if (!cloud) throw new ProblemError({ code: 'unknown_cloud', message: `Unknown cloud: ${id}` });
  return cloud;
}
