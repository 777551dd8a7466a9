import { signInRefusals } from './aadsts-codes-sign-in.js';

/** How Entra classifies an AADSTS code in the OAuth `error` field, plus its HTTP status. */
export interface AadstsDefinition {
  error: string;
  status: 400 | 401;
  /** The `error` the authorize endpoint sends for it, where that differs from the token endpoint's. */
  authorizeError?: string;
  /** Conditional Access refuses it: on the sign-in page, its "You can't get there from here". */
  conditionalAccess?: true;
  /** Message template; `{name}` placeholders are filled from `details`. */
  message: string;
  suberror?: string;
}

/**
 * The AADSTS codes the emulator emits, with Entra's `error` value and wording.
 * One table so the emulator's vocabulary stays consistent and easy to extend.
 */
export const aadstsCodes = {
  ...signInRefusals,
  50034: {
    error: 'invalid_grant',
    status: 400,
    message:
      'The user account {upn} does not exist in the {tenant} directory. To sign into this application, the account must be added to the directory.',
  },
  50126: {
    error: 'invalid_grant',
    status: 400,
    message: 'Error validating credentials due to invalid username or password.',
  },
  50173: {
    error: 'invalid_grant',
    status: 400,
    suberror: 'bad_token',
    message:
      "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '{issuedAt}' and the TokensValidFrom date (before which tokens are not valid) for this user is '{validFrom}'.",
  },
  54005: {
    error: 'invalid_grant',
    status: 400,
    message:
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  },
  65001: {
    error: 'invalid_grant',
    status: 400,
    suberror: 'consent_required',
    message:
      "The user or administrator has not consented to use the application with ID '{clientId}' named '{appName}'. Send an interactive authorization request for this user and resource. Missing consent for: {scopes}.",
  },
  65002: {
    error: 'invalid_grant',
    status: 400,
    message:
      "Consent between first party application '{clientId}' and first party resource '{resourceId}' must be configured via preauthorization - applications owned and operated by Microsoft must get approval from the API owner before requesting tokens for that API.",
  },
  65004: {
    error: 'authorization_declined',
    status: 400,
    message: 'User declined to consent to access the app.',
  },
  70000: {
    error: 'invalid_grant',
    status: 400,
    suberror: 'bad_token',
    message: 'Provided grant is invalid or malformed.',
  },
  70003: {
    error: 'unsupported_grant_type',
    status: 400,
    message: "The app requested an unsupported grant type '{grantType}'.",
  },
  70011: {
    error: 'invalid_scope',
    status: 400,
    message: "The provided value for the input parameter 'scope' is not valid. {reason}",
  },
  70016: {
    error: 'authorization_pending',
    status: 400,
    message: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  },
  70018: {
    error: 'bad_verification_code',
    status: 400,
    message:
      'Invalid verification code due to User typing in wrong user code for device code flow. Authorization is not approved.',
  },
  70019: { error: 'expired_token', status: 400, message: 'Verification code expired.' },
  90002: {
    error: 'invalid_request',
    status: 400,
    message:
      "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
  },
  90094: { error: 'invalid_grant', status: 400, message: 'The grant requires admin permission.' },
  500011: {
    error: 'invalid_resource',
    status: 400,
    message:
      'The resource principal named {resource} was not found in the tenant named {tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.',
  },
  700016: {
    error: 'unauthorized_client',
    status: 400,
    message:
      "Application with identifier '{clientId}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
  },
  900561: {
    error: 'invalid_request',
    status: 400,
    message: 'The endpoint only accepts {allowed} requests. Received a {method} request.',
  },
  900144: {
    error: 'invalid_request',
    status: 400,
    message: "The request body must contain the following parameter: '{parameter}'.",
  },
  50011: {
    error: 'invalid_request',
    status: 400,
    message:
      "The redirect URI '{redirectUri}' specified in the request does not match the redirect URIs configured for the application '{clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.",
  },
  50027: {
    error: 'invalid_request',
    status: 400,
    message: 'JWT token is invalid or malformed. {reason}',
  },
  50149: {
    error: 'invalid_request',
    status: 400,
    message: 'Invalid Code_Challenge_method parameter. {reason}',
  },
  50194: {
    error: 'invalid_request',
    status: 400,
    message:
      "Application '{clientId}'({appName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
  },
  53003: {
    error: 'interaction_required',
    conditionalAccess: true,
    status: 400,
    suberror: 'message_only',
    message:
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  },
  70008: {
    error: 'invalid_grant',
    status: 400,
    message:
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  },
  500112: {
    error: 'invalid_grant',
    status: 400,
    message:
      "The reply address '{got}' does not match the reply address '{expected}' provided when requesting Authorization code.",
  },
  501481: {
    error: 'invalid_grant',
    status: 400,
    message:
      'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  },
  700021: {
    error: 'invalid_client',
    status: 401,
    message: "Client assertion application identifier doesn't match 'client_id' parameter.",
  },
  700023: {
    error: 'invalid_client',
    status: 401,
    message: "Client assertion audience claim does not match Realm issuer. Expected '{expected}'.",
  },
  700024: {
    error: 'invalid_client',
    status: 401,
    message: 'Client assertion is not within its valid time range.',
  },
  700027: {
    error: 'invalid_client',
    status: 401,
    message: 'Client assertion failed signature validation. {reason}',
  },
  700082: {
    error: 'invalid_grant',
    status: 400,
    message:
      'The refresh token has expired due to inactivity. The token was issued on {issuedAt} and was inactive for {inactiveFor}.',
  },
  1002012: {
    error: 'invalid_scope',
    status: 400,
    message:
      'The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).',
  },
  7000215: {
    error: 'invalid_client',
    status: 401,
    message:
      "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{clientId}'.",
  },
  7000222: {
    error: 'invalid_client',
    status: 401,
    message:
      "The provided client secret keys for app '{clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.",
  },
  7000229: {
    error: 'invalid_client',
    status: 401,
    message:
      'The client application {clientId} is missing service principal in the tenant {tenant}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119',
  },
  7000218: {
    error: 'invalid_client',
    status: 401,
    message:
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
} as const satisfies Record<number, AadstsDefinition>;
