/**
 * The app-wide guards from Electron's security checklist: no permissions in any session, no
 * navigation away from the app in any frame, no new windows, no webviews.
 */
import { app, session, type Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Sessions of sign-in windows: they navigate the authority's pages under their own guard. */
export const signInSessions = new WeakSet<Session>();

/** Electron grants most permissions when a session has no handler: refuse them all. */
export function refuseAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

export function applyAppWideGuards(): void {
  refuseAllPermissions(session.defaultSession);
  // Every session made from now on too (a sign-in window's partition, or one a later change
  // adds), so that no session depends on its maker remembering to lock it.
  app.on('session-created', refuseAllPermissions);

  app.on('web-contents-created', (_event, contents) => {
    const refuseOffApp = (navigation: Electron.Event<{ url: string }>) => {
      if (signInSessions.has(contents.session)) return;
      if (!isAppUrl(navigation.url)) navigation.preventDefault();
    };
    // `will-navigate` is the main frame's only; `will-frame-navigate` comes first, for every
    // frame, so an iframe cannot be sent off the app either. Redirects: `will-redirect`.
    contents.on('will-frame-navigate', refuseOffApp);
    contents.on('will-redirect', refuseOffApp);
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
