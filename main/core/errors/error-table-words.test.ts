import { describe, expect, it } from 'vitest';
import { errorTable } from './error-table';
import { toProblem } from './to-problem';

const words = (code: string) => {
  const { message, hint } = code.startsWith('AADSTS')
    ? toProblem({ errorNo: code.slice('AADSTS'.length) })
    : toProblem({ errorCode: code });
  return { message, ...(hint ? { hint } : {}) };
};

describe('the error table’s words', () => {
  it('explains every code of Entra and MSAL in the words it always has', () => {
    const codes = Object.keys(errorTable)
      .filter((code) => errorTable[code]!.from !== 'desk')
      .sort();
    expect(Object.fromEntries(codes.map((code) => [code, words(code)]))).toMatchInlineSnapshot(`
      {
        "AADSTS500011": {
          "hint": "The service may not be licensed or provisioned in this tenant, or the host name is wrong.",
          "message": "This service is not available in the tenant.",
        },
        "AADSTS50011": {
          "hint": "Fix it in Set up app → Check my app (“Add the redirect URIs”), or in the Entra admin center add http://localhost and https://login.microsoftonline.com/common/oauth2/nativeclient under the app’s Authentication → Mobile and desktop applications.",
          "message": "The app registration does not list the redirect URI this sign-in used.",
        },
        "AADSTS50020": {
          "hint": "Sign in with an account from this tenant, or invite the account as a guest.",
          "message": "This account is not a member or guest of the tenant.",
        },
        "AADSTS50034": {
          "hint": "Sign in again with an account of this tenant, or check the tenant you chose.",
          "message": "This account does not exist in this tenant.",
        },
        "AADSTS50058": {
          "hint": "Sign in again.",
          "message": "There is no signed-in session to reuse.",
        },
        "AADSTS50076": {
          "hint": "Sign in with the system browser instead: it shows the MFA prompt.",
          "message": "Your organisation requires multi-factor authentication for this sign-in.",
        },
        "AADSTS50079": {
          "hint": "Sign in with the system browser instead: it walks you through registering (or go to https://aka.ms/mfasetup).",
          "message": "You must register for multi-factor authentication before you can sign in.",
        },
        "AADSTS50105": {
          "hint": "Copy a request for access and send it to an administrator: they assign you to the app in the Entra admin center (Enterprise applications → the app → Users and groups). Once they have, try again.",
          "message": "Your account is not assigned to this app.",
        },
        "AADSTS50126": {
          "hint": "Check them and sign in again.",
          "message": "The user name or password is wrong.",
        },
        "AADSTS50133": {
          "hint": "Sign in again with the new password.",
          "message": "Your session ended because the password changed.",
        },
        "AADSTS50173": {
          "hint": "Sign in again.",
          "message": "Your sign-in was revoked (for example after a password change).",
        },
        "AADSTS50194": {
          "hint": "Set the tenant (its domain or id) instead of common, then sign in again.",
          "message": "The app is single tenant, so it cannot sign in through “common”: it needs this tenant’s name.",
        },
        "AADSTS53000": {
          "hint": "Sign in with the system browser instead: it carries this device’s own sign-in state, which proves compliance. If the device is not enrolled, enroll it (for example in Intune) first.",
          "message": "Conditional Access admits only compliant devices, and this sign-in did not show that this device is one.",
        },
        "AADSTS530003": {
          "hint": "Sign in from a device your organisation manages, or ask your administrator.",
          "message": "Your organisation requires a managed device for this sign-in.",
        },
        "AADSTS53003": {
          "hint": "Device code sign-in is often blocked by policy: use the browser sign-in instead.",
          "message": "Conditional Access blocked this sign-in method.",
        },
        "AADSTS54005": {
          "hint": "Start the sign-in again.",
          "message": "That sign-in code was already used.",
        },
        "AADSTS65001": {
          "hint": "Open Grant consent on the service’s panel: it lists what is missing, and opens the admin consent page or gives you its link to send to an administrator.",
          "message": "The app does not have consent for the permissions it asked for.",
        },
        "AADSTS65004": {
          "hint": "Sign in again and accept the permissions, or ask an administrator.",
          "message": "Consent was declined.",
        },
        "AADSTS650052": {
          "hint": "Ask an administrator to enable the service, or turn this service off in M365 Desk.",
          "message": "The tenant has not subscribed to or enabled the service this app needs (for example Viva Engage).",
        },
        "AADSTS70000": {
          "hint": "Sign in again.",
          "message": "The sign-in grant is no longer valid.",
        },
        "AADSTS7000112": {
          "hint": "Check the app in Set up app → Check my app, or ask an administrator to set “Enabled for users to sign in” to Yes under the app’s Enterprise applications → Properties.",
          "message": "The app registration is disabled in this tenant, so nobody can sign in to it.",
        },
        "AADSTS700016": {
          "hint": "Check the app in Set up app → Check my app (it can create the app’s enterprise application here), or check the client id. The shared PnP Management Shell app was deleted in 2024: register your own app.",
          "message": "The app registration was not found in this tenant.",
        },
        "AADSTS7000215": {
          "hint": "Create a new secret (Set up app, signed in as someone who may change the app), or check that you gave the secret’s value, not its id.",
          "message": "The client secret is wrong: it is not one of the app registration’s secrets.",
        },
        "AADSTS7000218": {
          "hint": "Fix it in Set up app → Check my app (“Turn on public client flows”), or in the Entra admin center set the app’s Authentication → Allow public client flows to Yes.",
          "message": "The app registration does not allow public client flows (needed for device code).",
        },
        "AADSTS7000222": {
          "hint": "Create a new secret (Set up app, signed in as someone who may change the app), or create one in the Entra admin center under the app’s Certificates & secrets.",
          "message": "The client secret has expired.",
        },
        "AADSTS700024": {
          "hint": "Set the clock right (in the date and time settings, set the time automatically), then Refresh.",
          "message": "This computer’s clock is more than 5 minutes off, so Entra refused the app’s signed request as outside its valid time.",
        },
        "AADSTS700027": {
          "hint": "Add this certificate to the app (Set up app, signed in as someone who may change the app), or upload its public part in the Entra admin center under the app’s Certificates & secrets.",
          "message": "The app registration does not have this certificate, so Entra ID cannot check the app’s signature.",
        },
        "AADSTS700082": {
          "hint": "Sign in again.",
          "message": "Your sign-in expired after a long period without use.",
        },
        "AADSTS70011": {
          "hint": "Check the permission names configured for this service.",
          "message": "The app asked for a permission that does not exist or is malformed.",
        },
        "AADSTS70016": {
          "hint": "Complete the sign-in in your browser.",
          "message": "Waiting for you to finish signing in.",
        },
        "AADSTS70018": {
          "hint": "Get a new code and try again.",
          "message": "The sign-in service did not recognise this code.",
        },
        "AADSTS70019": {
          "hint": "Get a new code and try again.",
          "message": "The sign-in code expired before it was used.",
        },
        "AADSTS70043": {
          "hint": "Sign in again: the policy asks for a fresh sign-in after a set time.",
          "message": "Your organisation’s sign-in frequency policy ended this sign-in.",
        },
        "AADSTS90002": {
          "hint": "Check the tenant id or domain; it may be misspelled or in another cloud.",
          "message": "The tenant was not found.",
        },
        "AADSTS90072": {
          "hint": "Sign in again with an account of this tenant, or ask an administrator to invite this account as a guest.",
          "message": "This account belongs to another tenant and is not a guest here.",
        },
        "AADSTS90094": {
          "hint": "Open Grant consent on the service’s panel to consent as an administrator, or send its admin consent link to a Global, Privileged Role, Cloud Application or Application Administrator.",
          "message": "An administrator must approve these permissions.",
        },
        "authorization_declined": {
          "hint": "Start again and accept the permissions, or ask an administrator.",
          "message": "The sign-in was declined in the browser.",
        },
        "bad_verification_code": {
          "hint": "Get a new code and try again.",
          "message": "The sign-in service did not recognise this code.",
        },
        "device_code_expired": {
          "hint": "Get a new code and try again.",
          "message": "The sign-in code expired before it was used.",
        },
        "device_code_polling_cancelled": {
          "message": "Sign-in was cancelled.",
        },
        "endpoints_resolution_error": {
          "hint": "Check the network (and proxy), the cloud you chose and the tenant name.",
          "message": "The sign-in service could not be reached.",
        },
        "expired_token": {
          "hint": "Get a new code and try again.",
          "message": "The sign-in code expired before it was used.",
        },
        "interaction_required": {
          "hint": "Sign in again.",
          "message": "You need to sign in again.",
        },
        "invalid_grant": {
          "hint": "Sign in again.",
          "message": "Your saved sign-in is no longer valid.",
        },
        "no_tokens_found": {
          "hint": "Sign in again.",
          "message": "There is no saved sign-in for this account.",
        },
      }
    `);
  });
});
