/**
 * "Unattended access": what a person otherwise does by hand in the portal. For an app the
 * setup session may write: grant the chosen services' application permissions (least
 * privilege first, as the wizard's levels are) with admin consent, make a self-signed
 * certificate, upload its public part, and connect each service app-only with it. The private
 * key goes only to the app-only credential store (the vault, under the keystore policy).
 */
import type {
  CommandInput,
  ServiceChoice,
  ServiceStatus,
  UnattendedResult,
} from '../../../preload/contract';
import type { StoredCredential } from '../app-only/app-only-clients';
import {
  createSelfSignedCertificate,
  type NewCertificate,
} from '../app-only/self-signed-certificate';
import { ProblemError, toProblem } from '../errors/to-problem';
import { serviceById } from '../services/service-catalog';
import { addCertificateToApp } from './app-certificates';
import { certificateFactsOf } from '../app-only/certificate-facts';
import { grantTenantWideConsent } from './grant-consent';
import { consentPlan, graphAppRolesRefusal, leftForAdministrator } from './graph-app-role-limit';
import { mergeRequiredAccess, needsOf, resolveNeeds } from './required-access';
import type { SetupContext } from './setup-session';

export type UnattendedInput = CommandInput<'appSetup.unattended'>;

/** Connects one service app-only with a credential M365 Desk already holds. */
export type AppOnlyConnector = (request: {
  serviceId: ServiceChoice['serviceId'];
  tenant: string;
  clientId: string;
  credential: StoredCredential;
  siteUrl?: string | undefined;
}) => Promise<ServiceStatus>;

export interface UnattendedDeps {
  connect: AppOnlyConnector;
  /** Waits before trying a sign-in again while Entra learns the new certificate. */
  sleep?: (ms: number) => Promise<void>;
}

const refuse = (code: string, message: string, hint: string) =>
  new ProblemError({ code, message, hint });

export async function setUpUnattended(
  setup: SetupContext,
  input: UnattendedInput,
  deps: UnattendedDeps,
): Promise<UnattendedResult> {
  const { graph, session } = setup;
  for (const { serviceId } of input.services) {
    const service = serviceById(serviceId);
    if (!service.appOnlySupported) {
      throw refuse(
        'app_only_not_supported',
        `${service.label} cannot be used app-only.`,
        service.appOnlyNote ?? 'Leave it out of unattended access.',
      );
    }
  }
  if (!session.canGrantAdminConsent) {
    throw refuse(
      'admin_required',
      `${session.username} cannot grant application permissions: they always need an administrator’s consent.`,
      'Sign in to Set up app as a Global, Privileged Role, Cloud Application or Application Administrator.',
    );
  }
  const clientId = input.clientId.trim().toLowerCase();
  const app = await graph.applicationByAppId(clientId);
  if (!app) {
    throw refuse(
      'app_not_found',
      `No app registration with the id ${clientId} exists in this tenant.`,
      'Create the app first, or check the id.',
    );
  }
  const choices = input.services.map((s) => ({ ...s, includeApplication: true }));
  const needs = (await resolveNeeds(graph, needsOf(choices)))
    .map((need) => ({ ...need, scopes: [] }))
    .filter((need) => need.roles.length > 0);
  await graph.updateApplication(app.id, {
    requiredResourceAccess: mergeRequiredAccess(app.requiredResourceAccess, needs),
  });
  const sp =
    (await graph.servicePrincipalByAppId(clientId)) ??
    (await graph.createServicePrincipal(clientId));
  // Said before anything is tried: Graph's own application permissions may need someone else.
  const { grantable, withheld } = await consentPlan(setup, sp.id, needs);
  const waiting = (serviceId: ServiceChoice['serviceId']) =>
    usesAny(
      choices.filter((c) => c.serviceId === serviceId),
      withheld,
    );
  if (input.services.every(({ serviceId }) => waiting(serviceId)))
    throw graphAppRolesRefusal(setup, clientId, needs, withheld);
  await grantTenantWideConsent(graph, sp.id, grantable, { delegated: false, application: true });

  const certificate = await createSelfSignedCertificate({
    commonName: app.displayName,
    validityDays: input.validityDays,
  });
  const keyId = await addCertificateToApp(
    graph,
    app.id,
    certificate.certificatePem,
    `M365 Desk ${day(certificate.validFrom)}`,
  );

  const credential = credentialOf(certificate, app.id, keyId);
  const services: ServiceStatus[] = [];
  for (const { serviceId } of input.services) {
    if (waiting(serviceId)) continue;
    services.push(
      await connectWhenKnown(deps, {
        serviceId,
        tenant: session.tenantId,
        clientId,
        credential,
        siteUrl: serviceById(serviceId).needsSiteUrl ? input.siteUrl : undefined,
      }),
    );
  }
  return {
    clientId,
    tenantId: session.tenantId,
    certificate: certificateFactsOf(certificate.certificatePem),
    granted: grantable.flatMap((need) =>
      need.roles.map((role) => `${need.resource.label}: ${role}`),
    ),
    services,
    ...(withheld.length > 0
      ? { leftForAdministrator: leftForAdministrator(setup, clientId, needs, withheld) }
      : {}),
  };
}

/** What the vault keeps of a certificate M365 Desk made, with where it sits on the app. */
export function credentialOf(
  certificate: NewCertificate,
  appObjectId: string,
  keyId: string | undefined,
): Extract<StoredCredential, { kind: 'certificate' }> {
  return {
    kind: 'certificate',
    thumbprintSha256: certificate.thumbprintSha256,
    privateKeyPem: certificate.privateKeyPem,
    certificatePem: certificate.certificatePem,
    appObjectId,
    ...(keyId ? { keyId } : {}),
  };
}

/** Whether the choices' application permissions include any of the `withheld` Graph ones. */
const usesAny = (choices: readonly ServiceChoice[], withheld: readonly string[]) =>
  needsOf(choices).some(
    (need) => need.resource.key === 'graph' && need.roles.some((r) => withheld.includes(r)),
  );

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A new certificate takes a moment to reach every token server: AADSTS700027 is tried again. */
export async function connectWhenKnown(
  deps: UnattendedDeps,
  request: Parameters<AppOnlyConnector>[0],
): Promise<ServiceStatus> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.connect(request);
    } catch (error) {
      if (toProblem(error).code !== 'AADSTS700027' || attempt >= 5) throw error;
      await sleep(1000 * 2 ** (attempt - 1));
    }
  }
}
