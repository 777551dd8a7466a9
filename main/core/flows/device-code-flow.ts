/**
 * The device code sign-in: MSAL polls the token endpoint while the person enters the code in a
 * browser. The code and URL go to the renderer as an event; the flow can be cancelled at once
 * (MSAL only notices its cancel flag between polls, so we stop waiting for it ourselves).
 *
 * The verification URL comes from the token service's answer: one that is not an https page of
 * the authority's cloud (browser-url-policy.ts) ends the flow before the renderer sees it.
 */
import { randomUUID } from 'node:crypto';
import type {
  AuthenticationResult,
  DeviceCodeRequest,
  PublicClientApplication,
} from '@azure/msal-node';
import type { Problem, ServiceId } from '../../../preload/contract';
import { mayOpenInBrowser, openInBrowser, refusedBrowserUrl } from './browser-url-policy';
import type { PendingSignIns } from './pending-sign-ins';

const codeExpired: Problem = {
  code: 'device_code_expired',
  message: 'The sign-in code expired before it was used.',
  hint: 'Get a new code and try again.',
};
import { ProblemError } from '../errors/to-problem';
import type { BrowserOpener, EventSink } from '../ports';

export interface DeviceCodeFlowsDeps {
  events: EventSink;
  opener: BrowserOpener;
  signIns: PendingSignIns;
  /**
   * The app stops waiting when the code expires (15 minutes at Entra), or at this deadline if
   * one is set and comes first.
   */
  timeoutMs?: number;
}

export class DeviceCodeFlows {
  /** The verification URL of each pending flow and the authority it came from, by flow id. */
  private readonly verificationPages = new Map<string, { uri: string; authority: string }>();

  private readonly events: EventSink;
  private readonly opener: BrowserOpener;
  private readonly signIns: PendingSignIns;
  private readonly timeoutMs: number;

  constructor({
    events,
    opener,
    signIns,
    timeoutMs = Number.POSITIVE_INFINITY,
  }: DeviceCodeFlowsDeps) {
    this.events = events;
    this.opener = opener;
    this.signIns = signIns;
    this.timeoutMs = timeoutMs;
  }

  async run(
    serviceId: ServiceId,
    pca: PublicClientApplication,
    scopes: string[],
    /** The chosen cloud's authority (`cloud.authorityHost`): its device pages may be opened. */
    authority: string,
  ): Promise<AuthenticationResult> {
    // No deadline until the code arrives: then the code's own lifetime (or a shorter one).
    const pending = this.signIns.start(Number.POSITIVE_INFINITY);
    const { flowId } = pending;
    const correlationId = randomUUID();
    const request: DeviceCodeRequest = {
      scopes,
      correlationId,
      deviceCodeCallback: (response) => {
        // MSAL hands over the /devicecode answer even when it was an error (an unknown app, a
        // tenant that does not exist); the server's own error is kept under this correlation id.
        if (!response.userCode || !Number.isFinite(response.expiresIn)) {
          throw Object.assign(new Error('The sign-in service did not issue a device code.'), {
            correlationId,
            endpoint: 'devicecode',
          });
        }
        // Thrown here, MSAL's acquireTokenByDeviceCode rejects with it: the flow ends unannounced.
        if (!mayOpenInBrowser(response.verificationUri, authority, 'device-login')) {
          throw refusedBrowserUrl(response.verificationUri, 'device-login');
        }
        this.verificationPages.set(flowId, { uri: response.verificationUri, authority });
        const expiresAt = pending.setDeadline(
          Math.min(response.expiresIn * 1000, this.timeoutMs),
          codeExpired,
        );
        this.events.emit('signIn.deviceCode', {
          flowId,
          serviceId,
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          expiresAt: expiresAt.toISOString(),
          message: response.message,
        });
      },
    };
    // MSAL only notices its cancel flag between polls; the race stops waiting at once.
    pending.signal.addEventListener('abort', () => (request.cancel = true), { once: true });
    try {
      const result = await Promise.race([pca.acquireTokenByDeviceCode(request), pending.stopped]);
      if (!result)
        throw new ProblemError({ code: 'no_result', message: 'Sign-in returned no token.' });
      return result;
    } finally {
      request.cancel = true; // stops MSAL's polling if we left the race first
      pending.finish();
      this.verificationPages.delete(flowId);
    }
  }

  /**
   * Opens the page the token service named for a pending flow (the renderer only names the
   * flow, never a URL); false when there is no such flow.
   *
   * @throws ProblemError `untrusted_browser_url` if the page is not one the policy allows.
   */
  async openVerificationPage(flowId: string): Promise<boolean> {
    const page = this.verificationPages.get(flowId);
    if (!page) return false;
    await openInBrowser(this.opener, page.uri, page.authority, 'device-login');
    return true;
  }
}
