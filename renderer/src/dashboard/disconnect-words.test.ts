import { describe, expect, it } from 'vitest';
import type { Account } from '../../../preload/contract';
import { disconnectWords } from './disconnect-words';

const adele = (services: Account['services'], kind: Account['kind'] = 'delegated'): Account => ({
  id: 'c1',
  kind,
  name: 'Adele Vance',
  cloud: 'sandbox',
  clientId: 'app',
  tenantId: 't',
  username: 'adele@contoso.com',
  displayName: 'Adele Vance',
  services,
});

describe('the Disconnect confirmation says what will happen', () => {
  it('the account stays when other services use it, and says how to remove it', () => {
    const words = disconnectWords(
      'SharePoint Online',
      'sharepoint',
      adele(['graph', 'sharepoint', 'entra', 'managementApi', 'azureManagement', 'vivaEngage']),
      'Disconnect',
    );
    expect(words).toEqual({
      title: 'Disconnect SharePoint Online?',
      confirmLabel: 'Disconnect',
      cancelLabel: 'Keep connected',
      body:
        'SharePoint Online stops using Adele Vance. The account stays signed in for the 5 other ' +
        'services that use it. To remove it and its tokens from this computer, sign it out under Accounts.',
    });
    expect(words.body).not.toContain('removes the account');
  });

  it('one other service: said in the singular', () => {
    const { body } = disconnectWords('Entra ID', 'entra', adele(['graph', 'entra']), 'Disconnect');
    expect(body).toContain('stays signed in for the other service that uses it.');
  });

  it('the last service: the account goes with it, and that is said', () => {
    const { body } = disconnectWords('Microsoft Graph', 'graph', adele(['graph']), 'Disconnect');
    expect(body).toBe(
      'Microsoft Graph stops using Adele Vance. No other service uses this account, so it is ' +
        'signed out too: the account and its tokens are removed from this computer.',
    );
  });

  it('an app-only connection keeps a certificate or secret, not tokens', () => {
    const { body } = disconnectWords(
      'Microsoft Graph',
      'graph',
      adele(['graph'], 'app-only'),
      'Disconnect',
    );
    expect(body).toContain('the account and its certificate or secret are removed');
  });

  it('Remove, for a service the tenant does not have', () => {
    expect(
      disconnectWords('SharePoint Online', 'sharepoint', adele(['graph', 'sharepoint']), 'Remove'),
    ).toMatchObject({
      title: 'Remove SharePoint Online?',
      confirmLabel: 'Remove',
      cancelLabel: 'Keep it',
    });
  });
});
