/**
 * Which state a failed token request or probe puts a panel in: signing in again helps,
 * consent is missing, the tenant lacks the service, or something else went wrong. The codes
 * are the error table's; two facts of MSAL's errors themselves count too.
 */
import { InteractionRequiredAuthError } from '@azure/msal-node';
import type { Problem } from '../../../preload/contract';
import { factsOf, type FailedState } from './error-table';
import { toProblem } from './to-problem';

export interface FailureState {
  state: FailedState;
  problem: Problem;
}

/** Consent is missing (AADSTS65001, `consent_required`), needs an admin (90094) or was declined. */
export function isConsentFailure(problem: Problem, error: unknown): boolean {
  const subError = (error as { subError?: string } | null)?.subError;
  return factsOf(problem.code)?.state === 'consent-needed' || subError === 'consent_required';
}

export function failureState(error: unknown): FailureState {
  const problem = toProblem(error);
  if (isConsentFailure(problem, error)) return { state: 'consent-needed', problem };
  const state = factsOf(problem.code)?.state ?? 'error';
  // MSAL's own verdict: whatever the code, only a new sign-in can help.
  if (state === 'error' && error instanceof InteractionRequiredAuthError) {
    return { state: 'needs-sign-in', problem };
  }
  return { state, problem };
}
