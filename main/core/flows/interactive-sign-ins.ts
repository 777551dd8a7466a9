/**
 * The sign-ins that wait for a person in a window or a browser: announces each one (so the
 * renderer can show "finish signing in" and offer cancel), enforces the deadline, and runs the
 * method's own module.
 */
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { InteractiveMethodId, ServiceId } from '../../../preload/contract';
import type { CloudEndpoints } from '../cloud-catalog';
import { ProblemError } from '../errors/to-problem';
import type { ProxyConfig } from '../net/proxy-settings';
import type { BrowserOpener, EventSink, SignInWindow } from '../ports';
import type { PendingSignIns, PendingSignIn } from './pending-sign-ins';
import { signInWithSystemBrowser } from './system-browser-flow';
import { showAuthorityPage, signInWithWindow } from './sign-in-window-flow';

export interface InteractiveSignInsDeps {
  events: EventSink;
  opener: BrowserOpener;
  window: SignInWindow | undefined;
  proxy: () => ProxyConfig;
  /** Shared with device code: one place to cancel any sign-in by its flow id. */
  signIns: PendingSignIns;
  /**
   * The port MSAL's loopback server tries first; taken, MSAL takes any free one. Unset: any
   * free one from the start (the OS picks it as it binds, so none is taken in between).
   */
  loopbackPort?: number;
}

export class InteractiveSignIns {
  constructor(private readonly deps: InteractiveSignInsDeps) {}

  get hasWindow(): boolean {
    return Boolean(this.deps.window);
  }

  async run(
    method: InteractiveMethodId,
    serviceId: ServiceId,
    pca: PublicClientApplication,
    cloud: CloudEndpoints,
    scopes: string[],
  ): Promise<AuthenticationResult> {
    const window = method === 'in-app-window' ? this.requireWindow() : undefined;
    return this.track(method, serviceId, (pending) =>
      window
        ? signInWithWindow(window, { pca, cloud, scopes, proxy: this.deps.proxy(), pending })
        : signInWithSystemBrowser(this.deps.opener, {
            pca,
            scopes,
            pending,
            authority: cloud.authorityHost,
            ...(this.deps.loopbackPort ? { preferredPort: this.deps.loopbackPort } : {}),
          }),
    );
  }

  /**
   * Shows one authority page in the sign-in window (the admin consent page) as a pending
   * sign-in the person can cancel, and resolves with where it redirected.
   */
  showPage(serviceId: ServiceId, url: string, cloud: CloudEndpoints): Promise<string> {
    const window = this.requireWindow(
      'Copy the admin consent link and open it in a browser where an administrator is signed in.',
    );
    return this.track('in-app-window', serviceId, (pending) =>
      showAuthorityPage(window, url, { cloud, proxy: this.deps.proxy(), pending }),
    );
  }

  private requireWindow(hint = 'Use the system browser or a device code instead.'): SignInWindow {
    if (this.deps.window) return this.deps.window;
    throw new ProblemError({
      code: 'no_sign_in_window',
      message: 'This build of M365 Desk has no sign-in window.',
      hint,
    });
  }

  /** Announces the pending sign-in (so it can be cancelled), runs it, and ends it either way. */
  private async track<T>(
    method: InteractiveMethodId,
    serviceId: ServiceId,
    work: (pending: PendingSignIn) => Promise<T>,
  ): Promise<T> {
    const pending = this.deps.signIns.start();
    this.deps.events.emit('signIn.pending', {
      flowId: pending.flowId,
      serviceId,
      method,
      expiresAt: pending.expiresAt.toISOString(),
    });
    try {
      return await work(pending);
    } finally {
      pending.finish();
    }
  }
}
