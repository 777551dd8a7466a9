/**
 * What a live probe's answer makes of a connection, and the words for it: connected only when
 * the service answered; a refusal says what works, what does not and who may, per service.
 */
import { describe, expect, it } from 'vitest';
import type { ProbeResult, ServiceId, TokenDetails } from '../../../preload/contract';
import { findMicrosoftCloud } from '../cloud-catalog';
import { serviceById } from '../services/service-catalog';
import type { AccountRecord } from '../store/connection-registry';
import { probeVerdict } from './connection-problems';
import { contextFor } from './token-broker';

const cloud = findMicrosoftCloud('public')!;
const tenantId = '11111111-2222-3333-4444-555555555555';
const megan: AccountRecord = {
  id: 'c1',
  kind: 'delegated',
  name: 'Megan Bowen',
  cloud: 'public',
  clientId: 'app',
  homeAccountId: 'h',
  username: 'megan@contoso.com',
  displayName: 'Megan Bowen',
  tenantId,
  createdAt: '2025-01-01T00:00:00.000Z',
};
const token = (scopes: string[], roles: string[] = []): TokenDetails => ({
  audience: 'https://manage.office.com',
  tokenType: roles.length ? 'app-only' : 'delegated',
  scopes,
  roles,
  tenantId,
  authMethods: [],
});
const probe = (status: number): ProbeResult => ({
  ok: status >= 200 && status < 300,
  request: 'GET /x',
  status,
  latencyMs: 3,
  summary: 'whatever the service said',
  checkedAt: '2025-01-01T00:00:00.000Z',
});
const verdict = (
  serviceId: ServiceId,
  status: number,
  details = token([]),
  account = megan,
  siteUrl?: string,
) =>
  probeVerdict(
    serviceById(serviceId),
    contextFor(cloud, tenantId, siteUrl),
    account,
    details,
    probe(status),
  );

describe('a probe’s answer', () => {
  it('connects only when the service answered', () => {
    expect(verdict('graph', 200)).toEqual({ state: 'connected' });
    expect(verdict('graph', 401)).toMatchObject({
      state: 'error',
      problem: { message: 'Microsoft Graph refused the token, even one renewed just now.' },
    });
    expect(verdict('azureManagement', 503)).toMatchObject({
      state: 'error',
      problem: { message: 'Azure Service Management did not answer the check.' },
    });
  });

  it('a refused audit log read: the sign-in and the permission work, the role does not', () => {
    const { state, problem } = verdict('managementApi', 403, token(['ActivityFeed.Read']));
    expect(state).toBe('access-denied');
    expect(problem?.message).toBe('Megan Bowen is signed in, but may not read the audit log.');
    expect(problem?.hint).toBe(
      'The sign-in and the token (with ActivityFeed.Read) work; Megan Bowen’s role does not ' +
        'allow this. It needs the Global Administrator or Security Administrator role (or a role ' +
        'group with the Audit Logs or View-Only Audit Logs role): use another account that has ' +
        'it, or ask an administrator to give it to Megan Bowen.',
    );
  });

  it('never says the token carries a permission it does not', () => {
    const { problem } = verdict('managementApi', 403, token(['User.Read']));
    expect(problem?.hint).toMatch(/^The sign-in works; Megan Bowen’s role/);
    expect(problem?.hint).not.toContain('token');
  });

  it('a refused site sends the person to its owners; the admin center to the SharePoint role', () => {
    const site = 'https://contoso.sharepoint.com/sites/hr';
    const refusedSite = verdict('sharepoint', 403, token(['AllSites.Read']), megan, site);
    expect(refusedSite.problem?.message).toBe(
      `Megan Bowen is signed in, but may not read ${site}.`,
    );
    expect(refusedSite.problem?.hint).toContain('ask one of the site’s owners to give it');
    const admin = verdict(
      'sharepoint',
      403,
      token(['AllSites.FullControl']),
      megan,
      'https://contoso-admin.sharepoint.com',
    );
    expect(admin.problem?.message).toContain('may not open the SharePoint admin center');
    expect(admin.problem?.hint).toContain(
      'SharePoint Administrator, Global Administrator or Global Reader role',
    );
  });

  it('a service without role words still says what works and that the role is short', () => {
    const { state, problem } = verdict('vivaEngage', 403, token(['user_impersonation']));
    expect(state).toBe('access-denied');
    expect(problem?.message).toBe('Megan Bowen is signed in, but Viva Engage refused the request.');
    expect(problem?.hint).toContain('the token (with user_impersonation) work;');
    expect(problem?.hint).toContain('delegated access is limited to what Megan Bowen may do');
  });

  it('an app refused: its roles, and where to look', () => {
    const app: AccountRecord = { ...megan, kind: 'app-only', displayName: 'App 9bc863d3' };
    const { state, problem } = verdict(
      'managementApi',
      403,
      token([], ['ServiceHealth.Read']),
      app,
    );
    expect(state).toBe('access-denied');
    expect(problem?.message).toBe(
      'The app is signed in, but Office 365 Management APIs refused it.',
    );
    expect(problem?.hint).toContain('Its token carries ServiceHealth.Read.');
  });
});
