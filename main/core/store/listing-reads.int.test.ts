/**
 * Listing connections answers from memory: with 200 connections in the store (and their
 * sealed token cache beside them), a started core reads each file once, and listing reads
 * nothing at all. Counts, not times: the benchmark measures the time.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confSecretStore, confStore } from '../testing/conf-store';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { countFileReads, type FileReads } from '../testing/file-reads';
import { ConnectionRegistry, connectionIdFor } from './connection-registry';
import { SecretVault } from './secret-vault';

const CONNECTIONS = 200;
let f: CoreFixture;
let reads: FileReads | undefined;
afterEach(async () => {
  reads?.stop();
  await f?.close();
});

/** 200 connections as sign-ins save them, services bound to some, a token cache sealed. */
async function fillStore(): Promise<void> {
  const registry = new ConnectionRegistry({ kv: confStore(f.storeDir) });
  const clientId = f.emulator.info.publicClientId;
  for (let i = 0; i < CONNECTIONS; i++) {
    const parts = {
      cloud: 'sandbox' as const,
      clientId,
      homeAccountId: `uid-${i}.${f.emulator.info.tenantId}`,
      tenantId: f.emulator.info.tenantId,
    };
    const { id } = registry.saveAccount({
      id: connectionIdFor(parts),
      ...parts,
      username: `user${i}@${f.emulator.info.tenantDomain}`,
      displayName: `User ${i}`,
    });
    if (i < 2)
      registry.bind({ serviceId: i ? 'entra' : 'graph', connectionId: id, boundAt: 'now' });
  }
  await new SecretVault({ kv: confSecretStore(f.storeDir), cipher: f.cipher }).write(
    `msal-cache:sandbox:${clientId}`,
    JSON.stringify({ Account: {}, RefreshToken: {}, AccessToken: {}, padding: 'x'.repeat(1e6) }),
  );
}

describe('listing connections', () => {
  it('reads nothing from disk, at 200 connections; starting reads each file once', async () => {
    f = await startCoreFixture();
    await f.core.close();
    await fillStore();

    reads = countFileReads(f.storeDir);
    await f.restart();
    await f.value('app.info', {}); // answered once start-up (which reads the vault) is done
    const opened = reads.paths();
    const listed = await f.value('accounts.list', {});

    expect(listed).toHaveLength(CONNECTIONS);
    expect(listed.filter((c) => c.services.length > 0)).toHaveLength(2);
    expect([...opened].sort()).toEqual([
      join(f.storeDir, 'm365-desk-secrets.json'),
      join(f.storeDir, 'm365-desk.json'),
    ]);
    expect(reads.paths()).toEqual(opened);
  });
});
