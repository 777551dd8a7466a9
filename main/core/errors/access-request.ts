/**
 * AADSTS50105, the account is not assigned to the app: only an administrator can assign it, so
 * the way out is a short, plain request the person sends one. The core writes it from what it
 * knows (who, which app, which tenant, where an admin does it) and hands it over as text to copy;
 * it never holds a token, a secret or Entra's raw error. A failed new sign-in saved nothing, so
 * what it knew is kept here, in memory, for the renderer's "Copy a request for access".
 */
import type { AccessRequestInput, ServiceId } from '../../../preload/contract';
import type { AppNames } from '../store/app-names';
import type { ConnectionRegistry } from '../store/connection-registry';
import { ProblemError } from './to-problem';

export interface AccessRequestFacts {
  /** The account's username; unknown when the sign-in failed before Entra named it. */
  username?: string;
  /** The app's display name, when known. */
  appName?: string;
  clientId: string;
  /** A tenant domain or id, as the sign-in named it. */
  tenant: string;
}

/** The request a person sends an administrator, in plain words. */
export function accessRequestText({ username, appName, clientId, tenant }: AccessRequestFacts) {
  const app = appName ? `${appName} (client id ${clientId})` : `client id ${clientId}`;
  return [
    'Hello,',
    '',
    'Please assign my account to an app in Microsoft Entra ID, so that I can sign in to it.',
    '',
    `Account: ${username ?? 'the account I sign in with (it was not named when Entra refused)'}`,
    `App: ${app}`,
    `Tenant: ${tenant}`,
    '',
    `Where: Microsoft Entra admin center → Enterprise applications → ${appName ?? 'the app (search for the client id)'} → Users and groups → Add user/group, then select the account and Assign.`,
    '',
    'Entra refused my sign-in with AADSTS50105: the account is not assigned to the app.',
    '',
    'Thank you.',
  ].join('\n');
}

/**
 * What Entra's own 50105 description names: "the application {name} ('{client id}') … The
 * signed in user '{upn}'". A name Entra hides (`{EmailHidden}`) is not a name.
 */
export function assignmentFactsIn(
  error: unknown,
  serverError?: { error_description?: string },
): Partial<AccessRequestFacts> {
  const e = (error ?? {}) as { errorMessage?: string; message?: string };
  const text = [e.errorMessage, e.message, serverError?.error_description].join(' ');
  const app = /configured the application (.+?) \('([0-9a-f-]{36})'\)/i.exec(text);
  const user = /signed in user '([^'{}]+)'/i.exec(text);
  return {
    ...(app?.[1] && !/[{}]/.test(app[1]) ? { appName: app[1] } : {}),
    ...(app?.[2] ? { clientId: app[2] } : {}),
    ...(user?.[1] ? { username: user[1] } : {}),
  };
}

export interface AccessRequestSources {
  /** Which connection a service uses. */
  registry: Pick<ConnectionRegistry, 'binding' | 'account'>;
  appNames: Pick<AppNames, 'get'>;
}

/** The failed new sign-ins that need an assignment, per service, and the request for each. */
export class AccessRequests {
  private readonly failedSignIns = new Map<ServiceId, AccessRequestFacts>();

  constructor(private readonly sources: AccessRequestSources) {}

  record(serviceId: ServiceId, facts: AccessRequestFacts): void {
    this.failedSignIns.set(serviceId, facts);
  }

  /** A new sign-in of the service worked: its old refusal is no longer the one to ask about. */
  forget(serviceId: ServiceId): void {
    this.failedSignIns.delete(serviceId);
  }

  /** The request for the failed new sign-in, or for the connection the service uses. */
  text({ serviceId, of }: AccessRequestInput): string {
    const facts =
      of === 'new-sign-in' ? this.failedSignIns.get(serviceId) : this.ofAccount(serviceId);
    if (!facts) {
      throw new ProblemError({
        code: 'no_access_request',
        message: 'There is no refused sign-in to ask an administrator about.',
        hint: 'Sign in again; if Entra says the account is not assigned to the app, copy the request then.',
      });
    }
    return accessRequestText(facts);
  }

  private ofAccount(serviceId: ServiceId): AccessRequestFacts | undefined {
    const { registry, appNames } = this.sources;
    const binding = registry.binding(serviceId);
    const account = binding && registry.account(binding.connectionId);
    if (!account) return undefined;
    const appName = appNames.get(account.clientId);
    return {
      username: account.username,
      clientId: account.clientId,
      tenant: account.tenantDomain ?? account.tenantId,
      ...(appName ? { appName } : {}),
    };
  }
}
