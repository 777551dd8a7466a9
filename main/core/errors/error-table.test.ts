import { InteractionRequiredAuthError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { Remedy } from '../../../preload/contract';
import { errorTable, isAppRegistrationCode, isDeadGrant, type ErrorFacts } from './error-table';
import { failureState } from './failure-state';
import { ProblemError, toProblem } from './to-problem';

const words = (code: string) => {
  const { message, hint } = code.startsWith('AADSTS')
    ? toProblem({ errorNo: code.slice('AADSTS'.length) })
    : toProblem({ errorCode: code });
  return { message, ...(hint ? { hint } : {}) };
};

describe('the error table', () => {
  it.each<[string, ErrorFacts['state'], boolean, ErrorFacts['remedy']]>([
    // [code, the state it puts a service in, dead grant, the renderer's way out]
    ['AADSTS50011', 'error', false, 'fix-app-registration'],
    ['AADSTS50020', 'error', false, null],
    ['AADSTS50058', 'needs-sign-in', false, 'sign-in-again'],
    ['AADSTS50076', 'error', false, null],
    ['AADSTS50079', 'error', false, null],
    ['AADSTS50105', 'error', false, null],
    ['AADSTS50126', 'error', false, null],
    ['AADSTS50133', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS50173', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS53003', 'error', false, 'browser-instead'],
    ['AADSTS530003', 'error', false, null],
    ['AADSTS54005', 'error', false, null],
    ['AADSTS65001', 'consent-needed', false, 'grant-consent'],
    ['AADSTS65004', 'consent-needed', false, 'grant-consent'],
    ['AADSTS70000', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS70011', 'error', false, null],
    ['AADSTS70016', 'error', false, null],
    ['AADSTS70018', 'error', false, null],
    ['AADSTS70019', 'error', false, null],
    ['AADSTS90002', 'error', false, 'check-tenant'],
    ['AADSTS90094', 'consent-needed', false, 'grant-consent'],
    ['AADSTS500011', 'not-available', false, null],
    ['AADSTS700016', 'error', false, null],
    ['AADSTS700024', 'error', false, null],
    ['AADSTS700027', 'error', false, 'add-certificate'],
    ['AADSTS700082', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS7000215', 'error', false, 'create-secret'],
    ['AADSTS7000218', 'error', false, 'fix-app-registration'],
    ['AADSTS7000222', 'error', false, 'create-secret'],
    ['device_code_polling_cancelled', 'error', false, null],
    ['device_code_expired', 'error', false, null],
    ['expired_token', 'error', false, null],
    ['bad_verification_code', 'error', false, null],
    ['authorization_declined', 'error', false, null],
    ['endpoints_resolution_error', 'error', false, null],
    ['no_tokens_found', 'needs-sign-in', false, 'sign-in-again'],
    ['interaction_required', 'needs-sign-in', false, 'sign-in-again'],
    ['invalid_grant', 'needs-sign-in', true, 'sign-in-again'],
    ['account_not_found', 'needs-sign-in', false, 'sign-in-again'],
    ['app_credential_missing', 'needs-sign-in', false, 'sign-in-again'],
    ['service_not_in_cloud', 'not-available', false, null],
  ])('%s: %s, dead grant %s, remedy %s', (code, state, deadGrant, remedy) => {
    expect(errorTable[code]).toMatchObject({ state, deadGrant, remedy });
    expect(isDeadGrant(code)).toBe(deadGrant);
    const problem = new ProblemError({ code, message: 'm' });
    expect(failureState(problem).state).toBe(state);
    expect(toProblem(problem).remedy).toBe(remedy ?? undefined);
  });

  it('lists every code once above, each with a state and a remedy (or none, said so)', () => {
    for (const facts of Object.values(errorTable)) {
      expect(['needs-sign-in', 'consent-needed', 'not-available', 'error']).toContain(facts.state);
      expect(facts.remedy === null || Remedy.options.includes(facts.remedy)).toBe(true);
    }
    expect(Object.keys(errorTable)).toHaveLength(41);
  });

  it('says which fix "Check my app" applies for each app registration failure', () => {
    const fixes = Object.entries(errorTable)
      .filter(([code]) => isAppRegistrationCode(code))
      .map(([code, facts]) => [code, facts.fix]);
    expect(fixes).toEqual([
      ['AADSTS50011', 'add-redirect-uris'],
      ['AADSTS7000218', 'enable-public-client-flows'],
    ]);
  });

  it('puts a service whose sign-in MSAL says needs interaction in needs-sign-in, whatever the code', () => {
    const error = new InteractionRequiredAuthError('login_required', 'c', 'AADSTS50076: MFA');
    expect(failureState(error).state).toBe('needs-sign-in');
  });

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
        "AADSTS50058": {
          "hint": "Sign in again.",
          "message": "There is no signed-in session to reuse.",
        },
        "AADSTS50076": {
          "hint": "Use the browser sign-in, which can complete the MFA prompt.",
          "message": "Your organisation requires multi-factor authentication for this sign-in.",
        },
        "AADSTS50079": {
          "hint": "Sign in at https://aka.ms/mfasetup, then try again.",
          "message": "You must register for multi-factor authentication first.",
        },
        "AADSTS50105": {
          "hint": "Ask an administrator to assign you to the app registration in Entra ID (Enterprise applications → Users and groups).",
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
        "AADSTS70000": {
          "hint": "Sign in again.",
          "message": "The sign-in grant is no longer valid.",
        },
        "AADSTS700016": {
          "hint": "Check the client id. The shared PnP Management Shell app was deleted in 2024: register your own app.",
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
        "AADSTS90002": {
          "hint": "Check the tenant id or domain; it may be misspelled or in another cloud.",
          "message": "The tenant was not found.",
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
