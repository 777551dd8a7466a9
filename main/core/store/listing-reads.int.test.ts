/**
 * Listing connections answers from memory: with 200 connections in the store (and a sealed
 * token cache for each in the secrets folder), a started core reads the settings file once and
 * no secret at all, and listing reads nothing at all. Counts, not times: the benchmark measures
 * the time.
 */
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confStore, secretsFolderIn } from '../testing/conf-store';
import { startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { countFileReads, type FileReads } from '../testing/file-reads';
import { ConnectionRegistry, connectionIdFor } from './connection-registry';
import { sealedFilePath } from './sealed-file-names';
import { SecretVault } from './secret-vault';

const CONNECTIONS = 200;
const homeOf = (i: number) => `uid-${i}.${f.emulator.info.tenantId}`;
const partition = (i: number) =>
  `msal-cache:sandbox:${f.emulator.info.publicClientId}:${homeOf(i)}`;
let f: CoreFixture;
let reads: FileReads | undefined;
afterEach(async () => {
  reads?.stop();
  await f?.close();
});

/** 200 connections as sign-ins save them, services bound to some, each one's tokens sealed. */
async function fillStore(): Promise<void> {
  const registry = new ConnectionRegistry({ kv: confStore(f.storeDir) });
  const vault = new SecretVault({ records: secretsFolderIn(f.storeDir), cipher: f.cipher });
  const clientId = f.emulator.info.publicClientId;
  for (let i = 0; i < CONNECTIONS; i++) {
    const parts = {
      cloud: 'sandbox' as const,
      clientId,
      homeAccountId: homeOf(i),
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
    await vault.write(
      partition(i),
      JSON.stringify({ Account: {}, RefreshToken: {}, AccessToken: {}, padding: 'x'.repeat(2e4) }),
    );
  }
}

describe('listing connections', () => {
  it('reads nothing from disk, at 200 connections; starting reads the settings file, no secret', async () => {
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
    expect(opened).toEqual([join(f.storeDir, 'm365-desk.json')]);
    expect(reads.paths()).toEqual(opened);
    // The secrets folder's own listing (one entry per app), never the app's 200 partitions.
    const partitions = dirname(
      join(secretsFolderIn(f.storeDir).path, sealedFilePath(partition(0))),
    );
    expect(reads.listings()).not.toContain(partitions);
    expect(reads.listings().length).toBeLessThanOrEqual(1);
  });
});
