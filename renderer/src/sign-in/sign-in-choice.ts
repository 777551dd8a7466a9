import type {
  Account,
  CommandInput,
  InteractiveMethodId,
  Problem,
  SignInDefaults,
} from '../../../preload/contract';

/** A delegated sign-in's target, without the service: the panel that runs it adds that. */
export type SignInRequest = Omit<CommandInput<'signIn.deviceCode'>, 'serviceId'>;
export type AppOnlyRequest = Omit<CommandInput<'signIn.appOnly'>, 'serviceId'>;
export type AppChoice = NonNullable<SignInRequest['app']>;

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
  if (/tenant/i.test(problem.code) || problem.code === 'AADSTS90002') return 'tenant';
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
