import type { AppRegistration } from '../directory/app-registrations.js';

const LOOPBACK_HOSTS = new Set(['localhost']);

/**
 * Whether `uri` is one of the app's registered redirect URIs. Like Entra for native apps, a
 * registered `http://localhost` loopback URI matches any port (desktop apps listen on a free
 * one); everything else must match exactly.
 */
export function isRegisteredRedirectUri(app: AppRegistration, uri: string): boolean {
  const registered = app.redirectUris ?? [];
  if (registered.includes(uri)) return true;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return false;
  if (parsed.search || parsed.hash || parsed.username || parsed.password) return false;
  return registered.some((candidate) => {
    const loopback = new URL(candidate);
    return (
      loopback.protocol === 'http:' &&
      loopback.hostname === parsed.hostname &&
      loopback.pathname === parsed.pathname
    );
  });
}

/** Whether `uri` is registered on any of the app's platforms (mobile and desktop, web, SPA). */
export function isRegisteredOnAnyPlatform(app: AppRegistration, uri: string): boolean {
  const all = [...app.redirectUris, ...(app.webRedirectUris ?? []), ...(app.spaRedirectUris ?? [])];
  return isRegisteredRedirectUri({ ...app, redirectUris: all }, uri);
}
