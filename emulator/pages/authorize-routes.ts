import { isAdministrator } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { AadstsError } from '../identity/aadsts-errors.js';
import {
  describeAdminConsent,
  grantAdminConsent,
  planAdminConsent,
} from '../identity/admin-consent.js';
import { parseAuthorizeRequest } from '../identity/authorize-request.js';
import type { AuthorizeRequest } from '../identity/authorize-request.js';
import {
  describePermissions,
  describeScopes,
  grantUserConsent,
  planUserConsent,
} from '../identity/user-consent.js';
import { refuseOnPage, sendAuthorizeResult } from './authorize-response.js';
import { sendPage } from './page-layout.js';
import { adminApprovalPage, consentPage, messagePage, signInPage } from './page-templates.js';
import { SignInFlows } from './sign-in-flows.js';

/** One browser's way through sign-in and consent. */
interface AuthorizeFlow {
  request: AuthorizeRequest;
  /** Set only after a correct password. */
  userId?: string;
}

const SIGN_IN_ACTION = '/authorize/signin';
const CONSENT_ACTION = '/authorize/consent';

/**
 * Registers `GET /{tenant}/oauth2/v2.0/authorize` (authorization code flow with PKCE) and its
 * sign-in and consent pages, which look and behave like the device login ones. With
 * `prompt=admin_consent` an administrator consents for the whole tenant on the way.
 */
export function addAuthorizeRoutes(router: Router, ctx: EmulatorContext): void {
  const flows = new SignInFlows<AuthorizeFlow>();
  const expired = (http: RequestContext) =>
    sendPage(http, messagePage('Sign-in expired', 'Start the sign-in again from the app.'), 400);

  /** Issues the code and hands it to the client. */
  const finish = (http: RequestContext, flowId: string, request: AuthorizeRequest, user: User) => {
    flows.end(flowId);
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
    flows.end(flowId);
    sendAuthorizeResult(http, req, {
      error,
      error_description: e.message,
      ...(req.state ? { state: req.state } : {}),
    });
  };
  const adminConsentPlan = (request: AuthorizeRequest) =>
    planAdminConsent(ctx, request.app, request.scope, request.app.tenantId);

  router.add('GET', '/:tenant/oauth2/v2.0/authorize', (http) => {
    const parsed = parseAuthorizeRequest(ctx, http.params.tenant ?? '', http.url.searchParams);
    http.log.clientId = http.url.searchParams.get('client_id') ?? undefined;
    if (parsed.kind === 'page')
      return sendPage(http, messagePage('Sign in', parsed.error.message), 400);
    if (parsed.kind === 'redirect') {
      const { error, description, state, ...target } = parsed.error;
      return sendAuthorizeResult(http, target, {
        error,
        error_description: description,
        ...(state ? { state } : {}),
      });
    }
    const flowId = flows.start({ request: parsed.request });
    // No session cookies: every request signs in, which also satisfies prompt=login/select_account.
    sendPage(http, signInPage(flowId, undefined, parsed.request.loginHint ?? '', SIGN_IN_ACTION));
  });

  flows.onPassword(router, ctx, SIGN_IN_ACTION, expired, (http, flow, user) => {
    const { request } = flow.state;
    const appName = request.app.displayName;
    // Conditional Access and assignment are judged once Entra knows who signed in.
    const injected = ctx.settings.authorizeFailures.shift();
    if (injected) {
      flows.end(flow.id);
      const names = { clientId: request.app.appId, appName, upn: user.userPrincipalName };
      return refuseOnPage(http, request, injected, names);
    }
    if (request.prompt === 'admin_consent') {
      if (!isAdministrator(user))
        return refuse(http, flow.id, request, 'access_denied', new AadstsError(90094));
      const lines = describeAdminConsent(adminConsentPlan(request));
      return sendPage(
        http,
        consentPage(flow.id, appName, user.userPrincipalName, lines, CONSENT_ACTION, true),
      );
    }
    const plan = planUserConsent(ctx, request.app, user, request.scope);
    // "Need admin approval" before any Accept; its way back tells the app why (90094).
    if (plan.needsAdmin.length > 0) {
      const needs = describeScopes(ctx, request.scope, plan.needsAdmin);
      return sendPage(
        http,
        adminApprovalPage(flow.id, appName, user.userPrincipalName, needs, CONSENT_ACTION),
      );
    }
    // Entra skips the consent page when everything asked for is already granted.
    if (plan.grantable.length === 0 && request.prompt !== 'consent')
      return finish(http, flow.id, request, user);
    const permissions = describePermissions(ctx, request.app, request.scope);
    sendPage(
      http,
      consentPage(flow.id, appName, user.userPrincipalName, permissions, CONSENT_ACTION),
    );
  });

  flows.onConsent(router, ctx, CONSENT_ACTION, expired, (http, flow, user, accepted) => {
    const { request } = flow.state;
    const needsAdmin =
      request.prompt !== 'admin_consent' &&
      planUserConsent(ctx, request.app, user, request.scope).needsAdmin.length > 0;
    if (needsAdmin)
      return refuse(http, flow.id, request, 'consent_required', new AadstsError(90094));
    if (!accepted) return refuse(http, flow.id, request, 'access_denied', new AadstsError(65004));
    if (request.prompt === 'admin_consent') {
      grantAdminConsent(ctx, request.app, adminConsentPlan(request));
      return finish(http, flow.id, request, user);
    }
    const consent = grantUserConsent(ctx, request.app, user, request.scope);
    if (!consent.ok)
      return refuse(http, flow.id, request, 'consent_required', new AadstsError(90094));
    finish(http, flow.id, request, user);
  });
}
