/** The sign-in methods, in the order to offer them, and whether this host can do each. */
import type { SignInMethod } from '../../../preload/contract';

export function signInMethods(options: { hasSignInWindow: boolean }): SignInMethod[] {
  return [
    {
      id: 'device-code',
      label: 'Device code',
      description:
        'Enter a short code in a browser on any device. Works over remote sessions; some tenants block it with Conditional Access.',
      available: true,
    },
    {
      id: 'in-app-window',
      label: 'Sign-in window',
      description:
        'Sign in in a separate M365 Desk window that shows only Microsoft’s sign-in pages (authorization code with PKCE).',
      available: options.hasSignInWindow,
      ...(options.hasSignInWindow
        ? {}
        : { unavailableReason: 'This build of M365 Desk has no sign-in window.' }),
    },
    {
      id: 'system-browser',
      label: 'System browser',
      description:
        'Sign in in your default browser, with its saved accounts, passkeys and device compliance (authorization code with PKCE).',
      available: true,
    },
    {
      id: 'app-only',
      label: 'App-only (certificate or secret)',
      description:
        'The app signs in as itself with application permissions; no person is involved. For automation and unattended tasks.',
      available: true,
    },
  ];
}
