/**
 * "Check my app": reads an app registration through Graph and tests what M365 Desk's sign-ins
 * need of it: public client flows, the redirect URIs, the permissions for the chosen services,
 * a service principal, and tenant-wide consent. Each failed check says what was found, how to
 * fix it by hand, and which fix M365 Desk can apply.
 */
import type { AppCheck, AppCheckReport, ServiceChoice } from '../../../preload/contract';
import { fixByHand } from './fix-by-hand';
import { wholeAppConsentUrl, withheldSentence } from './graph-app-role-limit';
import type { GraphApplication, GraphServicePrincipal } from './graph-directory';
import { SETUP_REDIRECT_URIS } from './permission-catalog';
import {
  describeNeeds,
  missingConsent,
  missingFromRegistration,
  needsOf,
  resolveNeeds,
  type ResolvedNeed,
  type ResourceNeed,
} from './required-access';
import type { SetupContext } from './setup-session';

export async function checkApp(
  setup: SetupContext,
  clientId: string,
  choices: readonly ServiceChoice[],
): Promise<AppCheckReport> {
  const { graph } = setup;
  const app = await graph.applicationByAppId(clientId);
  if (!app) {
    const where = setup.session.tenantDomain ?? setup.session.tenantId;
    const missing: AppCheck = {
      id: 'app-exists',
      label: 'The app registration exists',
      ok: false,
      detail: `No app registration with the id ${clientId} exists in ${where}.`,
      fixByHand: fixByHand.createApp(),
    };
    return { clientId, checks: [missing], ok: false };
  }
  const needs = await resolveNeeds(graph, needsOf(choices));
  const sp = await graph.servicePrincipalByAppId(app.appId);
  const consentGaps = sp
    ? missingConsent(
        needs,
        ...(await Promise.all([graph.permissionGrants(sp.id), graph.appRoleAssignments(sp.id)])),
      )
    : undefined;
  const checks: AppCheck[] = [
    {
      id: 'app-exists',
      label: 'The app registration exists',
      ok: true,
      detail: `“${app.displayName}” (${app.appId}) is registered in this tenant.`,
    },
    publicClientCheck(app),
    redirectUriCheck(app),
    permissionsCheck(app, needs),
    servicePrincipalCheck(app, sp),
    consentCheck(setup, app, needs, consentGaps),
  ];
  return {
    clientId: app.appId,
    displayName: app.displayName,
    checks,
    ok: checks.every((check) => check.ok),
  };
}

function publicClientCheck(app: GraphApplication): AppCheck {
  const ok = app.isFallbackPublicClient === true;
  return {
    id: 'public-client-flows',
    label: 'Public client flows are allowed',
    ok,
    detail: ok
      ? '“Allow public client flows” is on: device code and the desktop sign-ins work.'
      : '“Allow public client flows” is off, so device code sign-in fails with AADSTS7000218.',
    ...(ok
      ? {}
      : {
          fixByHand: fixByHand.publicClientFlows(app.displayName),
          fix: 'enable-public-client-flows' as const,
        }),
  };
}

function redirectUriCheck(app: GraphApplication): AppCheck {
  const registered = app.publicClient.redirectUris;
  const missing = SETUP_REDIRECT_URIS.filter((uri) => !registered.includes(uri));
  return {
    id: 'redirect-uris',
    label: 'The redirect URIs are registered',
    ok: missing.length === 0,
    detail:
      missing.length === 0
        ? `“Mobile and desktop applications” lists ${SETUP_REDIRECT_URIS.join(' and ')}.`
        : `Missing from “Mobile and desktop applications”: ${missing.join(', ')}. Sign-ins that use ${missing.length === 1 ? 'it' : 'them'} fail with AADSTS50011.`,
    ...(missing.length === 0
      ? {}
      : {
          fixByHand: fixByHand.redirectUris(app.displayName, missing),
          fix: 'add-redirect-uris' as const,
        }),
  };
}

function permissionsCheck(app: GraphApplication, needs: ResolvedNeed[]): AppCheck {
  const missing = missingFromRegistration(app.requiredResourceAccess, needs);
  return {
    id: 'required-permissions',
    label: 'The app asks for the permissions the chosen services need',
    ok: missing.length === 0,
    detail:
      missing.length === 0
        ? `API permissions include everything chosen (${describeNeeds(needs)}).`
        : `Not in the app’s API permissions: ${describeNeeds(missing)}.`,
    ...(missing.length === 0
      ? {}
      : {
          fixByHand: fixByHand.permissions(app.displayName, missing),
          fix: 'add-permissions' as const,
        }),
  };
}

function servicePrincipalCheck(app: GraphApplication, sp: GraphServicePrincipal | undefined) {
  const check: AppCheck = {
    id: 'service-principal',
    label: 'The app has a service principal in this tenant',
    ok: Boolean(sp),
    detail: sp
      ? `Its enterprise application exists (object id ${sp.id}).`
      : 'It has no enterprise application (service principal) here, so nobody can be granted consent to it yet.',
  };
  if (!sp) {
    check.fixByHand = fixByHand.servicePrincipal(app.displayName);
    check.fix = 'create-service-principal';
  }
  return check;
}

function consentCheck(
  setup: SetupContext,
  app: GraphApplication,
  needs: ResolvedNeed[],
  gaps: ResourceNeed[] | undefined,
): AppCheck {
  const ok = gaps !== undefined && gaps.length === 0;
  // Graph's own application permissions, when this person may grant the rest but not those.
  const mayGrantSome = setup.session.canGrantAdminConsent;
  const graphLeft =
    mayGrantSome && !setup.session.canGrantGraphAppRoles
      ? (gaps ?? []).filter((gap) => gap.resource.key === 'graph').flatMap((gap) => gap.roles)
      : [];
  const rest = (gaps ?? []).reduce((n, gap) => n + gap.scopes.length + gap.roles.length, 0);
  const check: AppCheck = {
    id: 'consent',
    label: 'An administrator granted consent for everyone',
    ok,
    detail: ok
      ? 'Tenant-wide consent covers every chosen permission: nobody is asked to consent.'
      : gaps === undefined
        ? 'Nothing is consented yet: the app has no service principal.'
        : `Tenant-wide consent is missing for ${describeNeeds(gaps)}.` +
          (graphLeft.length > 0 ? ` ${withheldSentence(graphLeft)}` : ''),
  };
  if (ok) return check;
  const url = wholeAppConsentUrl(setup, app.appId, needs);
  check.fixByHand = fixByHand.consent(
    app.displayName,
    setup.session.tenantDomain ?? setup.session.tenantId,
    url,
  );
  if (mayGrantSome && (gaps === undefined || rest > graphLeft.length)) check.fix = 'grant-consent';
  return check;
}
