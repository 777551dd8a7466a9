/**
 * The v2.0 admin consent endpoint: the link an administrator opens to grant an app's
 * permissions for the whole tenant, and the answer it sends back to the redirect URI.
 */
import type { CloudEndpoints } from '../cloud-catalog';
import { NATIVE_CLIENT_REDIRECT_URI } from '../flows/sign-in-window-flow';

/** `{authorityHost}/{tenant}/v2.0/adminconsent?client_id=...&scope=...&redirect_uri=...` */
export function adminConsentUrl(
  cloud: CloudEndpoints,
  tenant: string,
  clientId: string,
  scopes: readonly string[],
  state?: string,
): string {
  const url = new URL(
    `${cloud.authorityHost.replace(/\/$/, '')}/${encodeURIComponent(tenant)}/v2.0/adminconsent`,
  );
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('redirect_uri', NATIVE_CLIENT_REDIRECT_URI);
  if (state) url.searchParams.set('state', state);
  return url.toString();
}

export type AdminConsentAnswer =
  { granted: true } | { granted: false; error: string; description: string };

/** Reads the redirect the admin consent page ended with; `undefined` when `state` does not match. */
export function readAdminConsentAnswer(
  redirectedTo: string,
  expectedState: string,
): AdminConsentAnswer | undefined {
  const params = new URL(redirectedTo).searchParams;
  if (params.get('state') !== expectedState) return undefined;
  if (params.get('admin_consent')?.toLowerCase() === 'true') return { granted: true };
  return {
    granted: false,
    error: params.get('error') ?? 'access_denied',
    description: params.get('error_description') ?? '',
  };
}
