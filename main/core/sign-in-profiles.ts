/**
 * Which cloud, app registration and tenant a sign-in uses. The sandbox tenant brings its own
 * app; Microsoft's clouds need the organisation's own app registration, because the shared
 * PnP Management Shell app was deleted in 2024.
 */
import { readFile } from 'node:fs/promises';
import type { CloudId } from '../../preload/contract';
import {
  findMicrosoftCloud,
  microsoftClouds,
  sandboxCloud,
  type CloudEndpoints,
  type SandboxReadyInfo,
} from './cloud-catalog';
import { ProblemError } from './errors/to-problem';
import type { SignInProfile } from './msal/public-client-pool';

/** Starts (on first use) and describes the built-in sandbox tenant. */
export interface SandboxTenant {
  ready(): Promise<SandboxReadyInfo>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class SignInProfiles {
  private sandboxEndpoints?: Promise<{ cloud: CloudEndpoints; info: SandboxReadyInfo }>;

  constructor(
    private readonly sandbox: SandboxTenant | undefined,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  /** The clouds to offer, each with the reason it cannot be used yet (if any). */
  clouds(): { id: CloudId; label: string; unavailableReason?: string }[] {
    const publicReason = this.publicAppProblem()?.message;
    return [
      ...(this.sandbox ? [{ id: 'sandbox' as const, label: 'Sandbox tenant (offline)' }] : []),
      ...microsoftClouds.map((c) => ({
        id: c.id,
        label: c.label,
        ...(publicReason ? { unavailableReason: publicReason } : {}),
      })),
    ];
  }

  defaultCloud(): CloudId {
    return this.sandbox && this.publicAppProblem() ? 'sandbox' : 'public';
  }

  async endpoints(cloud: CloudId): Promise<CloudEndpoints> {
    if (cloud === 'sandbox') return (await this.sandboxInfo()).cloud;
    return microsoftCloudOrThrow(cloud);
  }

  /** The profile for a new sign-in in `cloud`. Throws a {@link ProblemError} when it cannot be made. */
  async forNewSignIn(cloud: CloudId): Promise<SignInProfile> {
    if (cloud === 'sandbox') {
      const { cloud: endpoints, info } = await this.sandboxInfo();
      return { cloud: endpoints, clientId: info.publicClientId, tenant: info.tenantId };
    }
    const problem = this.publicAppProblem();
    if (problem) throw new ProblemError(problem);
    return {
      cloud: microsoftCloudOrThrow(cloud),
      clientId: this.appIdFromEnv()!,
      tenant: this.env.CLIMICROSOFT365_TENANT?.trim() || 'organizations',
    };
  }

  /** The sandbox's tenant domain, for display. */
  async sandboxTenantDomain(): Promise<string | undefined> {
    return this.sandbox ? (await this.sandboxInfo()).info.tenantDomain : undefined;
  }

  private appIdFromEnv(): string | undefined {
    return (
      (this.env.CLIMICROSOFT365_ENTRAAPPID ?? this.env.CLIMICROSOFT365_AADAPPID)?.trim() ||
      undefined
    );
  }

  private publicAppProblem() {
    const appId = this.appIdFromEnv();
    if (!appId) {
      return {
        code: 'no_app_registration',
        message: 'No app registration is configured for Microsoft 365.',
        hint: 'Set CLIMICROSOFT365_ENTRAAPPID (and CLIMICROSOFT365_TENANT) to your own Entra app, or use the sandbox tenant.',
      };
    }
    if (!GUID.test(appId)) {
      return {
        code: 'invalid_client_id',
        message: `The app id "${appId}" is not a GUID.`,
        hint: 'Copy the Application (client) ID from the app registration’s Overview page.',
      };
    }
    return undefined;
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

function microsoftCloudOrThrow(id: CloudId): CloudEndpoints {
  const cloud = findMicrosoftCloud(id);
  if (!cloud) throw new ProblemError({ code: 'unknown_cloud', message: `Unknown cloud: ${id}` });
  return cloud;
}
