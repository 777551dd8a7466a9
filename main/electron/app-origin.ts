/**
 * Whether a URL is the app's own origin, `app://desk`. Node's `URL` gives every non-special
 * scheme the opaque origin `"null"`, so comparing `new URL(url).origin` with `app://desk` is
 * never true in the main process: compare the scheme and host instead.
 */
import { APP_SCHEME } from './app-protocol';

export const APP_HOST = 'desk';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
