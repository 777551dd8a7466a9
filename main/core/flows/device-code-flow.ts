/**
 * The device code sign-in: MSAL polls the token endpoint while the person enters the code in a
 * browser. The code and URL go to the renderer as an event; the flow can be cancelled at once
 * (MSAL only notices its cancel flag between polls, so we stop waiting for it ourselves).
 */
import { randomUUID } from 'node:crypto';
import type {
  AuthenticationResult,
  DeviceCodeRequest,
  PublicClientApplication,
} from '@azure/msal-node';
import type { Problem, ServiceId } from '../../../preload/contract';
import { cancelledProblem } from './pending-sign-ins';

const codeExpired: Problem = {
  code: 'device_code_expired',
  message: 'The sign-in code expired before it was used.',
  hint: 'Get a new code and try again.',
};
import { ProblemError } from '../errors/to-problem';
import type { BrowserOpener, EventSink } from '../ports';

interface PendingFlow {
  request: DeviceCodeRequest;
  verificationUri?: string;
  abort(reason: Problem): void;
}

export class DeviceCodeFlows {
  private readonly pending = new Map<string, PendingFlow>();

  constructor(
    private readonly events: EventSink,
    private readonly opener: BrowserOpener,
    /**
     * The app stops waiting when the code expires (15 minutes at Entra), or at this deadline if
     * one is set and comes first.
     */
    private readonly timeoutMs = Number.POSITIVE_INFINITY,
  ) {}

  async run(
    serviceId: ServiceId,
    pca: PublicClientApplication,
    scopes: string[],
  ): Promise<AuthenticationResult> {
    const flowId = randomUUID();
    let abort!: (reason: Problem) => void;
    const aborted = new Promise<never>((_, reject) => {
      abort = (reason) => reject(new ProblemError(reason));
    });
    let deadline: ReturnType<typeof setTimeout> | undefined;
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
        const flow = this.pending.get(flowId);
        if (flow) flow.verificationUri = response.verificationUri;
        const waitMs = Math.min(response.expiresIn * 1000, this.timeoutMs);
        deadline = setTimeout(() => {
          request.cancel = true;
          abort(codeExpired);
        }, waitMs);
        this.events.emit('signIn.deviceCode', {
          flowId,
          serviceId,
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          expiresAt: new Date(Date.now() + waitMs).toISOString(),
          message: response.message,
        });
      },
    };
    this.pending.set(flowId, { request, abort });
    try {
      const result = await Promise.race([pca.acquireTokenByDeviceCode(request), aborted]);
      if (!result)
        throw new ProblemError({ code: 'no_result', message: 'Sign-in returned no token.' });
      return result;
    } finally {
      clearTimeout(deadline);
      request.cancel = true; // stops MSAL's polling if we left the race first
      this.pending.delete(flowId);
    }
  }

  cancel(flowId: string): boolean {
    const flow = this.pending.get(flowId);
    if (!flow) return false;
    flow.request.cancel = true;
    flow.abort(cancelledProblem);
    return true;
  }

  /** Opens the page the token service named; only an https URL, never one from the renderer. */
  async openVerificationPage(flowId: string): Promise<boolean> {
    const uri = this.pending.get(flowId)?.verificationUri;
    if (!uri || new URL(uri).protocol !== 'https:') return false;
    await this.opener.open(uri);
    return true;
  }

  cancelAll(): void {
    for (const id of [...this.pending.keys()]) this.cancel(id);
  }
}
