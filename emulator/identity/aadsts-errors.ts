import { randomUUID } from 'node:crypto';

/** How Entra classifies an AADSTS code in the OAuth `error` field, plus its HTTP status. */
interface AadstsDefinition {
  error: string;
  status: 400 | 401;
  /** Message template; `{name}` placeholders are filled from `details`. */
  message: string;
  suberror?: string;
}

/**
 * The AADSTS codes the emulator emits, with Entra's `error` value and wording.
 * One table so the emulator's vocabulary stays consistent and easy to extend.
 */
export const aadstsCodes = {
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
  900144: {
    error: 'invalid_request',
    status: 400,
    message: "The request body must contain the following parameter: '{parameter}'.",
  },
  7000218: {
    error: 'invalid_client',
    status: 401,
    message:
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
} as const satisfies Record<number, AadstsDefinition>;

/** An AADSTS code the emulator knows. */
export type AadstsCode = keyof typeof aadstsCodes;

/** Entra's OAuth error body as it appears on the wire. */
export interface AadstsErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
}

/** A protocol failure carrying everything needed to answer like Entra. */
export class AadstsError extends Error {
  constructor(
    readonly code: AadstsCode,
    readonly details: Record<string, string> = {},
  ) {
    super(`AADSTS${code}: ${fillTemplate(aadstsCodes[code].message, details)}`);
  }

  /** HTTP status Entra uses for this code. */
  get status(): number {
    return aadstsCodes[this.code].status;
  }

  /** The JSON body; `baseUrl` builds `error_uri` against the emulator like Entra's own host. */
  toBody(baseUrl: string, correlationId: string = randomUUID()): AadstsErrorBody {
    const def: AadstsDefinition = aadstsCodes[this.code];
    const now = new Date();
    const timestamp = now
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    const traceId = randomUUID();
    const body: AadstsErrorBody = {
      error: def.error,
      error_description: `${this.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [this.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${baseUrl}/error?code=${this.code}`,
    };
    if (def.suberror) body.suberror = def.suberror;
    return body;
  }
}

function fillTemplate(template: string, details: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => details[name] ?? whole);
}
