/** The report's text from given facts: older records, a problem with Entra's ids, no proxy. */
import { describe, expect, it } from 'vitest';
import type { ServiceStatus } from '../../../preload/contract';
import type { AccountRecord } from '../store/connection-registry';
import { diagnosticsReport, type DiagnosticsFacts } from './diagnostics-report';
import { lastProblemOf } from './last-problem';

const account: AccountRecord = {
  id: 'c1',
  kind: 'delegated',
  name: 'Megan',
  cloud: 'public',
  clientId: '11111111-2222-3333-4444-555555555555',
  homeAccountId: 'h',
  username: 'megan@contoso.com',
  displayName: 'Megan',
  tenantId: 'tid',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const facts = (over: Partial<DiagnosticsFacts>): DiagnosticsFacts => ({
  version: '1.2.3',
  host: 'electron',
  versions: { node: '24.0.0', electron: '39.0.0', chrome: '142.0' },
  defaultCloud: 'public',
  tokenStorage: 'Encrypted with the OS keystore (kwallet6)',
  keystore: {
    backend: 'kwallet6',
    strong: true,
    keepSignInsWithoutKeystore: false,
    keepsSignIns: true,
  },
  proxy: { source: 'none', hasPassword: false },
  accounts: [account],
  statuses: [],
  now: new Date('2026-12-02T05:00:00.000Z'),
  ...over,
});

describe('diagnosticsReport', () => {
  it("says 'not recorded' for what an older record does not hold", () => {
    const text = diagnosticsReport(facts({}));
    expect(text).toContain('Electron: 39.0.0');
    expect(text).toContain('Chromium: 142.0');
    expect(text).toContain('Proxy: none');
    expect(text).toContain('Signed in with: not recorded');
    expect(text).toContain('Signed in at: not recorded');
    expect(text).toContain('Last problem: none');
  });

  it("keeps Entra's AADSTS code, trace id, correlation id and time from the problem", () => {
    const problem = {
      code: 'AADSTS50076',
      message:
        'AADSTS50076: Due to a configuration change you must use multi-factor authentication. Trace ID: 0a1b2c3d-0000-4000-8000-123456789abc Correlation ID: 9f8e7d6c-0000-4000-8000-cba987654321 Timestamp: 2026-12-02 04:59:58Z',
    };
    const status = {
      serviceId: 'graph',
      connectionId: 'c1',
      cloud: 'public',
      state: 'needs-sign-in',
      scopes: ['User.Read'],
      problem,
    } as unknown as ServiceStatus;
    const text = diagnosticsReport(facts({ statuses: [status] }));
    expect(text).toContain('AADSTS code: AADSTS50076');
    expect(text).toContain('Trace id: 0a1b2c3d-0000-4000-8000-123456789abc');
    expect(text).toContain('Correlation id: 9f8e7d6c-0000-4000-8000-cba987654321');
    expect(text).toContain('Time: 2026-12-02 04:59:58Z');
    expect(text).toContain('Scopes: User.Read');
    expect(text).toContain('Token expires: not recorded');
  });
});

describe('lastProblemOf', () => {
  it('keeps a correlation id only when it is one (a GUID), not words an error carries there', () => {
    const problem = { code: 'network_unreachable', message: 'The service could not be reached.' };
    const words = lastProblemOf({ correlationId: 'The service could not be reached.' }, problem);
    expect(words.correlationId).toBeUndefined();
    const id = '0b7c9e43-6f2a-4d1b-9c3e-2a5f8d1e7b60';
    expect(lastProblemOf({ correlationId: id }, problem).correlationId).toBe(id);
  });
});
