import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStore } from '../testing/conf-store';
import { ConnectionRegistry, connectionIdFor, type AccountRecord } from './connection-registry';

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
  parts: Omit<AccountRecord, 'id' | 'name' | 'createdAt' | 'kind'>,
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
    expect(r.accounts().map((a) => a.name)).toEqual([
      'Adele Vance',
      'Adele Vance (2)',
      'Adele Vance (3)',
    ]);
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
