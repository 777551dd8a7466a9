/**
 * The chromium-bridge host's sign-in window: a page in its own browser context (its own
 * cookies and storage, like the app's own session partition) under the same navigation policy
 * as the Electron window. The redirect to the native-client URI is caught as a request and
 * never loaded; closing the page is "the person closed the window".
 */
import type { Browser, Page } from 'playwright-core';
import { ProblemError } from '../../main/core/errors/to-problem';
import { cancelledProblem } from '../../main/core/flows/pending-sign-ins';
import { decideNavigation } from '../../main/core/flows/sign-in-window-policy';
import type { SignInWindow, SignInWindowRequest } from '../../main/core/ports';
import { HttpsClient } from '../../main/core/net/https-request';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'accept-encoding']);
const forwardable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

export class PageSignInWindow implements SignInWindow {
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly opened: Page[] = [];

  constructor(private readonly browser: Browser) {}

  /** The next sign-in window the app opens (or the one already open). */
  next(): Promise<Page> {
    const open = this.opened.shift();
    return open ? Promise.resolve(open) : new Promise((resolve) => this.waiting.push(resolve));
  }

  async open(request: SignInWindowRequest): Promise<string> {
    const context = await this.browser.newContext({
      ...(request.proxy.proxyUrl
        ? {
            proxy: {
              server: request.proxy.proxyUrl,
              ...(request.proxy.noProxy ? { bypass: request.proxy.noProxy } : {}),
            },
          }
        : {}),
    });
    const page = await context.newPage();
    // Navigations are fetched from here (trusting the authority's CA, through the app's proxy).
    const http = new HttpsClient({
      caPem: request.caPem,
      proxy: () => ({
        ...request.proxy,
        source: request.proxy.proxyUrl ? 'setting' : 'none',
      }),
    });
    const answer = new Promise<string>((resolve, reject) => {
      const finish = (end: () => void) => {
        end();
        http.close();
        void context.close().catch(() => undefined);
      };
      // Each navigation is fetched here without following redirects, so the authority's 302 to
      // the redirect URI is seen (and never loaded), as Electron's will-redirect sees it.
      void context.route('**/*', async (route) => {
        const req = route.request();
        if (!req.isNavigationRequest()) return route.continue();
        const decision = decideNavigation(req.url(), request);
        if (decision === 'redirect') return finish(() => resolve(req.url()));
        if (decision === 'block') return route.abort('blockedbyclient');
        const response = await http
          .send({
            method: req.method() === 'POST' ? 'POST' : 'GET',
            url: req.url(),
            headers: forwardable(await req.allHeaders()),
            ...(req.postData() ? { body: req.postData()! } : {}),
          })
          .catch(() => undefined);
        if (!response) return route.abort('failed').catch(() => undefined);
        const location = response.headers['location'];
        const next = location ? new URL(location, req.url()).toString() : undefined;
        if (next && decideNavigation(next, request) === 'redirect') {
          return finish(() => resolve(next));
        }
        return route
          .fulfill({ status: response.status, headers: response.headers, body: response.text })
          .catch(() => undefined);
      });
      page.on('close', () => reject(new ProblemError(cancelledProblem)));
      // As the Electron window does: an authority page that shows an error ends the sign-in.
      page.on('load', () => {
        if (decideNavigation(page.url(), request) !== 'allow') return;
        void page
          .locator('body')
          .innerText({ timeout: 5_000 })
          .then((text) => {
            const error = request.errorOnPage(text);
            if (error) finish(() => reject(error));
          })
          .catch(() => undefined); // closed while reading
      });
      request.signal.addEventListener('abort', () => finish(() => reject(request.signal.reason)), {
        once: true,
      });
    });
    await page.goto(request.url).catch(() => undefined);
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.opened.push(page);
    return answer;
  }
}
