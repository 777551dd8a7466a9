/**
 * The last problems under their own key: written once per batch of changes, the same failure
 * again not written at all, a new sign-in of the connection starting with none, and a failed new
 * sign-in replaced by the next attempt and cleared by its success.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../ports';
import { confStore } from '../testing/conf-store';
import type { AccountRecord } from './connection-registry';
import { LastProblems, type SignInAttempt } from './last-problems';

afterEach(() => vi.useRealTimers());

const account = (id: string, signedInAt = '2026-12-01T10:00:00.000Z'): AccountRecord => ({
  id,
  kind: 'delegated',
  name: id,
  cloud: 'sandbox',
  clientId: '11111111-2222-3333-4444-555555555555',
  homeAccountId: `h-${id}`,
  username: `${id}@contoso.com`,
  displayName: id,
  tenantId: 'tid',
  createdAt: '2026-12-01T09:00:00.000Z',
  signedInAt,
});

const problem = (code: string, traceId?: string) => ({
  code,
  message: `${code} happened.`,
  ...(traceId ? { traceId } : {}),
});

/** A settings file whose writes of `lastProblems` are counted. */
function counted(dir = mkdtempSync(join(tmpdir(), 'last-problems-'))) {
  const kv = confStore(dir);
  const writes: string[] = [];
  const store: KeyValueStore = {
    ...kv,
    set: (key, value) => (writes.push(key), kv.set(key, value)),
  };
  return { dir, store, writes };
}

function lastProblems(kv: KeyValueStore, accounts: AccountRecord[]) {
  return new LastProblems(kv, { accountList: () => accounts }, 500);
}

describe('LastProblems', () => {
  it('writes six failures of one Refresh all once, and the same failure again not at all', () => {
    vi.useFakeTimers();
    const accounts = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => account(id));
    const { dir, store, writes } = counted();
    const kept = lastProblems(store, accounts);
    for (const a of accounts) kept.noteConnection(a, problem('network_unreachable'));
    expect(kept.of(accounts[0]!)?.code).toBe('network_unreachable'); // read before it is written
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(writes).toEqual(['lastProblems']);

    for (const a of accounts) kept.noteConnection(a, problem('network_unreachable'));
    vi.advanceTimersByTime(500);
    expect(writes).toEqual(['lastProblems']);
    const reopened = lastProblems(confStore(dir), accounts);
    expect(accounts.map((a) => reopened.of(a)?.code)).toEqual(Array(6).fill('network_unreachable'));
  });

  it('writes what is waiting when the app closes, and nothing after', () => {
    const { dir, store, writes } = counted();
    const adele = account('adele');
    const kept = lastProblems(store, [adele]);
    kept.noteConnection(adele, problem('AADSTS700016', '0a1b2c3d-0000-4000-8000-123456789abc'));
    kept.close();
    kept.noteConnection(adele, problem('throttled'));
    expect(writes).toEqual(['lastProblems']);
    expect(lastProblems(confStore(dir), [adele]).of(adele)?.code).toBe('AADSTS700016');
  });

  it('a connection signed in anew has no last problem; a removed one is dropped', () => {
    const adele = account('adele');
    const megan = account('megan');
    const { dir, store } = counted();
    const kept = lastProblems(store, [adele]);
    kept.noteConnection(adele, problem('AADSTS50173'));
    kept.noteConnection(megan, problem('AADSTS50173')); // removed before the batch is written
    expect(kept.of(account('adele', '2026-12-02T08:00:00.000Z'))).toBeUndefined();
    kept.close();
    expect(confStore(dir).get('lastProblems')).toEqual({
      connections: { adele: { problem: problem('AADSTS50173'), signedInAt: adele.signedInAt } },
      signIns: {},
    });
  });

  it("reads an older record's own last problem until the connection has one here", () => {
    const older = { ...account('adele'), lastProblem: problem('AADSTS50076') };
    const kept = lastProblems(counted().store, [older]);
    expect(kept.of(older)?.code).toBe('AADSTS50076');
    kept.noteConnection(older, problem('AADSTS700016'));
    expect(kept.of(older)?.code).toBe('AADSTS700016');
  });

  it("keeps a failed new sign-in until the next attempt's result: replaced, then cleared", () => {
    const kept = lastProblems(counted().store, []);
    const graph: SignInAttempt = {
      serviceId: 'graph',
      cloud: 'sandbox',
      clientId: '11111111-2222-3333-4444-555555555555',
      tenant: 'organizations',
      method: 'device-code',
    };
    const entra: SignInAttempt = { ...graph, serviceId: 'entra' };
    kept.noteFailedSignIn(graph, problem('AADSTS50076'));
    kept.noteFailedSignIn(entra, problem('AADSTS53000'));
    kept.noteFailedSignIn({ ...graph, method: 'in-app-window' }, problem('AADSTS53000'));
    expect(kept.failedSignIns().map((s) => [s.serviceId, s.method, s.problem.code])).toEqual([
      ['entra', 'device-code', 'AADSTS53000'],
      ['graph', 'in-app-window', 'AADSTS53000'],
    ]);
    kept.signedIn({ ...graph, clientId: graph.clientId.toUpperCase(), method: 'system-browser' });
    expect(kept.failedSignIns().map((s) => s.serviceId)).toEqual(['entra']);
  });
});
