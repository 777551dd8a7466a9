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
import { PendingSignIns } from './pending-sign-ins';
import { signInWithSystemBrowser } from './system-browser-flow';
import { signInWithWindow } from './sign-in-window-flow';

export interface InteractiveSignInsDeps {
  events: EventSink;
  opener: BrowserOpener;
  window: SignInWindow | undefined;
  proxy: () => ProxyConfig;
  timeoutMs?: number;
}

export class InteractiveSignIns {
  private readonly pending: PendingSignIns;

  constructor(private readonly deps: InteractiveSignInsDeps) {
    this.pending = new PendingSignIns(deps.timeoutMs);
  }

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
    const window = this.deps.window;
    if (method === 'in-app-window' && !window) {
      throw new ProblemError({
        code: 'no_sign_in_window',
        message: 'This build of M365 Desk has no sign-in window.',
        hint: 'Use the system browser or a device code instead.',
      });
    }
    const pending = this.pending.start();
    this.deps.events.emit('signIn.pending', {
      flowId: pending.flowId,
      serviceId,
      method,
      expiresAt: pending.expiresAt.toISOString(),
    });
    try {
      return method === 'in-app-window'
        ? await signInWithWindow(window!, { pca, cloud, scopes, proxy: this.deps.proxy(), pending })
        : await signInWithSystemBrowser(this.deps.opener, { pca, scopes, pending });
    } finally {
      pending.finish();
    }
  }

  cancel(flowId: string): boolean {
    return this.pending.cancel(flowId);
  }

  cancelAll(): void {
    this.pending.cancelAll();
  }
}
