/**
 * Entra's AADSTS error numbers, in words a person can act on. One table for every flow and
 * panel, so the same failure is always explained the same way.
 */
export interface Hint {
  message: string;
  hint: string;
}

export const aadstsHints: Readonly<Record<number, Hint>> = {
  50011: {
    message: 'The app registration does not list the redirect URI this sign-in used.',
    hint: 'Fix it in Set up app → Check my app (“Add the redirect URIs”), or in the Entra admin center add http://localhost and https://login.microsoftonline.com/common/oauth2/nativeclient under the app’s Authentication → Mobile and desktop applications.',
  },
  50020: {
    message: 'This account is not a member or guest of the tenant.',
    hint: 'Sign in with an account from this tenant, or invite the account as a guest.',
  },
  50058: { message: 'There is no signed-in session to reuse.', hint: 'Sign in again.' },
  50076: {
    message: 'Your organisation requires multi-factor authentication for this sign-in.',
    hint: 'Use the browser sign-in, which can complete the MFA prompt.',
  },
  50079: {
    message: 'You must register for multi-factor authentication first.',
    hint: 'Sign in at https://aka.ms/mfasetup, then try again.',
  },
  50105: {
    message: 'Your account is not assigned to this app.',
    hint: 'Ask an administrator to assign you to the app registration in Entra ID (Enterprise applications → Users and groups).',
  },
  50126: { message: 'The user name or password is wrong.', hint: 'Check them and sign in again.' },
  50133: {
    message: 'Your session ended because the password changed.',
    hint: 'Sign in again with the new password.',
  },
  50173: {
    message: 'Your sign-in was revoked (for example after a password change).',
    hint: 'Sign in again.',
  },
  53003: {
    message: 'Conditional Access blocked this sign-in method.',
    hint: 'Device code sign-in is often blocked by policy: use the browser sign-in instead.',
  },
  530003: {
    message: 'Your organisation requires a managed device for this sign-in.',
    hint: 'Sign in from a device your organisation manages, or ask your administrator.',
  },
  54005: { message: 'That sign-in code was already used.', hint: 'Start the sign-in again.' },
  65001: {
    message: 'The app does not have consent for the permissions it asked for.',
    hint: 'Open Grant consent on the service’s panel: it lists what is missing, and opens the admin consent page or gives you its link to send to an administrator.',
  },
  65004: {
    message: 'Consent was declined.',
    hint: 'Sign in again and accept the permissions, or ask an administrator.',
  },
  70000: { message: 'The sign-in grant is no longer valid.', hint: 'Sign in again.' },
  70011: {
    message: 'The app asked for a permission that does not exist or is malformed.',
    hint: 'Check the permission names configured for this service.',
  },
  70016: {
    message: 'Waiting for you to finish signing in.',
    hint: 'Complete the sign-in in your browser.',
  },
  70019: {
    message: 'The sign-in code expired before it was used.',
    hint: 'Get a new code and try again.',
  },
  90002: {
    message: 'The tenant was not found.',
    hint: 'Check the tenant id or domain; it may be misspelled or in another cloud.',
  },
  90094: {
    message: 'An administrator must approve these permissions.',
    hint: 'Open Grant consent on the service’s panel to consent as an administrator, or send its admin consent link to a Global, Privileged Role, Cloud Application or Application Administrator.',
  },
  500011: {
    message: 'This service is not available in the tenant.',
    hint: 'The service may not be licensed or provisioned in this tenant, or the host name is wrong.',
  },
  700016: {
    message: 'The app registration was not found in this tenant.',
    hint: 'Check the client id. The shared PnP Management Shell app was deleted in 2024: register your own app.',
  },
  700082: {
    message: 'Your sign-in expired after a long period without use.',
    hint: 'Sign in again.',
  },
  7000215: { message: 'The client secret is wrong.', hint: 'Check the secret value (not its id).' },
  7000218: {
    message: 'The app registration does not allow public client flows (needed for device code).',
    hint: 'Fix it in Set up app → Check my app (“Turn on public client flows”), or in the Entra admin center set the app’s Authentication → Allow public client flows to Yes.',
  },
  7000222: {
    message: 'The client secret has expired.',
    hint: 'Create a new secret for the app registration.',
  },
};

/** Finds the AADSTS number in a server message such as `AADSTS70019: ...`. */
export function aadstsNumber(text: string | undefined): number | undefined {
  const match = /AADSTS(\d{5,7})/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}
