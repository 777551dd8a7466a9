import { InteractionRequiredAuthError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { Remedy } from '../../../preload/contract';
import { errorTable, isAppRegistrationCode, isDeadGrant, type ErrorFacts } from './error-table';
import { failureState } from './failure-state';
import { inSystemBrowser, ProblemError, toProblem } from './to-problem';

describe('the error table', () => {
  it.each<[string, ErrorFacts['state'], boolean, ErrorFacts['remedy']]>([
    // [code, the state it puts a service in, dead grant, the renderer's way out]
    ['AADSTS50011', 'error', false, 'fix-app-registration'],
    ['AADSTS50020', 'error', false, null],
    ['AADSTS50058', 'needs-sign-in', false, 'sign-in-again'],
    ['AADSTS50034', 'needs-sign-in', false, 'sign-in-again'],
    ['AADSTS50076', 'needs-sign-in', false, 'browser-instead'],
    ['AADSTS50079', 'needs-sign-in', false, 'browser-instead'],
    ['AADSTS50105', 'error', false, 'ask-for-assignment'],
    ['AADSTS50126', 'error', false, null],
    ['AADSTS50133', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS50173', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS50194', 'error', false, 'check-tenant'],
    ['AADSTS53000', 'needs-sign-in', false, 'browser-instead'],
    ['AADSTS53003', 'error', false, 'browser-instead'],
    ['AADSTS530003', 'error', false, null],
    ['AADSTS54005', 'error', false, null],
    ['AADSTS65001', 'consent-needed', false, 'grant-consent'],
    ['AADSTS65004', 'consent-needed', false, 'grant-consent'],
    ['AADSTS70000', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS70011', 'error', false, null],
    ['AADSTS70043', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS70016', 'error', false, null],
    ['AADSTS70018', 'error', false, null],
    ['AADSTS70019', 'error', false, null],
    ['AADSTS90002', 'error', false, 'check-tenant'],
    ['AADSTS90072', 'needs-sign-in', false, 'sign-in-again'],
    ['AADSTS90094', 'consent-needed', false, 'grant-consent'],
    ['AADSTS500011', 'not-available', false, null],
    ['AADSTS650052', 'not-available', false, null],
    ['AADSTS700016', 'error', false, 'fix-app-registration'],
    ['AADSTS700024', 'error', false, null],
    ['AADSTS700027', 'error', false, 'add-certificate'],
    ['AADSTS700082', 'needs-sign-in', true, 'sign-in-again'],
    ['AADSTS7000112', 'error', false, 'fix-app-registration'],
    ['AADSTS7000215', 'error', false, 'create-secret'],
    ['AADSTS7000218', 'error', false, 'fix-app-registration'],
    ['AADSTS7000222', 'error', false, 'create-secret'],
    ['device_code_polling_cancelled', 'error', false, null],
    ['device_code_expired', 'error', false, null],
    ['expired_token', 'error', false, null],
    ['bad_verification_code', 'error', false, null],
    ['authorization_declined', 'error', false, null],
    ['endpoints_resolution_error', 'error', false, null],
    ['no_tokens_found', 'needs-sign-in', false, 'sign-in-again'],
    ['interaction_required', 'needs-sign-in', false, 'sign-in-again'],
    ['invalid_grant', 'needs-sign-in', true, 'sign-in-again'],
    ['account_not_found', 'needs-sign-in', false, 'sign-in-again'],
    ['app_credential_missing', 'needs-sign-in', false, 'sign-in-again'],
    ['service_not_in_cloud', 'not-available', false, null],
  ])('%s: %s, dead grant %s, remedy %s', (code, state, deadGrant, remedy) => {
    expect(errorTable[code]).toMatchObject({ state, deadGrant, remedy });
    expect(isDeadGrant(code)).toBe(deadGrant);
    const problem = new ProblemError({ code, message: 'm' });
    expect(failureState(problem).state).toBe(state);
    expect(toProblem(problem).remedy).toBe(remedy ?? undefined);
  });

  it('lists every code once above, each with a state and a remedy (or none, said so)', () => {
    for (const facts of Object.values(errorTable)) {
      expect(['needs-sign-in', 'consent-needed', 'not-available', 'error']).toContain(facts.state);
      expect(facts.remedy === null || Remedy.options.includes(facts.remedy)).toBe(true);
    }
    expect(Object.keys(errorTable)).toHaveLength(48);
  });

  it('says which fix "Check my app" applies for each app registration failure', () => {
    const fixes = Object.entries(errorTable)
      .filter(([code]) => isAppRegistrationCode(code))
      .map(([code, facts]) => [code, facts.fix]);
    expect(fixes).toEqual([
      ['AADSTS50011', 'add-redirect-uris'],
      ['AADSTS7000218', 'enable-public-client-flows'],
      ['AADSTS700016', 'create-service-principal'],
      ['AADSTS7000112', undefined],
    ]);
  });

  it('where the way out is the system browser, says what to do when that browser was refused', () => {
    for (const code of ['AADSTS50076', 'AADSTS50079', 'AADSTS53000']) {
      const refusal = new ProblemError({ code, message: 'm' });
      const inBrowser = toProblem(inSystemBrowser(refusal));
      expect(toProblem(refusal).remedy).toBe('browser-instead');
      expect(inBrowser.remedy).toBe('sign-in-again');
      expect(inBrowser.hint).not.toMatch(/browser instead/i);
      expect(inBrowser.hint).toMatch(/sign in again/i);
    }
    // Any other error is handed back as it was, for what else recognises it (consent, say).
    const consent = { errorCode: 'invalid_grant', subError: 'consent_required' };
    expect(inSystemBrowser(consent)).toBe(consent);
  });

  it('puts a service whose sign-in MSAL says needs interaction in needs-sign-in, whatever the code', () => {
    const error = new InteractionRequiredAuthError('login_required', 'c', 'AADSTS50076: MFA');
    expect(failureState(error).state).toBe('needs-sign-in');
  });
});
