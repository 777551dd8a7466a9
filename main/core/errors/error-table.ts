/**
 * The one table of the failures M365 Desk knows by code (Entra's AADSTS numbers, MSAL's codes,
 * a few of its own): the words a person can act on, the state it puts a service in, whether the
 * refresh token is dead for good, and the way out the renderer offers. Every flow and panel reads
 * it, so a failure is always explained and handled the same way; the renderer knows no code.
 */
import type { AppCheck, Remedy, ServiceState } from '../../../preload/contract';
import { appCredentialErrors } from './error-table-app-credentials';
import { signInErrors } from './error-table-sign-in';

/** The states a failed token request or probe can put a service in. */
export type FailedState = Extract<
  ServiceState,
  'needs-sign-in' | 'consent-needed' | 'not-available' | 'error'
>;

export interface ErrorFacts {
  /** Entra's AADSTS number, MSAL's own code, or one of M365 Desk's (which carry their words). */
  from: 'entra' | 'msal' | 'desk';
  message?: string;
  hint?: string;
  state: FailedState;
  /** The refresh token is dead for good: its tokens are removed and the connection says why. */
  deadGrant: boolean;
  /** The button the renderer offers beside the problem; `null` when the hint is the way out. */
  remedy: Remedy | null;
  /** For `fix-app-registration`: what "Check my app" fixes. */
  fix?: NonNullable<AppCheck['fix']>;
  /**
   * What to say instead when the system browser itself was refused: a row whose way out is
   * "use the system browser" cannot offer it again there.
   */
  inSystemBrowser?: { hint: string; remedy: Remedy | null };
}

/** Explained by its hint alone: the service shows an error, nothing else happens. */
const explained = (from: 'entra' | 'msal', message: string, hint?: string): ErrorFacts => ({
  from,
  message,
  ...(hint ? { hint } : {}),
  state: 'error',
  deadGrant: false,
  remedy: null,
});
const entra = (message: string, hint: string) => explained('entra', message, hint);
/** A device code that ended, whoever says so (Entra or MSAL): the way on is a new code. */
const codeExpired = 'The sign-in code expired before it was used.';
const codeUnknown = 'The sign-in service did not recognise this code.';
const newCode = 'Get a new code and try again.';
/** A refresh token refused for good (expired, revoked): sign in again, and the old one goes. */
const deadSignIn = (message: string, hint: string): ErrorFacts => ({
  from: 'entra',
  message,
  hint,
  state: 'needs-sign-in',
  deadGrant: true,
  remedy: 'sign-in-again',
});
const consent = (message: string, hint: string): ErrorFacts => ({
  from: 'entra',
  message,
  hint,
  state: 'consent-needed',
  deadGrant: false,
  remedy: 'grant-consent',
});
const appRegistration = (
  fix: NonNullable<AppCheck['fix']>,
  message: string,
  hint: string,
): ErrorFacts => ({ ...entra(message, hint), remedy: 'fix-app-registration', fix });

/** One of M365 Desk's own codes: only its state and way out are the table's. */
function desk(state: FailedState, remedy: Remedy | null): ErrorFacts {
  return { from: 'desk', state, deadGrant: false, remedy };
}

export const errorTable: Readonly<Record<string, ErrorFacts>> = {
  AADSTS50011: appRegistration(
    'add-redirect-uris',
    'The app registration does not list the redirect URI this sign-in used.',
    'Fix it in Set up app → Check my app (“Add the redirect URIs”), or in the Entra admin center add http://localhost and https://login.microsoftonline.com/common/oauth2/nativeclient under the app’s Authentication → Mobile and desktop applications.',
  ),
  AADSTS50020: entra(
    'This account is not a member or guest of the tenant.',
    'Sign in with an account from this tenant, or invite the account as a guest.',
  ),
  AADSTS50058: {
    ...entra('There is no signed-in session to reuse.', 'Sign in again.'),
    state: 'needs-sign-in',
    remedy: 'sign-in-again',
  },
  AADSTS50126: entra('The user name or password is wrong.', 'Check them and sign in again.'),
  AADSTS50133: deadSignIn(
    'Your session ended because the password changed.',
    'Sign in again with the new password.',
  ),
  AADSTS50173: deadSignIn(
    'Your sign-in was revoked (for example after a password change).',
    'Sign in again.',
  ),
  AADSTS53003: {
    ...entra(
      'Conditional Access blocked this sign-in method.',
      'Device code sign-in is often blocked by policy: use the browser sign-in instead.',
    ),
    remedy: 'browser-instead',
    inSystemBrowser: {
      hint: 'Your organisation’s Conditional Access blocks this sign-in from here. Ask your administrator which policy applies: the Entra sign-in logs name it, found by the trace id in Support → Copy diagnostics.',
      remedy: null,
    },
  },
  AADSTS530003: entra(
    'Your organisation requires a managed device for this sign-in.',
    'Sign in from a device your organisation manages, or ask your administrator.',
  ),
  AADSTS54005: entra('That sign-in code was already used.', 'Start the sign-in again.'),
  AADSTS65001: consent(
    'The app does not have consent for the permissions it asked for.',
    'Open Grant consent on the service’s panel: it lists what is missing, and opens the admin consent page or gives you its link to send to an administrator.',
  ),
  AADSTS65004: consent(
    'Consent was declined.',
    'Sign in again and accept the permissions, or ask an administrator.',
  ),
  AADSTS70000: deadSignIn('The sign-in grant is no longer valid.', 'Sign in again.'),
  AADSTS70011: entra(
    'The app asked for a permission that does not exist or is malformed.',
    'Check the permission names configured for this service.',
  ),
  AADSTS70016: entra(
    'Waiting for you to finish signing in.',
    'Complete the sign-in in your browser.',
  ),
  AADSTS70018: entra(codeUnknown, newCode),
  AADSTS70019: entra(codeExpired, newCode),
  AADSTS90002: {
    ...entra(
      'The tenant was not found.',
      'Check the tenant id or domain; it may be misspelled or in another cloud.',
    ),
    remedy: 'check-tenant',
  },
  AADSTS90094: consent(
    'An administrator must approve these permissions.',
    'Open Grant consent on the service’s panel to consent as an administrator, or send its admin consent link to a Global, Privileged Role, Cloud Application or Application Administrator.',
  ),
  AADSTS500011: {
    ...entra(
      'This service is not available in the tenant.',
      'The service may not be licensed or provisioned in this tenant, or the host name is wrong.',
    ),
    state: 'not-available',
  },
  AADSTS700024: entra(
    'This computer’s clock is more than 5 minutes off, so Entra refused the app’s signed request as outside its valid time.',
    'Set the clock right (in the date and time settings, set the time automatically), then Refresh.',
  ),
  AADSTS700082: deadSignIn(
    'Your sign-in expired after a long period without use.',
    'Sign in again.',
  ),
  AADSTS7000218: appRegistration(
    'enable-public-client-flows',
    'The app registration does not allow public client flows (needed for device code).',
    'Fix it in Set up app → Check my app (“Turn on public client flows”), or in the Entra admin center set the app’s Authentication → Allow public client flows to Yes.',
  ),
  ...appCredentialErrors,
  ...signInErrors,

  // MSAL's own codes (and the server strings MSAL passes through untouched). Their order is
  // the order a server message is searched for them.
  device_code_polling_cancelled: explained('msal', 'Sign-in was cancelled.'),
  device_code_expired: explained('msal', codeExpired, newCode),
  expired_token: explained('msal', codeExpired, newCode),
  bad_verification_code: explained('msal', codeUnknown, newCode),
  authorization_declined: explained(
    'msal',
    'The sign-in was declined in the browser.',
    'Start again and accept the permissions, or ask an administrator.',
  ),
  endpoints_resolution_error: explained(
    'msal',
    'The sign-in service could not be reached.',
    'Check the network (and proxy), the cloud you chose and the tenant name.',
  ),
  no_tokens_found: {
    ...explained('msal', 'There is no saved sign-in for this account.', 'Sign in again.'),
    state: 'needs-sign-in',
    remedy: 'sign-in-again',
  },
  interaction_required: {
    ...explained('msal', 'You need to sign in again.', 'Sign in again.'),
    state: 'needs-sign-in',
    remedy: 'sign-in-again',
  },
  invalid_grant: {
    ...explained('msal', 'Your saved sign-in is no longer valid.', 'Sign in again.'),
    state: 'needs-sign-in',
    deadGrant: true,
    remedy: 'sign-in-again',
  },

  // M365 Desk's own codes that decide a state; their words are where they are thrown.
  account_not_found: desk('needs-sign-in', 'sign-in-again'),
  app_credential_missing: desk('needs-sign-in', 'sign-in-again'),
  service_not_in_cloud: desk('not-available', null),
};

/** What the table knows about `code`, if anything. */
export function factsOf(code: string): ErrorFacts | undefined {
  return Object.hasOwn(errorTable, code) ? errorTable[code] : undefined;
}

/** Entra's words for an AADSTS number, when the table has them. */
export function entraWords(aadsts: number): { message: string; hint?: string } | undefined {
  const facts = factsOf(`AADSTS${aadsts}`);
  return facts?.message ? wordsOf(facts) : undefined;
}

/** MSAL's codes with their words, in the order a server message is searched for them. */
export const msalCodes: readonly string[] = Object.keys(errorTable).filter(
  (code) => errorTable[code]!.from === 'msal',
);

export function wordsOf(facts: ErrorFacts): { message: string; hint?: string } {
  return { message: facts.message ?? '', ...(facts.hint ? { hint: facts.hint } : {}) };
}

/** The refresh token itself is dead (expired, revoked, or otherwise refused). */
export const isDeadGrant = (code: string): boolean => factsOf(code)?.deadGrant ?? false;

/** The failure is the app registration's own settings, which "Check my app" fixes. */
export const isAppRegistrationCode = (code: string): boolean =>
  factsOf(code)?.remedy === 'fix-app-registration';

/** Finds the AADSTS number in a server message such as `AADSTS70019: ...`. */
export function aadstsNumber(text: string | undefined): number | undefined {
  const match = /AADSTS(\d{5,7})/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}
