import type { AppRegistration } from '../directory/app-registrations.js';
import { resolveTenantPath } from '../directory/tenants.js';
import { isAdministrator } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { RequestContext, Router } from '../http/router.js';
import { AadstsError, aadstsCodes } from '../identity/aadsts-errors.js';
import {
  describeAdminConsent,
  grantAdminConsent,
  planAdminConsent,
} from '../identity/admin-consent.js';
import type { AdminConsentPlan } from '../identity/admin-consent.js';
import { checkBrowserClient } from '../identity/client-validation.js';
import { isRegisteredOnAnyPlatform } from '../identity/redirect-uris.js';
import { sendAuthorizeResult } from './authorize-response.js';
import { sendPage } from './page-layout.js';
import { consentPage, messagePage, signInPage } from './page-templates.js';
import { SignInFlows } from './sign-in-flows.js';

/** A validated admin consent request waiting for an administrator. */
interface AdminConsentFlow {
  app: AppRegistration;
  tenantId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  plan: AdminConsentPlan;
  userId?: string;
}

const SIGN_IN_ACTION = '/adminconsent/signin';
const CONSENT_ACTION = '/adminconsent/consent';

/**
 * Registers the v2.0 admin consent endpoint, `GET /{tenant}/v2.0/adminconsent?client_id=...
 * &scope=...&redirect_uri=...&state=...`: a sign-in page, then (for an application, cloud
 * application, privileged role or global administrator) a consent page for the whole tenant.
 * Accepting creates the app's service principal if missing, AllPrincipals grants and app role
 * assignments, then redirects with `admin_consent=True&tenant&scope&state`; a decline or a
 * non-admin gets `error=access_denied`.
 */
export function addAdminConsentRoutes(router: Router, ctx: EmulatorContext): void {
  const flows = new SignInFlows<AdminConsentFlow>();
  const back = (http: RequestContext, flow: AdminConsentFlow, values: Record<string, string>) =>
    sendAuthorizeResult(
      http,
      { redirectUri: flow.redirectUri, responseMode: 'query' },
      { ...values, ...(flow.state ? { state: flow.state } : {}) },
    );
  const denied = (http: RequestContext, flow: AdminConsentFlow, e: AadstsError) =>
    back(http, flow, { error: 'access_denied', error_description: e.message });
  const expired = (http: RequestContext) =>
    sendPage(http, messagePage('Sign-in expired', 'Open the admin consent link again.'), 400);

  router.add('GET', '/:tenant/v2.0/adminconsent', (http) => {
    const params = http.url.searchParams;
    const fail = (e: AadstsError) => sendPage(http, messagePage('Admin consent', e.message), 400);
    const segment = http.params.tenant ?? '';
    const tenant = resolveTenantPath(ctx.directory.tenants, segment)?.tenant;
    if (!tenant) return fail(new AadstsError(90002, { tenant: segment }));
    http.log.clientId = params.get('client_id') || undefined;
    // Admin consent may return to any redirect URI the app registered, on any platform.
    const client = checkBrowserClient(ctx, segment, params, isRegisteredOnAnyPlatform);
    if (client instanceof AadstsError) return fail(client);
    const { app, redirectUri } = client;
    const base = {
      app,
      tenantId: tenant.id,
      redirectUri,
      scope: params.get('scope') ?? '',
      ...(params.get('state') ? { state: params.get('state') ?? '' } : {}),
    };
    let plan: AdminConsentPlan;
    try {
      if (!base.scope) throw new AadstsError(900144, { parameter: 'scope' });
      plan = planAdminConsent(ctx, app, base.scope, segment);
    } catch (error) {
      if (!(error instanceof AadstsError)) throw error;
      const flow = { ...base, plan: { delegated: [], appRoles: [] } };
      return back(http, flow, {
        error: aadstsCodes[error.code].error,
        error_description: error.message,
      });
    }
    const flowId = flows.start({ ...base, plan });
    sendPage(http, signInPage(flowId, undefined, params.get('login_hint') ?? '', SIGN_IN_ACTION));
  });

  flows.onPassword(router, ctx, SIGN_IN_ACTION, expired, (http, flow, user) => {
    if (!isAdministrator(user)) {
      flows.end(flow.id);
      return denied(http, flow.state, new AadstsError(90094));
    }
    const { app, plan } = flow.state;
    const lines = describeAdminConsent(plan);
    const html = consentPage(
      flow.id,
      app.displayName,
      user.userPrincipalName,
      lines,
      CONSENT_ACTION,
      true,
    );
    sendPage(http, html);
  });

  flows.onConsent(router, ctx, CONSENT_ACTION, expired, (http, flow, _user, accepted) => {
    flows.end(flow.id);
    if (!accepted) return denied(http, flow.state, new AadstsError(65004));
    grantAdminConsent(ctx, flow.state.app, flow.state.plan);
    back(http, flow.state, {
      admin_consent: 'True',
      tenant: flow.state.tenantId,
      scope: flow.state.scope,
    });
  });
}
