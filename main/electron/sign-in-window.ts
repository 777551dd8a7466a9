/**
 * The in-app sign-in window: a BrowserWindow with its own in-memory session (nothing shared
 * with the app or kept after it closes), no preload, no Node. It shows only the authority's
 * pages; the redirect to the native-client URI is caught before it loads and handed back.
 */
import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID, X509Certificate } from 'node:crypto';
import { ProblemError } from '../core/errors/to-problem';
import { cancelledProblem } from '../core/flows/pending-sign-ins';
import { chromiumProxyConfig, decideNavigation } from '../core/flows/sign-in-window-policy';
import type { SignInWindow, SignInWindowRequest } from '../core/ports';
import { answerProxyLogin } from './proxy-login';
import {
  CERTIFICATE_REFUSED,
  CERTIFICATE_TRUSTED,
  CHROMIUM_DECIDES,
  issuedBySandboxCa,
} from './sandbox-ca-trust';
import { refuseAllPermissions, signInSessions } from './window-security';

export function electronSignInWindow(parent: () => BrowserWindow | undefined): SignInWindow {
  return {
    async open(request) {
      const ses = session.fromPartition(`signin-${randomUUID()}`, { cache: false });
      signInSessions.add(ses);
      await prepareSession(ses, request);
      // Cancelled or timed out while the session was being prepared: no window for it.
      request.signal.throwIfAborted();
      const owner = parent();
      const win = new BrowserWindow({
        width: 520,
        height: 720,
        title: 'Sign in – M365 Desk',
        autoHideMenuBar: true,
        ...(owner ? { parent: owner } : {}),
        webPreferences: {
          session: ses,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          spellcheck: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      return waitForRedirect(win, request);
    },
  };
}

async function prepareSession(ses: Session, request: SignInWindowRequest): Promise<void> {
  await ses.setProxy(chromiumProxyConfig(request.proxy));
  // Also done app-wide for every new session; the window does not rely on that.
  refuseAllPermissions(ses);
  const { caPem } = request;
  if (caPem) {
    // The sandbox's private CA is trusted for the authority's host only.
    const host = new URL(request.authorityOrigin).hostname;
    const ca = new X509Certificate(caPem);
    ses.setCertificateVerifyProc(({ hostname, certificate }, callback) => {
      if (hostname !== host) return callback(CHROMIUM_DECIDES);
      const trusted = issuedBySandboxCa(certificate.data, ca, host);
      callback(trusted ? CERTIFICATE_TRUSTED : CERTIFICATE_REFUSED);
    });
  }
}

/** An isolated world of our own in the sign-in window, only for reading its text. */
const PAGE_READER_WORLD = 1001;
const READ_PAGE_TEXT = 'document.body ? document.body.innerText.slice(0, 20000) : ""';

function waitForRedirect(win: BrowserWindow, request: SignInWindowRequest): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      if (!win.isDestroyed()) win.close();
    };
    const guard = (navigation: Electron.Event<{ url: string }>) => {
      const decision = decideNavigation(navigation.url, request);
      if (decision === 'allow') return;
      navigation.preventDefault();
      if (decision === 'redirect') settle(() => resolve(navigation.url));
    };
    const contents = win.webContents;
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    answerProxyLogin(contents, request, (error) => settle(() => reject(error)));
    // Entra shows some failures (AADSTS50011) as a page: read each authority page's text, in
    // an isolated world so the page's own scripts cannot see or change what is read.
    contents.on('did-finish-load', () => {
      if (decideNavigation(contents.getURL(), request) !== 'allow') return;
      void contents
        .executeJavaScriptInIsolatedWorld(PAGE_READER_WORLD, [{ code: READ_PAGE_TEXT }])
        .then((text: unknown) => {
          const error = typeof text === 'string' ? request.errorOnPage(text) : undefined;
          if (error) settle(() => reject(error));
        })
        .catch(() => undefined); // the window closed while reading: settled elsewhere
    });
    win.on('closed', () => settle(() => reject(new ProblemError(cancelledProblem))));
    request.signal.addEventListener('abort', () => settle(() => reject(request.signal.reason)), {
      once: true,
    });
    void win.loadURL(request.url);
  });
}
