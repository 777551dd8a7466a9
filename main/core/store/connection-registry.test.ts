import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStore } from '../testing/conf-store';
import {
  ConnectionRegistry,
  connectionIdFor,
  namedByPerson,
  type AccountRecord,
} from './connection-registry';

const registry = () =>
  new ConnectionRegistry({ kv: confStore(mkdtempSync(join(tmpdir(), 'registry-'))) });

const adele = {
  cloud: 'public' as const,
  clientId: '11111111-1111-1111-1111-111111111111',
  homeAccountId: 'uid.tid',
  tenantId: 'tid',
  username: 'adele@contoso.com',
  displayName: 'Adele Vance',
};
const save = (
  r: ConnectionRegistry,
  parts: Omit<AccountRecord, 'id' | 'name' | 'createdAt' | 'kind' | 'renamed' | 'tenantName'>,
) => r.saveAccount({ id: connectionIdFor(parts), ...parts });

describe('ConnectionRegistry', () => {
  it('keys a connection by account + app + tenant: another app or tenant is a new connection', () => {
    const r = registry();
    const first = save(r, adele);
    const otherApp = save(r, { ...adele, clientId: '22222222-2222-2222-2222-222222222222' });
    const otherTenant = save(r, {
      ...adele,
      tenantId: 'other-tid',
      homeAccountId: 'uid.other-tid',
    });
    expect(new Set([first.id, otherApp.id, otherTenant.id]).size).toBe(3);
    // Not "Adele Vance (2)": the names shown are made from person and app (account-names.ts).
    expect(r.accounts().map((a) => [a.name, a.renamed])).toEqual([
      ['Adele Vance', false],
      ['Adele Vance', false],
      ['Adele Vance', false],
    ]);
  });

  it('never makes a second connection for the same person, app and tenant, however spelt', () => {
    const r = registry();
    const first = save(r, adele);
    const shouted = save(r, { ...adele, clientId: adele.clientId.toUpperCase(), tenantId: 'TID' });
    expect(shouted.id).toBe(first.id);
    expect(r.accounts()).toHaveLength(1);
  });

  it('a connection moved to another app is the one a sign-in through that app refreshes', () => {
    const r = registry();
    const moved = save(r, adele);
    const otherApp = '22222222-2222-2222-2222-222222222222';
    r.update(moved.id, {
      clientId: otherApp,
      signInRequired: { code: 'app_changed', message: 'Changed.' },
    });
    const again = save(r, { ...adele, clientId: otherApp });
    expect(again.id).toBe(moved.id);
    expect(r.accounts()).toEqual([again]);
    expect(again.signInRequired).toBeUndefined();
  });

  it('tells a name the person gave from a made-up one, in stores of older versions too', () => {
    const r = registry();
    const a = save(r, adele);
    expect(namedByPerson(a)).toBe(false);
    expect(namedByPerson(r.rename(a.id, 'Adele Vance')!)).toBe(true); // chosen, even if the same
    const older = { ...a, renamed: undefined };
    expect(namedByPerson({ ...older, name: 'Adele Vance (2)' })).toBe(false);
    expect(namedByPerson({ ...older, name: 'Adele Vance (work)' })).toBe(true);
    expect(namedByPerson({ ...older, name: 'Contoso admin' })).toBe(true);
    // A made-up name follows the person's name; a chosen one stays.
    expect(save(r, { ...adele, displayName: 'Adele V.' }).name).toBe('Adele Vance');
    const fresh = registry();
    expect(save(fresh, adele).name).toBe('Adele Vance');
    expect(save(fresh, { ...adele, displayName: 'Adele V.' }).name).toBe('Adele V.');
  });

  it('signing the same account in again through the same app updates it and keeps its name', () => {
    const r = registry();
    const first = save(r, adele);
    r.rename(first.id, 'Work admin');
    const again = save(r, { ...adele, displayName: 'Adele V.' });
    expect(again.id).toBe(first.id);
    expect(r.accounts()).toHaveLength(1);
    expect(r.account(first.id)).toMatchObject({ name: 'Work admin', displayName: 'Adele V.' });
  });

  it('sees what another holder of the store changed, and hands out lists that are the caller’s', () => {
    const kv = confStore(mkdtempSync(join(tmpdir(), 'registry-')));
    const r = new ConnectionRegistry({ kv });
    save(r, adele);
    expect(r.accounts()).toHaveLength(1);

    new ConnectionRegistry({ kv }).removeAccount(r.accounts()[0]!.id);
    expect(r.accounts()).toEqual([]);

    save(r, adele);
    r.accounts().pop();
    expect(r.accounts()).toHaveLength(1);
  });

  it('removing an account removes the services bound to it, and only those', () => {
    const r = registry();
    const a = save(r, adele);
    const b = save(r, { ...adele, clientId: '22222222-2222-2222-2222-222222222222' });
    r.bind({ serviceId: 'graph', connectionId: a.id, boundAt: 'now' });
    r.bind({ serviceId: 'sharepoint', connectionId: b.id, boundAt: 'now' });
    r.removeAccount(a.id);
    expect(r.bindings().map((x) => x.serviceId)).toEqual(['sharepoint']);
    expect(r.servicesUsing(b.id)).toEqual(['sharepoint']);
  });
});
