/**
 * The app-wide guards from Electron's security checklist: no permissions, no navigation away
 * from the app, no new windows, no webviews.
 */
import { app, session, type Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** Sessions of sign-in windows: they navigate the authority's pages under their own guard. */
export const signInSessions = new WeakSet<Session>();

export function applyAppWideGuards(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    const ownGuard = () => signInSessions.has(contents.session);
    contents.on('will-navigate', (event, url) => {
      if (!ownGuard() && !isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!ownGuard() && !isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}
