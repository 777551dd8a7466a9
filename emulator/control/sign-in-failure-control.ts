/** The control that makes Entra refuse the next token requests with an AADSTS code (issue 18). */
export interface SignInFailureControl {
  /**
   * The next `count` (default 1) token requests, of any grant, fail with AADSTS `code` as Entra
   * answers it: its HTTP status, `error`, `suberror` where Entra sends one, `error_codes` and an
   * `error_description` starting "AADSTS{code}:". Throws for a code the emulator does not know
   * (emulator/identity/aadsts-codes.ts). Same as `POST /_emulator/sign-in-failures {"code", "count"}`.
   */
  failSignIn(code: number, count?: number): void;
}
