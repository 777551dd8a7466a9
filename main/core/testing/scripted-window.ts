/**
 * TEST ONLY. A sign-in window a person answers: it walks the emulator's pages (sign-in,
 * consent, admin consent) as `person`, accepting or declining, and hands back the redirect.
 */
import type { SignInWindow, SignInWindowRequest } from '../ports';
import { answerAuthorizePages } from './authorize-page-driver';

export class ScriptedWindow implements SignInWindow {
  readonly opened: SignInWindowRequest[] = [];
  /** The sandbox CA; set once the emulator runs. */
  caPem = '';
  person: { upn: string; password: string } | undefined;
  answer: 'accept' | 'cancel' = 'accept';

  async open(request: SignInWindowRequest): Promise<string> {
    this.opened.push(request);
    if (!this.person) throw new Error('Nobody is at the window');
    const answer = await answerAuthorizePages(request.url, this.caPem, this.person, this.answer);
    if (answer.kind === 'page') {
      throw request.errorOnPage(answer.text) ?? new Error(`The window stopped on: ${answer.text}`);
    }
    if (answer.kind !== 'redirect') throw new Error('The window expected a redirect');
    return answer.location;
  }
}
