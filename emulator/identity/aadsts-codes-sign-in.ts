import type { AadstsDefinition } from './aadsts-codes.js';

/**
 * How Entra refuses a sign-in for the common reasons M365 Desk explains (issue 18): MFA, a
 * compliant device, sign-in frequency, a password change, an account not assigned or from
 * another tenant, a disabled app, a service the tenant lacks. Part of {@link aadstsCodes}.
 */
export const signInRefusals = {
  50076: {
    error: 'interaction_required',
    status: 400,
    suberror: 'basic_action',
    message:
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'.",
  },
  50079: {
    error: 'interaction_required',
    status: 400,
    suberror: 'basic_action',
    message:
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '{resource}'.",
  },
  50105: {
    error: 'invalid_grant',
    authorizeError: 'access_denied',
    status: 400,
    message:
      "Your administrator has configured the application {appName} ('{clientId}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user '{upn}' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator. Please contact your administrator to assign access to this application.",
  },
  50133: {
    error: 'invalid_grant',
    status: 400,
    message: 'Session is invalid due to expiration or recent password change.',
  },
  53000: {
    error: 'interaction_required',
    conditionalAccess: true,
    status: 400,
    message:
      'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.',
  },
  70043: {
    error: 'invalid_grant',
    status: 400,
    suberror: 'bad_token',
    message:
      'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on {issuedAt} and the maximum allowed lifetime for this request is {maxAge}.',
  },
  90072: {
    error: 'invalid_grant',
    status: 400,
    message:
      "User account '{upn}' from identity provider '{idp}' does not exist in tenant '{tenant}' and cannot access the application '{clientId}'({appName}) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.",
  },
  650052: {
    error: 'invalid_client',
    status: 400,
    message:
      'The app needs access to a service ("{resource}") that your organization "{tenant}" has not subscribed to or enabled. Contact your IT Admin to review the configuration of your service subscriptions.',
  },
  7000112: {
    error: 'unauthorized_client',
    status: 400,
    message: "Application '{clientId}'({appName}) is disabled.",
  },
} as const satisfies Record<number, AadstsDefinition>;
