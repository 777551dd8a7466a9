/**
 * A store from before the token cache was split by account: older versions kept one partition
 * per cloud and app, `msal-cache:<cloud>:<clientId>`, holding every account's tokens in the
 * JSON msal-node serializes. Opened by this version, every connection still gets its tokens
 * without a sign-in, and the partition is split into one per account (the old one removed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SecretVault } from '../store/secret-vault';
import { secretsFolderIn } from '../testing/conf-store';
import {
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

/** Rewrites the store's token cache as older versions kept it: every account in one partition. */
async function asOlderVersionsKeptIt(): Promise<string> {
  const vault = new SecretVault({ records: secretsFolderIn(f.storeDir), cipher: f.cipher });
  const names = vault.names().filter((name) => name.startsWith('msal-cache:'));
  const shared: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const cache = JSON.parse((await vault.read(name))!) as typeof shared;
    for (const [section, entries] of Object.entries(cache)) {
      shared[section] = { ...shared[section], ...entries };
    }
    vault.remove(name);
  }
  const sharedName = `msal-cache:sandbox:${f.emulator.info.publicClientId}`;
  await vault.write(sharedName, JSON.stringify(shared));
  expect(Object.keys(shared.Account ?? {})).toHaveLength(3);
  return sharedName;
}

describe('the token cache of an older version', () => {
  it('keeps every account: each connection gets its token without a sign-in, one partition each', async () => {
    f = await startCoreFixture();
    const upns = {
      graph: userWithRole(f, 'Global Administrator').upn,
      sharepoint: userWithRole(f, 'SharePoint Administrator').upn,
      entra: userWithRole(f, null).upn,
    } as const;
    for (const [serviceId, upn] of Object.entries(upns) as [keyof typeof upns, string][]) {
      const siteUrl = serviceId === 'sharepoint' ? f.emulator.info.sharepoint.adminUrl : undefined;
      valueOf(await signInByDeviceCode(f, serviceId, upn, siteUrl));
    }
    await f.core.close();
    const sharedName = await asOlderVersionsKeptIt();

    await f.restart();
    const sent = f.emulator.control.requests().length;
    // Refresh all waits for every check (service.list paints first and checks after).
    const statuses = await f.value('service.refreshAll', {});
    for (const [serviceId, upn] of Object.entries(upns)) {
      expect(statuses.find((s) => s.serviceId === serviceId)).toMatchObject({
        state: 'connected',
        account: { username: upn },
      });
    }
    const signIns = f.emulator.control
      .requests()
      .slice(sent)
      .filter((r) => r.path.endsWith('/token') || r.path.endsWith('/devicecode'));
    expect(signIns).toEqual([]); // every token from the cache

    const names = new SecretVault({ records: secretsFolderIn(f.storeDir), cipher: f.cipher })
      .names()
      .filter((name) => name.startsWith('msal-cache:'));
    expect(names).toHaveLength(3);
    expect(names).not.toContain(sharedName);
    expect(names.every((name) => name.startsWith(`${sharedName}:`))).toBe(true);
  });
});
