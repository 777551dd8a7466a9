/**
 * Stores of the older layouts, opened by this version: the vault's records move into the
 * secrets folder, one file each, from the secrets file of the previous version (a store it
 * wrote is in fixtures/previous-layout, formatted by Prettier) and from the settings file of the
 * version before (under `secrets` and `secrets-unreadable`); nothing else changes, and a crash
 * halfway loses nothing. store-upgrade.int.test.ts does the same with real sign-ins.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AesGcmTestCipher } from '../testing/aes-gcm-test-cipher';
import { confStore, openConfStore, secretsFolderIn } from '../testing/conf-store';
import { ConnectionRegistry } from './connection-registry';
import { openStoreSafely, STORE_FILES, type StoreFileName } from './open-store';
import { encodedPart, sealedFilePath } from './sealed-file-names';
import { SecretVault } from './secret-vault';

const PREVIOUS = join(import.meta.dirname, 'fixtures', 'previous-layout');
/** The key the previous version's store was encrypted with. */
const previousCipher = () => new AesGcmTestCipher(Buffer.from('previous-layout-test-key-32bytes'));
type Sealed = { backend: string; data: string; savedAt: string };
type VaultKeys = { secrets: Record<string, Sealed>; 'secrets-unreadable': Record<string, Sealed> };
const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const previousSecrets = readJson(join(PREVIOUS, 'm365-desk-secrets.json')) as VaultKeys;
const previousSettings = readJson(join(PREVIOUS, 'm365-desk.json'));
const APP_CREDENTIAL = 'app-credential:0123456789abcdef';

function previousStoreDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
  cpSync(PREVIOUS, dir, { recursive: true });
  return dir;
}

/** The version before: the vault's keys inside the settings file, no secrets file. */
function settingsFileStoreDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
  const older = { ...previousSettings, ...previousSecrets };
  writeFileSync(join(dir, 'm365-desk.json'), JSON.stringify(older, undefined, '\t'));
  return dir;
}

/** Every secret of the folder, decrypted with the previous version's key. */
async function decrypted(dir: string): Promise<Record<string, string | undefined>> {
  const vault = new SecretVault({ records: secretsFolderIn(dir), cipher: previousCipher() });
  const all: Record<string, string | undefined> = {};
  for (const name of vault.names().sort()) all[name] = await vault.read(name);
  return all;
}
const asideFiles = (dir: string) =>
  readdirSync(join(secretsFolderIn(dir).path, 'unreadable.aside'));

describe.each([
  ['the previous version (a secrets file)', previousStoreDir],
  ['the version before (secrets in the settings file)', settingsFileStoreDir],
])('a store of %s', (_layout, storeDir) => {
  it('keeps every connection and every secret, each in a file of its own; the old places emptied', async () => {
    const dir = storeDir();

    const { store, notices } = openConfStore(dir);

    expect(notices).toEqual([]);
    expect(new ConnectionRegistry({ kv: store }).accounts()).toEqual(previousSettings.accounts);
    expect(readJson(join(dir, 'm365-desk.json'))).toEqual(previousSettings);
    expect(existsSync(join(dir, 'm365-desk-secrets.json'))).toBe(false);
    const secrets = await decrypted(dir);
    expect(Object.keys(secrets)).toEqual(Object.keys(previousSecrets.secrets).sort());
    expect(secrets['proxy-password']).toBe('Pr3vious-Pass');
    expect(JSON.parse(secrets[APP_CREDENTIAL]!)).toEqual({
      kind: 'secret',
      secret: 'app-secret-previous-layout',
    });
    const [partition] = Object.keys(secrets).filter((n) => n.startsWith('msal-cache:'));
    expect(secrets[partition!]).toContain('rt-previous-layout');
    // What the older version had set aside stays aside, as it was.
    const [asideKey] = Object.keys(previousSecrets['secrets-unreadable']);
    expect(asideFiles(dir)).toEqual([`${encodedPart(asideKey!)}.json`]);
    const aside = readJson(
      join(secretsFolderIn(dir).path, 'unreadable.aside', asideFiles(dir)[0]!),
    );
    expect(aside).toEqual({ ...previousSecrets['secrets-unreadable'][asideKey!], name: asideKey });
  });

  it('is upgraded once: a second start finds nothing left to move', async () => {
    const dir = storeDir();
    openConfStore(dir);
    const files = readdirSync(secretsFolderIn(dir).path).sort();

    const again = openConfStore(dir);

    expect(again.notices).toEqual([]);
    expect(readdirSync(secretsFolderIn(dir).path).sort()).toEqual(files);
    expect(Object.keys(await decrypted(dir))).toHaveLength(3);
  });
});

describe('a crash while upgrading', () => {
  it('between the folder and the settings file: the next start finishes the move', async () => {
    const dir = settingsFileStoreDir();
    const crashOnSettingsWrite = (file: StoreFileName) => {
      const store = confStore(dir, file);
      if (file !== STORE_FILES.settings) return store;
      return {
        ...store,
        delete: () => {
          throw new Error('the power went out');
        },
      };
    };

    expect(() => openStoreSafely(dir, crashOnSettingsWrite)).toThrow(/power/);
    expect(readJson(join(dir, 'm365-desk.json'))).toEqual({
      ...previousSettings,
      ...previousSecrets,
    });

    expect(openConfStore(dir).notices).toEqual([]);
    expect(readJson(join(dir, 'm365-desk.json'))).toEqual(previousSettings);
    expect(Object.keys(await decrypted(dir))).toHaveLength(3);
  });

  it('halfway through the folder: the secrets file is kept, and the next start finishes', async () => {
    const dir = previousStoreDir();
    // A secret's file that cannot be written (a folder is in its place): the move stops there.
    const blocked = join(dir, 'm365-desk-secrets', sealedFilePath('proxy-password'));
    mkdirSync(join(blocked, 'in-the-way'), { recursive: true });

    expect(() => openConfStore(dir)).toThrow();
    expect(readJson(join(dir, 'm365-desk-secrets.json'))).toEqual(previousSecrets);

    rmSync(blocked, { recursive: true });
    openConfStore(dir);
    expect(existsSync(join(dir, 'm365-desk-secrets.json'))).toBe(false);
    expect((await decrypted(dir))['proxy-password']).toBe('Pr3vious-Pass');
  });

  it('left a record in both older places: the settings file’s is the one kept', async () => {
    const dir = previousStoreDir();
    const fromSettings = previousSecrets.secrets[APP_CREDENTIAL]!;
    const older = {
      ...previousSecrets.secrets,
      [APP_CREDENTIAL]: { ...fromSettings, data: 'AAAA' },
    };
    writeFileSync(
      join(dir, 'm365-desk-secrets.json'),
      JSON.stringify({ ...previousSecrets, secrets: older }),
    );
    writeFileSync(
      join(dir, 'm365-desk.json'),
      JSON.stringify({ ...previousSettings, secrets: { [APP_CREDENTIAL]: fromSettings } }),
    );

    openConfStore(dir);

    expect(JSON.parse((await decrypted(dir))[APP_CREDENTIAL]!)).toMatchObject({ kind: 'secret' });
  });
});
