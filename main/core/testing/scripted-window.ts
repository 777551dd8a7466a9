/**
 * TEST ONLY. A sign-in window a person answers: it walks the emulator's pages (sign-in,
 * consent, admin consent) as `person`, accepting or declining, and hands back the redirect.
 * Or the person leaves it open (`wait`), or closes it once the sign-in page has loaded
 * (`close`); either way it ends as the shell's window does (sign-in-window.ts): on the
 * request's abort with its reason, on close with the cancelled problem.
 */
import { ProblemError } from '../errors/to-problem';
import { cancelledProblem } from '../flows/pending-sign-ins';
import { HttpsClient } from '../net/https-request';
import type { SignInWindow, SignInWindowRequest } from '../ports';
import { answerAuthorizePages } from './authorize-page-driver';

export class ScriptedWindow implements SignInWindow {
  readonly opened: SignInWindowRequest[] = [];
  /** The sandbox CA; set once the emulator runs. */
  caPem = '';
  person: { upn: string; password: string } | undefined;
  answer: 'accept' | 'cancel' | 'wait' | 'close' = 'accept';
  /** Windows open now (a `wait` window until its request is aborted). */
  openNow = 0;

  async open(request: SignInWindowRequest): Promise<string> {
    this.opened.push(request);
    if (this.answer === 'wait') return this.waitForAbort(request);
    if (!this.person) throw new Error('Nobody is at the window');
    if (this.answer === 'close') {
      const http = new HttpsClient({ caPem: this.caPem });
      await http.send({ method: 'GET', url: request.url }).finally(() => http.close());
      throw new ProblemError(cancelledProblem); // what the shell's window says on "closed"
    }
    const answer = await answerAuthorizePages(request.url, this.caPem, this.person, this.answer);
    if (answer.kind === 'page') {
      throw request.errorOnPage(answer.text) ?? new Error(`The window stopped on: ${answer.text}`);
    }
    if (answer.kind !== 'redirect') throw new Error('The window expected a redirect');
    return answer.location;
  }

  private waitForAbort(request: SignInWindowRequest): Promise<string> {
    this.openNow++;
    return new Promise((_, reject) => {
      const close = () => {
        this.openNow--;
        reject(request.signal.reason as Error);
      };
      if (request.signal.aborted) return close();
      request.signal.addEventListener('abort', close, { once: true });
    });
  }
}
