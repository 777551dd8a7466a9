/**
 * The error table's rows for the common ways Entra refuses a sign-in or a token renewal: the
 * app is not in the tenant, disabled, or single-tenant behind /common; the account is not in
 * the tenant or not assigned to the app; Conditional Access wants MFA, a compliant device or a
 * fresh sign-in; the tenant lacks the service. Each says what happened in one sentence, the
 * state it puts the service in, and the one way out the renderer offers.
 */
import type { Remedy } from '../../../preload/contract';
import type { ErrorFacts, FailedState } from './error-table';

const row = (
  state: FailedState,
  remedy: Remedy | null,
  message: string,
  hint: string,
  more: Pick<ErrorFacts, 'fix' | 'inSystemBrowser'> & { deadGrant?: boolean } = {},
): ErrorFacts => ({
  from: 'entra',
  message,
  hint,
  state,
  deadGrant: more.deadGrant ?? false,
  remedy,
  ...(more.fix ? { fix: more.fix } : {}),
  ...(more.inSystemBrowser ? { inSystemBrowser: more.inSystemBrowser } : {}),
});

/** Refused in the system browser itself: the way on is the fix the words say, then a sign-in. */
const thenSignInAgain = (hint: string) =>
  ({ inSystemBrowser: { hint, remedy: 'sign-in-again' } }) as const;

/** The system browser carries the device's own sign-in state (its compliance, MFA, Windows Hello). */
const IN_BROWSER = 'Sign in with the system browser instead';
const OTHER_ACCOUNT = 'Sign in again with an account of this tenant';

export const signInErrors: Readonly<Record<string, ErrorFacts>> = {
  AADSTS700016: row(
    'error',
    'fix-app-registration',
    'The app registration was not found in this tenant.',
    'Check the app in Set up app → Check my app (it can create the app’s enterprise application here), or check the client id. The shared PnP Management Shell app was deleted in 2024: register your own app.',
    { fix: 'create-service-principal' },
  ),
  AADSTS7000112: row(
    'error',
    'fix-app-registration',
    'The app registration is disabled in this tenant, so nobody can sign in to it.',
    'Check the app in Set up app → Check my app, or ask an administrator to set “Enabled for users to sign in” to Yes under the app’s Enterprise applications → Properties.',
  ),
  AADSTS50194: row(
    'error',
    'check-tenant',
    'The app is single tenant, so it cannot sign in through “common”: it needs this tenant’s name.',
    'Set the tenant (its domain or id) instead of common, then sign in again.',
  ),
  AADSTS50034: row(
    'needs-sign-in',
    'sign-in-again',
    'This account does not exist in this tenant.',
    `${OTHER_ACCOUNT}, or check the tenant you chose.`,
  ),
  AADSTS90072: row(
    'needs-sign-in',
    'sign-in-again',
    'This account belongs to another tenant and is not a guest here.',
    `${OTHER_ACCOUNT}, or ask an administrator to invite this account as a guest.`,
  ),
  AADSTS50105: row(
    'error',
    'ask-for-assignment',
    'Your account is not assigned to this app.',
    'Copy a request for access and send it to an administrator: they assign you to the app in the Entra admin center (Enterprise applications → the app → Users and groups). Once they have, try again.',
  ),
  AADSTS50076: row(
    'needs-sign-in',
    'browser-instead',
    'Your organisation requires multi-factor authentication for this sign-in.',
    `${IN_BROWSER}: it shows the MFA prompt.`,
    thenSignInAgain(
      'Sign in again and complete the multi-factor prompt the browser shows; if none appears, ask your administrator which method your organisation requires.',
    ),
  ),
  AADSTS50079: row(
    'needs-sign-in',
    'browser-instead',
    'You must register for multi-factor authentication before you can sign in.',
    `${IN_BROWSER}: it walks you through registering (or go to https://aka.ms/mfasetup).`,
    thenSignInAgain(
      'Register a multi-factor method at https://aka.ms/mfasetup in this browser, then sign in again.',
    ),
  ),
  AADSTS53000: row(
    'needs-sign-in',
    'browser-instead',
    'Conditional Access admits only compliant devices, and this sign-in did not show that this device is one.',
    `${IN_BROWSER}: it carries this device’s own sign-in state, which proves compliance. If the device is not enrolled, enroll it (for example in Intune) first.`,
    thenSignInAgain(
      'The system browser signed in with this device’s own state, and the policy still found the device not compliant. Enroll the device in your organisation’s device management (for example Intune, through the Company Portal app) or have it brought into compliance, then sign in again.',
    ),
  ),
  AADSTS70043: row(
    'needs-sign-in',
    'sign-in-again',
    'Your organisation’s sign-in frequency policy ended this sign-in.',
    'Sign in again: the policy asks for a fresh sign-in after a set time.',
    { deadGrant: true },
  ),
  AADSTS650052: row(
    'not-available',
    null,
    'The tenant has not subscribed to or enabled the service this app needs (for example Viva Engage).',
    'Ask an administrator to enable the service, or turn this service off in M365 Desk.',
  ),
};
