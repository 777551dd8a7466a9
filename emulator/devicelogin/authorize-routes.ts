import { randomBytes } from 'node:crypto';
import { findUserById, findUserByUpn } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { readForm } from '../http/request-body.js';
import { sendText } from '../http/responses.js';
import { AadstsError, aadstsCodes } from '../identity/aadsts-errors.js';
import { parseAuthorizeRequest } from '../identity/authorize-request.js';
import type { AuthorizeRequest } from '../identity/authorize-request.js';
import {
  describePermissions,
  grantUserConsent,
  planUserConsent,
} from '../identity/user-consent.js';
import { sendAuthorizeResult } from './authorize-response.js';
import { SIGN_IN_PAGE_HEADERS } from './page-layout.js';
import { consentPage, messagePage, signInPage } from './sign-in-pages.js';

/** One browser's way through sign-in and consent; the browser only carries the id. */
interface AuthorizeFlow {
  request: AuthorizeRequest;
  /** Set only after a correct password. */
  userId?: string;
  expiresAt: number;
}

const FLOW_LIFETIME_MS = 15 * 60_000;
const SIGN_IN_ACTION = '/authorize/signin';
const CONSENT_ACTION = '/authorize/consent';

/**
 * Registers `GET /{tenant}/oauth2/v2.0/authorize` (authorization code flow with PKCE) and its
 * sign-in and consent pages, which look and behave like the device login ones.
 */
export function addAuthorizeRoutes(router: Router, ctx: EmulatorContext): void {
  const flows = new Map<string, AuthorizeFlow>();
  const page = (http: RequestContext, html: string, status = 200) =>
    sendText(http.res, status, 'text/html; charset=utf-8', html, SIGN_IN_PAGE_HEADERS);
  const expired = (http: RequestContext) =>
    page(http, messagePage('Sign-in expired', 'Start the sign-in again from the app.'), 400);
  const takeFlow = (form: URLSearchParams) => {
    const flow = flows.get(form.get('flow') ?? '');
    return flow && flow.expiresAt > Date.now() ? flow : undefined;
  };

  /** Issues the code and hands it to the client. */
  const finish = (http: RequestContext, flowId: string, request: AuthorizeRequest, user: User) => {
    flows.delete(flowId);
    const code = ctx.authorizationCodes.issue({
      clientId: request.app.appId,
      userId: user.id,
      redirectUri: request.redirectUri,
      scope: request.scope,
      codeChallenge: request.codeChallenge,
      ...(request.nonce ? { nonce: request.nonce } : {}),
    });
    sendAuthorizeResult(http, request, {
      code,
      ...(request.state ? { state: request.state } : {}),
    });
  };
  const refuse = (
    http: RequestContext,
    flowId: string,
    req: AuthorizeRequest,
    error: string,
    e: AadstsError,
  ) => {
    flows.delete(flowId);
    sendAuthorizeResult(http, req, {
      error,
      error_description: e.message,
      ...(req.state ? { state: req.state } : {}),
    });
  };

  router.add('GET', '/:tenant/oauth2/v2.0/authorize', (http) => {
    const parsed = parseAuthorizeRequest(ctx, http.params.tenant ?? '', http.url.searchParams);
    http.log.clientId = http.url.searchParams.get('client_id') ?? undefined;
    if (parsed.kind === 'page')
      return page(http, messagePage('Sign in', parsed.error.message), 400);
    if (parsed.kind === 'redirect') {
      const { error, description, state, ...target } = parsed.error;
      return sendAuthorizeResult(http, target, {
        error,
        error_description: description,
        ...(state ? { state } : {}),
      });
    }
    for (const [id, flow] of flows) if (flow.expiresAt <= Date.now()) flows.delete(id);
    const flowId = randomBytes(24).toString('base64url');
    flows.set(flowId, { request: parsed.request, expiresAt: Date.now() + FLOW_LIFETIME_MS });
    // No session cookies: every request signs in, which also satisfies prompt=login/select_account.
    page(http, signInPage(flowId, undefined, parsed.request.loginHint ?? '', SIGN_IN_ACTION));
  });

  router.add('POST', SIGN_IN_ACTION, async (http) => {
    const form = await readForm(http.req);
    const flow = takeFlow(form);
    if (!flow) return expired(http);
    const flowId = form.get('flow') ?? '';
    const email = (form.get('email') ?? '').trim();
    const user = findUserByUpn(ctx.directory.users, email);
    if (!user || user.password !== (form.get('password') ?? '')) {
      const error = `AADSTS50126: ${aadstsCodes[50126].message}`;
      return page(http, signInPage(flowId, error, email, SIGN_IN_ACTION), 400);
    }
    flow.userId = user.id;
    const { request } = flow;
    const plan = planUserConsent(ctx, request.app, user, request.scope);
    if (plan.needsAdmin.length > 0)
      return refuse(http, flowId, request, 'consent_required', new AadstsError(90094));
    // Entra skips the consent page when everything asked for is already granted.
    if (plan.grantable.length === 0 && request.prompt !== 'consent')
      return finish(http, flowId, request, user);
    const permissions = describePermissions(ctx, request.app, request.scope);
    const html = consentPage(
      flowId,
      request.app.displayName,
      user.userPrincipalName,
      permissions,
      CONSENT_ACTION,
    );
    page(http, html);
  });

  router.add('POST', CONSENT_ACTION, async (http) => {
    const form = await readForm(http.req);
    const flow = takeFlow(form);
    const user = flow?.userId ? findUserById(ctx.directory.users, flow.userId) : undefined;
    if (!flow || !user) return expired(http);
    const flowId = form.get('flow') ?? '';
    if (form.get('action') !== 'accept')
      return refuse(http, flowId, flow.request, 'access_denied', new AadstsError(65004));
    const consent = grantUserConsent(ctx, flow.request.app, user, flow.request.scope);
    if (!consent.ok)
      return refuse(http, flowId, flow.request, 'consent_required', new AadstsError(90094));
    finish(http, flowId, flow.request, user);
  });
}
