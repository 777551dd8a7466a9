/** The control that makes Entra refuse the next token requests with an AADSTS code (issue 18). */
export interface SignInFailureControl {
  /**
   * The next `count` (default 1) token requests, of any grant, fail with AADSTS `code` as Entra
   * answers it: its HTTP status, `error`, `suberror` where Entra sends one, `error_codes` and an
   * `error_description` starting "AADSTS{code}:". Throws for a code the emulator does not know
   * (emulator/identity/aadsts-codes.ts). Same as `POST /_emulator/sign-in-failures {"code", "count"}`.
   */
  failSignIn(code: number, count?: number): void;
  /**
   * The next `count` (default 1) authorize sign-ins fail with AADSTS `code` once the person has
   * signed in, as Entra refuses on its sign-in page (Conditional Access is judged there):
   * `redirect` sends the client `error`, `error_description` ("AADSTS{code}: …"), `error_uri`
   * and `state` (a 302, or a form_post to MSAL's loopback); `page` stops on Entra's own error
   * page, which shows the same line. Same as `POST /_emulator/authorize-failures {"code", "count", "how"}`.
   */
  failAuthorize(code: number, count?: number, how?: AuthorizeFailure['how']): void;
}

/** One refusal queued for the authorize pages (`failAuthorize`). */
export interface AuthorizeFailure {
  code: number;
  how: 'redirect' | 'page';
}
