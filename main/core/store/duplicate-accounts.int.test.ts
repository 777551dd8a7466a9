/**
 * A store from an older version with two connections for one person, app and tenant is merged
 * at start-up into one, and every service keeps working without a new sign-in: the one kept is
 * the one that works, the services of the other move to it, a name the person gave stays, and
 * the others' tokens (in the same cache partition) are not touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';
import type { AccountRecord, ServiceBinding } from './connection-registry';

let f: CoreFixture;
afterEach(async () => f?.close());

type Stored = { accounts: AccountRecord[]; bindings: ServiceBinding[] } & Record<string, unknown>;
const storeFile = () => join(f.storeDir, 'm365-desk.json');

/** Rewrites the settings file as an older version could have left it. */
function rewrite(change: (stored: Stored) => Stored) {
  const stored = JSON.parse(readFileSync(storeFile(), 'utf8')) as Stored;
  writeFileSync(storeFile(), JSON.stringify(change(stored), undefined, '\t'));
}

describe('duplicate connections in an older store', () => {
  it('become one: the working one is kept, every service moves to it and still connects', async () => {
    f = await startCoreFixture();
    const admin = userWithRole(f, 'Global Administrator');
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    valueOf(await signInByDeviceCode(f, 'entra', admin.upn));
    const [working] = await f.value('accounts.list', {});
    await f.core.close();
    const refusedBefore = f.emulator.control.requests().filter((r) => r.status >= 400).length;

    // The older one: moved to this app once, so it says it needs a sign-in; Graph still uses it.
    rewrite((stored) => {
      const original = stored.accounts[0]!;
      const older: AccountRecord = {
        ...original,
        id: 'older-duplicate',
        name: 'Work admin', // the person's name for it, kept by the merge
        createdAt: '2024-01-01T00:00:00.000Z',
        signInRequired: { code: 'app_changed', message: 'This connection now uses the app.' },
      };
      delete older.renamed;
      const bindings = stored.bindings.map((b) =>
        b.serviceId === 'graph' ? { ...b, connectionId: older.id } : b,
      );
      return { ...stored, accounts: [older, { ...original, renamed: false }], bindings };
    });

    await f.restart();
    const after = await f.value('accounts.list', {});
    expect(after.map((a) => [a.id, a.name, [...a.services].sort()])).toEqual([
      [working!.id, 'Work admin', ['entra', 'graph']],
    ]);
    expect(after[0]!.signInRequired).toBeUndefined();
    for (const serviceId of ['graph', 'entra'] as const) {
      const status = await f.value('service.refresh', { serviceId });
      expect([serviceId, status.state, status.connectionId]).toEqual([
        serviceId,
        'connected',
        working!.id,
      ]);
    }
    // Its tokens were the kept one's too: nothing was refused, no new sign-in was needed.
    expect(f.emulator.control.requests().filter((r) => r.status >= 400)).toHaveLength(
      refusedBefore,
    );
  });
});
