import type {
  Account,
  AppChoice,
  CommandInput,
  InteractiveMethodId,
  Problem,
  ServiceId,
  ServicePanel,
  SignInDefaults,
  SignInTarget,
} from '../../../preload/contract';

/** A delegated sign-in's target, without the service: the panel that runs it adds that. */
export type SignInRequest = Omit<SignInTarget, 'serviceId'>;
export type AppOnlyRequest = Omit<CommandInput<'signIn.appOnly'>, 'serviceId'>;

/** What the person chose in the connect dialog, ready to send. */
export type SignInChoice =
  | { method: 'device-code'; request: SignInRequest }
  | { method: InteractiveMethodId; request: SignInRequest }
  | { method: 'app-only'; request: AppOnlyRequest };

/**
 * How a sign-in went up to the moment the connect dialog can close: the code or the window is
 * on its way (or the sign-in is already done), or the core refused before that. A refusal
 * stays in the dialog so nothing typed is lost.
 */
export type StartOutcome = { handedOff: true } | { handedOff: false; problem: Problem };

/**
 * The `app` to send: only when the person changed the client id or tenant from the defaults,
 * so the core keeps choosing (and explaining) its own defaults otherwise.
 */
export function appChoiceToSend(
  typed: AppChoice,
  defaults: Pick<SignInDefaults, 'clientId' | 'tenant'> | undefined,
): AppChoice | undefined {
  const clientId = typed.clientId.trim();
  const tenant = typed.tenant.trim();
  const unchanged = defaults
    ? clientId === (defaults.clientId ?? '') && tenant === defaults.tenant
    : // Defaults unknown (not loaded): nothing typed still means "the core's defaults".
      clientId === '' && tenant === '';
  return unchanged ? undefined : { clientId, tenant };
}

export type AppField = 'clientId' | 'tenant';

/** Which of the app registration fields a refusal from the core is about, if one of them. */
export function appFieldOf(problem: Problem | undefined): AppField | undefined {
  if (!problem) return undefined;
  if (/client_id/i.test(problem.code)) return 'clientId';
  if (/tenant/i.test(problem.code) || problem.remedy === 'check-tenant') return 'tenant';
  return undefined;
}

/** What a new sign-in starts from when it replaces a connection that must sign in again. */
export interface SignInPrefill {
  cloud: Account['cloud'];
  kind: Account['kind'];
  clientId: string;
  tenant: string;
  replacesConnectionId: string;
  connectionName: string;
}

export function prefillFor(account: Account): SignInPrefill {
  return {
    cloud: account.cloud,
    kind: account.kind,
    clientId: account.clientId,
    tenant: account.tenantId,
    replacesConnectionId: account.id,
    connectionName: account.name,
  };
}

/** What a new sign-in is for: one service's panel, or every service at once (Connect all). */
export interface SignInSubject {
  /** Its name in the dialog's title, "Connect {label}". */
  label: string;
  /** The services Set up app prepares an app for, when there is none yet. */
  services: ServiceId[];
  appOnlySupported: boolean;
  /** Why app-only is not offered (when it is not), or what it cannot do (when it is). */
  appOnlyNote?: string | undefined;
  /** Asks for a SharePoint URL; left empty, the root site is found through Microsoft Graph. */
  sharePointUrl: boolean;
  /** What signing in does here, said first (Connect all). */
  intro?: string;
}

export function subjectOfPanel(panel: ServicePanel): SignInSubject {
  return {
    label: panel.label,
    services: [panel.serviceId],
    appOnlySupported: panel.appOnlySupported,
    appOnlyNote: panel.appOnlyNote,
    sharePointUrl: panel.needsSiteUrl,
  };
}
