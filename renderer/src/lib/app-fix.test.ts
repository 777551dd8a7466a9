import { describe, expect, it } from 'vitest';
import type { Problem, Remedy, SignInDefaults } from '../../../preload/contract';
import { checkSummary, isAppRegistrationProblem, overriddenDefaults } from './app-fix';

describe('fixing an app registration', () => {
  it('is offered where the core says Check my app fixes it (public client flows, redirect URIs) only', () => {
    const problem = (remedy?: Remedy): Problem => ({
      code: 'sign_in_failed',
      message: 'm',
      ...(remedy ? { remedy } : {}),
    });
    expect(isAppRegistrationProblem(problem('fix-app-registration'))).toBe(true);
    expect(isAppRegistrationProblem(problem())).toBe(false);
    expect(isAppRegistrationProblem(problem('grant-consent'))).toBe(false);
  });

  it('sums up a report', () => {
    const check = (ok: boolean) => ({
      id: 'consent' as const,
      label: 'Consent',
      ok,
      detail: '',
    });
    expect(checkSummary([check(true), check(true)])).toBe('All 2 checks passed.');
    expect(checkSummary([check(true), check(false), check(false)])).toBe('2 of 3 checks failed.');
  });
});

describe('saving the app for new connections', () => {
  const saved: SignInDefaults = {
    cloud: 'public',
    clientId: 'abc',
    clientIdSource: { kind: 'setting', detail: 'M365 Desk settings' },
    tenant: 'contoso.onmicrosoft.com',
    tenantSource: { kind: 'setting', detail: 'M365 Desk settings' },
  };

  it('says nothing when the setting is what new sign-ins use', () => {
    expect(overriddenDefaults(saved)).toEqual([]);
  });

  it('says plainly when an environment variable still wins', () => {
    expect(
      overriddenDefaults({
        ...saved,
        clientIdSource: { kind: 'environment', detail: 'CLIMICROSOFT365_ENTRAAPPID' },
        tenantSource: { kind: 'environment', detail: 'CLIMICROSOFT365_TENANT' },
      }),
    ).toEqual([
      'CLIMICROSOFT365_ENTRAAPPID is set and wins over this setting.',
      'CLIMICROSOFT365_TENANT is set and wins over the saved tenant.',
    ]);
  });
});
