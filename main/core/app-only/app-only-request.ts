/**
 * Everything that can be said about an app-only request before anything is sent: whether the
 * service allows app-only access at all, whether the tenant is specific, whether SharePoint is
 * being offered a secret it will refuse, and whether the certificate is usable today.
 */
import type { AppOnlyCredential, CloudId, ServiceId } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import type { ServiceContext, ServiceDefinition } from '../services/service-definition';
import type { StoredCredential } from './app-only-clients';
import { checkCertificateCredential, type CertificateCredential } from './certificate-credential';
import { checkClientSecret } from './client-secret';
import { pemFromPfx } from './pfx-credential';
import { checkAppChoice } from '../app-registration-ids';

export interface AppOnlyRequest {
  serviceId: ServiceId;
  cloud: CloudId;
  tenant: string;
  clientId: string;
  credential: AppOnlyCredential;
  siteUrl?: string | undefined;
}

const refuse = (code: string, message: string, hint?: string) =>
  new ProblemError({ code, message, ...(hint ? { hint } : {}) });

/** The credential to keep, or a ProblemError saying what is wrong with the request. */
export function checkAppOnlyRequest(
  service: ServiceDefinition,
  request: AppOnlyRequest,
  ctx: ServiceContext,
): StoredCredential {
  refuseUnsupported(service);
  checkAppChoice(request, false);
  checkAppOnlyUse(service, ctx, request.credential.kind);
  const { credential } = request;
  if (credential.kind === 'secret') {
    return { kind: 'secret', secret: checkClientSecret(credential.secret) };
  }
  const checked = certificateFrom(credential);
  return {
    kind: 'certificate',
    thumbprintSha256: checked.thumbprintSha256,
    privateKeyPem: checked.privateKeyPem,
    certificatePem: checked.certificatePem,
  };
}

/** A certificate given as PEM text or as a PFX file, opened and checked for use on `now`. */
export function certificateFrom(
  credential: Exclude<AppOnlyCredential, { kind: 'secret' }>,
  now = new Date(),
): CertificateCredential {
  const pem =
    credential.kind === 'pfx' ? pemFromPfx(credential.pfxBase64, credential.password) : credential;
  return checkCertificateCredential(pem.certificatePem, pem.privateKeyPem, now);
}

/**
 * Whether `service` can be used app-only in `ctx` with a credential of this kind: for a new
 * app-only sign-in, and for an app-only connection offered to another service.
 */
export function checkAppOnlyUse(
  service: ServiceDefinition,
  ctx: ServiceContext,
  credentialKind: AppOnlyCredential['kind'],
): void {
  refuseUnsupported(service);
  // First what no URL would fix: SharePoint never takes a token got with a secret.
  if (credentialKind === 'secret' && service.id === 'sharepoint') {
    throw refuse(
      'sharepoint_refuses_secrets',
      'SharePoint Online refuses app-only tokens obtained with a client secret.',
      'Use a certificate: upload its public part to the app registration and give the certificate and key here.',
    );
  }
  // A new app-only sign-in has no Graph token yet to find the site with: it must be given.
  if (service.needsSiteUrl && !ctx.sharePoint) {
    throw refuse(
      'sharepoint_url_required',
      'Enter the SharePoint URL to connect app-only.',
      'For example https://contoso.sharepoint.com',
    );
  }
  if (!service.resource(ctx)) {
    throw refuse(
      'service_not_in_cloud',
      `${service.label} is not available in ${ctx.cloud.label}.`,
    );
  }
}

function refuseUnsupported(service: ServiceDefinition): void {
  if (!service.appOnlySupported) {
    throw refuse(
      'app_only_not_supported',
      `${service.label} cannot be used app-only.`,
      service.appOnlyNote,
    );
  }
}
