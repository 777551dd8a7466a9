import type { AppRegistration } from '../directory/app-registrations.js';
import { resolveTenantPath } from '../directory/tenants.js';
import type { EmulatorContext } from '../emulator-context.js';
import { AadstsError, aadstsCodes } from './aadsts-errors.js';
import { checkBrowserClient } from './client-validation.js';
import { parseScopeRequestIn } from './scope-request.js';

/** A validated `/authorize` request waiting for the user. */
export interface AuthorizeRequest {
  app: AppRegistration;
  redirectUri: string;
  responseMode: 'query' | 'form_post';
  scope: string;
  codeChallenge: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  loginHint?: string;
}

/** Where an error goes back to the client: the redirect URI in the requested response mode. */
export interface AuthorizeErrorReturn {
  redirectUri: string;
  responseMode: 'query' | 'form_post';
  state?: string;
  error: string;
  description: string;
}

/** Outcome of parsing: go on, send the error to the client, or show it (never redirect). */
export type AuthorizeParse =
  | { kind: 'ok'; request: AuthorizeRequest }
  | { kind: 'redirect'; error: AuthorizeErrorReturn }
  | { kind: 'page'; error: AadstsError };

/**
 * Validates an authorization request as Entra does. Until client and redirect URI are known
 * to belong together, errors are shown on the page (redirecting would make the emulator an
 * open redirector); afterwards they go back to the redirect URI.
 */
export function parseAuthorizeRequest(
  ctx: EmulatorContext,
  tenantSegment: string,
  params: URLSearchParams,
): AuthorizeParse {
  const page = (error: AadstsError): AuthorizeParse => ({ kind: 'page', error });
  if (!resolveTenantPath(ctx.directory.tenants, tenantSegment))
    return page(new AadstsError(90002, { tenant: tenantSegment }));
  const client = checkBrowserClient(ctx, tenantSegment, params);
  if (client instanceof AadstsError) return page(client);
  const { app, redirectUri } = client;

  const state = params.get('state') ?? undefined;
  const mode = params.get('response_mode') ?? 'query';
  const responseMode = mode === 'form_post' ? 'form_post' : 'query';
  const fail = (error: string, description: string): AuthorizeParse => ({
    kind: 'redirect',
    error: { redirectUri, responseMode, error, description, ...(state ? { state } : {}) },
  });
  const failWith = (e: AadstsError) => fail(aadstsCodes[e.code].error, e.message);

  if (mode !== 'query' && mode !== 'form_post')
    return fail(
      'invalid_request',
      `The emulator supports response_mode query and form_post, not '${mode}'.`,
    );
  if (params.get('response_type') !== 'code')
    return fail('unsupported_response_type', 'The emulator only supports response_type=code.');
  const scope = params.get('scope') ?? '';
  if (!scope) return failWith(new AadstsError(900144, { parameter: 'scope' }));
  try {
    parseScopeRequestIn(ctx, scope, tenantSegment);
  } catch (error) {
    if (error instanceof AadstsError) return failWith(error);
    throw error;
  }
  // Public clients cannot keep a secret, so the code is bound to the client by PKCE; the
  // emulator insists on it (and on S256: `plain` would give the verifier away).
  const codeChallenge = params.get('code_challenge') ?? '';
  if (!codeChallenge) return failWith(new AadstsError(900144, { parameter: 'code_challenge' }));
  if (params.get('code_challenge_method') !== 'S256') {
    return failWith(
      new AadstsError(50149, { reason: "Only 'S256' is accepted; 'plain' is refused." }),
    );
  }
  const prompt = params.get('prompt') ?? undefined;
  if (prompt === 'none') {
    return fail(
      'login_required',
      'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    );
  }
  const optional = (name: string) => params.get(name) ?? undefined;
  const extras = { state, nonce: optional('nonce'), prompt, loginHint: optional('login_hint') };
  return {
    kind: 'ok',
    request: {
      app,
      redirectUri,
      responseMode,
      scope,
      codeChallenge,
      ...(Object.fromEntries(
        Object.entries(extras).filter(([, v]) => v),
      ) as Partial<AuthorizeRequest>),
    },
  };
}
