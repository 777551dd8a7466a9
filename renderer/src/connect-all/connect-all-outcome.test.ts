import { describe, expect, it } from 'vitest';
import type { ConnectAllResult, ServiceStatus } from '../../../preload/contract';
import { connectAllSummary, outcomeOf, toldBy } from './connect-all-outcome';

const account = { username: 'megan@contoso.test', displayName: 'Megan Bowen', tenantId: 't' };
const status = (patch: Partial<ServiceStatus>): ServiceStatus => ({
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connected',
  connectionId: 'c1',
  account,
  scopes: [],
  ...patch,
});
const probe = {
  ok: true,
  request: 'GET /v1.0/me',
  status: 200,
  latencyMs: 10,
  summary: 'Megan Bowen (megan@contoso.test)',
  checkedAt: '2026-01-01T00:00:00.000Z',
};

describe('what each row of Connect all says', () => {
  it('connected: what the service answered (who it is connected as is said once, above)', () => {
    expect(outcomeOf({ serviceId: 'graph', status: status({ probe }) })).toEqual({
      ok: true,
      title: 'Connected',
      detail: 'GET /v1.0/me: Megan Bowen (megan@contoso.test)',
      grantConsent: false,
    });
  });

  it('consent needed: the permissions missing, and the walkthrough as the way on', () => {
    const outcome = outcomeOf({
      serviceId: 'managementApi',
      status: status({
        serviceId: 'managementApi',
        state: 'consent-needed',
        missingPermissions: ['ActivityFeed.Read'],
        problem: { code: 'AADSTS65001', message: 'No consent.' },
      }),
    });
    expect(outcome).toMatchObject({ ok: false, title: 'Needs consent', grantConsent: true });
    expect(outcome.detail).toContain('The app has no consent for ActivityFeed.Read yet.');
  });

  it('not in the tenant: says so, with the core’s reason', () => {
    const outcome = outcomeOf({
      serviceId: 'vivaEngage',
      status: status({
        state: 'not-available',
        problem: {
          code: 'AADSTS500011',
          message: 'This service is not available in the tenant.',
          hint: 'It may not be licensed.',
        },
      }),
    });
    expect(outcome).toMatchObject({ ok: false, title: 'Not in this tenant' });
    expect(outcome.detail).toBe('It may not be licensed.');
  });

  it('signed in but refused, and refused before binding: the core’s words, once', () => {
    const refused = outcomeOf({
      serviceId: 'managementApi',
      status: status({ problem: { code: 'insufficient_user_rights', message: 'No role.' } }),
    });
    expect(refused).toMatchObject({
      ok: false,
      title: 'Signed in, but refused',
      detail: 'No role.',
    });
    const unbound = outcomeOf({
      serviceId: 'vivaEngage',
      problem: { code: 'app_only_not_supported', message: 'No app-only.', hint: 'Sign in.' },
    });
    expect(unbound).toEqual({
      ok: false,
      title: 'Not connected',
      detail: 'No app-only. Sign in.',
      grantConsent: false,
    });
  });

  it('sums up with the account, once', () => {
    const result: ConnectAllResult = {
      connectionId: 'c1',
      services: [
        { serviceId: 'graph', status: status({ probe }) },
        { serviceId: 'vivaEngage', problem: { code: 'x', message: 'No.' } },
      ],
    };
    expect(connectAllSummary(result)).toBe(
      '1 of 2 services connected as Megan Bowen (megan@contoso.test); each of the others says what it lacks.',
    );
  });

  it('access denied is signed in, but refused: not "Not connected"', () => {
    const outcome = outcomeOf({
      serviceId: 'managementApi',
      status: status({
        state: 'access-denied',
        problem: { code: 'insufficient_user_rights', message: 'No role.' },
      }),
    });
    expect(outcome.title).toBe('Signed in, but refused');
  });

  it('tells the panels behind which problems its rows tell, so they do not repeat them', () => {
    const result: ConnectAllResult = {
      connectionId: 'c1',
      services: [
        { serviceId: 'graph', status: status({ probe }) },
        {
          serviceId: 'managementApi',
          status: status({
            state: 'access-denied',
            problem: { code: 'insufficient_user_rights', message: 'No role.' },
          }),
        },
        { serviceId: 'vivaEngage', problem: { code: 'app_only_not_supported', message: 'No.' } },
        {
          serviceId: 'entra',
          status: status({ state: 'consent-needed', missingPermissions: ['Directory.Read.All'] }),
        },
      ],
    };
    expect(toldBy({ phase: 'done', result })).toEqual([
      { serviceId: 'managementApi', code: 'insufficient_user_rights' },
      { serviceId: 'vivaEngage', code: 'app_only_not_supported' },
      // No problem of its own: the row tells whatever its status says.
      { serviceId: 'entra' },
    ]);
    const declined = { code: 'AADSTS65004', message: 'Consent was declined.' };
    expect(toldBy({ phase: 'failed', problem: declined })).toEqual([
      { serviceId: 'graph', code: 'AADSTS65004' },
    ]);
    expect(toldBy({ phase: 'connecting' })).toEqual([]);
  });
});
