/**
 * Which state a failed token request or probe puts a panel in: signing in again helps,
 * consent is missing, the tenant lacks the service, or something else went wrong.
 */
import { InteractionRequiredAuthError } from '@azure/msal-node';
import type { ServiceState, Problem } from '../../preload/contract';
import { toProblem } from './errors/to-problem';

export interface FailureState {
  state: Extract<ServiceState, 'needs-sign-in' | 'consent-needed' | 'not-available' | 'error'>;
  problem: Problem;
}

const SIGN_IN_AGAIN = new Set([
  'AADSTS50173',
  'AADSTS700082',
  'AADSTS70000',
  'AADSTS50133',
  'AADSTS50058',
]);
const CONSENT = new Set(['AADSTS65001', 'AADSTS90094', 'AADSTS65004']);

/** Consent is missing (AADSTS65001, `consent_required`), needs an admin (90094) or was declined. */
export function isConsentFailure(problem: Problem, error: unknown): boolean {
  const subError = (error as { subError?: string } | null)?.subError;
  return CONSENT.has(problem.code) || subError === 'consent_required';
}

export function failureState(error: unknown): FailureState {
  const problem = toProblem(error);
  if (isConsentFailure(problem, error)) return { state: 'consent-needed', problem };
  if (problem.code === 'AADSTS500011' || problem.code === 'service_not_in_cloud') {
    return { state: 'not-available', problem };
  }
  const signInAgain =
    error instanceof InteractionRequiredAuthError ||
    SIGN_IN_AGAIN.has(problem.code) ||
    problem.code === 'account_not_found' ||
    problem.code === 'app_credential_missing' ||
    problem.code === 'invalid_grant' ||
    problem.code === 'no_tokens_found';
  return { state: signInAgain ? 'needs-sign-in' : 'error', problem };
}
