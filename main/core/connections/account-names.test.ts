import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '../store/connection-registry';
import { accountLabels } from './account-names';

const SANDBOX_APP = '11111111-aaaa-4aaa-8aaa-111111111111';
const OWN_APP = '22222222-bbbb-4bbb-8bbb-222222222222';
const appNames: Record<string, string> = {
  [SANDBOX_APP]: 'M365 Desk (sandbox)',
  [OWN_APP]: 'Contoso admin app',
};

const adele = (change: Partial<AccountRecord> = {}): AccountRecord => ({
  id: `${change.clientId ?? SANDBOX_APP}|${change.tenantId ?? 'contoso'}`,
  kind: 'delegated',
  name: 'Adele Vance',
  renamed: false,
  cloud: 'public',
  clientId: SANDBOX_APP,
  homeAccountId: 'uid.contoso',
  username: 'adele@contoso.com',
  displayName: 'Adele Vance',
  tenantId: 'contoso',
  tenantDomain: 'contoso.com',
  createdAt: '2025-01-01T00:00:00.000Z',
  ...change,
});
const labels = (...accounts: AccountRecord[]) => {
  const named = accountLabels(accounts, (clientId) => appNames[clientId]);
  return accounts.map((account) => named.get(account.id));
};

describe('what a connection is called', () => {
  it('is the person and the app; the same person through two apps reads as two', () => {
    expect(labels(adele(), adele({ clientId: OWN_APP }))).toEqual([
      'Adele Vance · M365 Desk (sandbox)',
      'Adele Vance · Contoso admin app',
    ]);
  });

  it('names an app by a short id until its name is known', () => {
    const unknown = '9bc863d3-0000-4000-8000-000000000000';
    expect(labels(adele({ clientId: unknown }))).toEqual(['Adele Vance · app 9bc863d3']);
  });

  it('is the name the person gave it, as they gave it', () => {
    expect(labels(adele({ name: 'Work admin', renamed: true }))).toEqual(['Work admin']);
  });

  it('tells two that read the same apart by their tenant, then by the app id', () => {
    const fabrikam = adele({
      tenantId: 'fabrikam',
      tenantName: 'Fabrikam',
      homeAccountId: 'uid.fabrikam',
    });
    expect(labels(adele(), fabrikam)).toEqual([
      'Adele Vance · M365 Desk (sandbox) (contoso.com)',
      'Adele Vance · M365 Desk (sandbox) (Fabrikam)',
    ]);
    const twin = '33333333-cccc-4ccc-8ccc-333333333333';
    appNames[twin] = 'M365 Desk (sandbox)'; // two apps of one name in one tenant
    expect(labels(adele(), adele({ clientId: twin }))).toEqual([
      `Adele Vance · M365 Desk (sandbox) (contoso.com) · ${SANDBOX_APP}`,
      `Adele Vance · M365 Desk (sandbox) (contoso.com) · ${twin}`,
    ]);
  });

  it('does not take a name a person gave another connection', () => {
    const given = adele({
      clientId: OWN_APP,
      name: 'Adele Vance · M365 Desk (sandbox)',
      renamed: true,
    });
    expect(labels(adele(), given)).toEqual([
      'Adele Vance · M365 Desk (sandbox) (contoso.com)',
      'Adele Vance · M365 Desk (sandbox)',
    ]);
  });

  it('is the app for app-only, without saying "app-only" twice', () => {
    const appOnly = (clientId: string) =>
      adele({ kind: 'app-only', clientId, displayName: `App ${clientId.slice(0, 8)} (app-only)` });
    appNames['44444444-dddd-4ddd-8ddd-444444444444'] = 'Reports app-only';
    expect(
      labels(
        appOnly(OWN_APP),
        appOnly('44444444-dddd-4ddd-8ddd-444444444444'),
        appOnly('9bc863d3-0000-4000-8000-000000000000'),
      ),
    ).toEqual(['Contoso admin app (app-only)', 'Reports app-only', 'App 9bc863d3 (app-only)']);
  });
});
