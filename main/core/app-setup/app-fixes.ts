/**
 * The fixes "Check my app" offers, applied through Graph as the signed-in setup session. Each
 * changes only what its check found wrong and keeps everything else the app had.
 */
import type { AppCheck, ServiceChoice } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import { grantTenantWideConsent } from './grant-consent';
import { consentPlan, graphAppRolesRefusal } from './graph-app-role-limit';
import { SETUP_REDIRECT_URIS } from './permission-catalog';
import { mergeRequiredAccess, needsOf, resolveNeeds } from './required-access';
import type { SetupContext } from './setup-session';

export type AppFix = NonNullable<AppCheck['fix']>;

export async function applyFix(
  setup: SetupContext,
  clientId: string,
  choices: readonly ServiceChoice[],
  fix: AppFix,
): Promise<void> {
  const { graph } = setup;
  const app = await graph.applicationByAppId(clientId);
  if (!app) {
    throw new ProblemError({
      code: 'app_not_found',
      message: `No app registration with the id ${clientId} exists in this tenant.`,
      hint: 'Check the id, or sign in to Set up app in the app’s own tenant.',
    });
  }
  switch (fix) {
    case 'enable-public-client-flows':
      return graph.updateApplication(app.id, { isFallbackPublicClient: true });
    case 'add-redirect-uris': {
      const registered = app.publicClient.redirectUris;
      const missing = SETUP_REDIRECT_URIS.filter((uri) => !registered.includes(uri));
      return graph.updateApplication(app.id, {
        publicClient: { redirectUris: [...registered, ...missing] },
      });
    }
    case 'add-permissions': {
      const needs = await resolveNeeds(graph, needsOf(choices));
      return graph.updateApplication(app.id, {
        requiredResourceAccess: mergeRequiredAccess(app.requiredResourceAccess, needs),
      });
    }
    case 'create-service-principal':
      if (!(await graph.servicePrincipalByAppId(app.appId)))
        await graph.createServicePrincipal(app.appId);
      return;
    case 'grant-consent': {
      if (!setup.session.canGrantAdminConsent) {
        throw new ProblemError({
          code: 'admin_required',
          message: `${setup.session.username} cannot grant consent for the whole tenant.`,
          hint: 'Sign in to Set up app as a Global, Privileged Role, Cloud Application or Application Administrator, or send the admin consent link to one.',
        });
      }
      const needs = await resolveNeeds(graph, needsOf(choices));
      const sp =
        (await graph.servicePrincipalByAppId(app.appId)) ??
        (await graph.createServicePrincipal(app.appId));
      // Graph's own application permissions are left (and said) when this person may not grant them.
      const { grantable, withheld } = await consentPlan(setup, sp.id, needs);
      const granted = await grantTenantWideConsent(graph, sp.id, grantable);
      if (withheld.length > 0 && granted.delegated + granted.application === 0)
        throw graphAppRolesRefusal(setup, app.appId, needs, withheld);
      return;
    }
  }
}
