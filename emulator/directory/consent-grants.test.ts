import { describe, expect, it } from 'vitest';
import type { GrantState, GrantStateFile } from '../store/grant-state-file.js';
import { ConsentGrants } from './consent-grants.js';

const CLIENT = 'APP-1';
const GRAPH = '00000003-0000-0000-c000-000000000000';

function memoryFile(state: Partial<GrantState> = {}): GrantStateFile & { saves: number } {
  const file = {
    state: { consentGrants: [], refreshTokens: [], ...state },
    saves: 0,
    save() {
      file.saves += 1;
    },
  };
  return file;
}

describe('ConsentGrants', () => {
  it('honours tenant-wide (AllPrincipals) grants together with per-user ones', () => {
    const grants = new ConsentGrants(memoryFile());
    grants.setTenantWide(CLIENT, GRAPH, ['User.Read', 'Sites.Read.All']);
    grants.grant('u1', CLIENT, GRAPH, ['Mail.Read']);
    expect(grants.granted('u1', 'app-1', GRAPH)).toEqual([
      'Mail.Read',
      'User.Read',
      'Sites.Read.All',
    ]);
    expect(grants.granted('u2', CLIENT, GRAPH)).toEqual(['User.Read', 'Sites.Read.All']);
    expect(grants.hasTenantWideGrants('app-1')).toBe(true);
  });

  it('records no user grant for scopes the tenant already granted, so revoking them bites', () => {
    const file = memoryFile();
    const grants = new ConsentGrants(file);
    grants.setTenantWide(CLIENT, GRAPH, ['User.Read', 'Sites.Read.All']);
    grants.grant('u1', CLIENT, GRAPH, ['user.read', 'Sites.Read.All']);
    expect(file.state.consentGrants).toHaveLength(1);
    expect(grants.revokeTenantWide(CLIENT, GRAPH, 'sites.read.all')).toBe(true);
    expect(grants.granted('u1', CLIENT, GRAPH)).toEqual(['User.Read']);
    expect(grants.revokeTenantWide(CLIENT, GRAPH, 'Sites.Read.All')).toBe(false);
  });

  it('reads grants written before consentType existed as per-user grants', () => {
    const grants = new ConsentGrants(
      memoryFile({
        consentGrants: [
          { userId: 'u1', clientId: 'app-1', resourceAppId: GRAPH, scopes: ['User.Read'] },
        ],
      }),
    );
    expect(grants.granted('u1', CLIENT, GRAPH)).toEqual(['User.Read']);
    expect(grants.hasTenantWideGrants(CLIENT)).toBe(false);
    grants.clearClient(CLIENT);
    expect(grants.granted('u1', CLIENT, GRAPH)).toEqual([]);
  });
});
