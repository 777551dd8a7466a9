/**
 * The secrets folder: opening lists it and reads no file, a record is read once, a change
 * writes its own file alone (atomically, owner-only), a removal deletes it, and nothing is
 * written before the first secret is.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countFileReads, type FileReads } from '../testing/file-reads';
import { SealedFolder } from './sealed-folder';
import { sealedFilePath } from './sealed-file-names';

const POSIX = process.platform !== 'win32';
const sealed = (data: string) => ({ backend: 'test', data, savedAt: 'now' });
const newFolder = () => new SealedFolder(join(mkdtempSync(join(tmpdir(), 'sealed-')), 'secrets'));
const modeOf = (path: string) => statSync(path).mode & 0o777;

let reads: FileReads | undefined;
afterEach(() => reads?.stop());

describe('the secrets folder', () => {
  it('writes nothing, not even itself, before the first secret', () => {
    const folder = newFolder();

    expect(folder.names()).toEqual([]);
    expect(folder.get('a')).toBeUndefined();
    folder.delete('a');
    expect(readdirSync(join(folder.path, '..'))).toEqual([]);
  });

  it('reads nothing when opened; lists the names only when asked, and a record only once', () => {
    const folder = newFolder();
    for (let i = 0; i < 50; i++) folder.set(`msal-cache:sandbox:app:uid-${i}`, sealed(`d${i}`));
    folder.set('proxy-password', sealed('p'));
    reads = countFileReads(folder.path);

    const opened = new SealedFolder(folder.path);
    for (let i = 0; i < 3; i++) {
      expect(opened.get('msal-cache:sandbox:app:uid-7')).toEqual(sealed('d7'));
    }
    expect(reads.listings()).toEqual([]);
    expect(opened.names()).toHaveLength(51);
    expect(opened.names('msal-cache:sandbox:app')).toHaveLength(50);
    expect(reads.paths()).toEqual([
      join(folder.path, sealedFilePath('msal-cache:sandbox:app:uid-7')),
    ]);
  });

  it('lists one group without the others', () => {
    const folder = newFolder();
    folder.set('msal-cache:sandbox:app:uid-1', sealed('1'));
    folder.set('msal-cache:sandbox:other:uid-2', sealed('2'));
    folder.set('app-credential:c1', sealed('3'));
    const opened = new SealedFolder(folder.path);

    expect(opened.names('msal-cache:sandbox:app')).toEqual(['msal-cache:sandbox:app:uid-1']);
    expect(opened.names('msal-cache:public:app')).toEqual([]);
    opened.set('msal-cache:public:app:uid-9', sealed('5')); // a group's folder made after listing
    expect(opened.names('msal-cache:public:app')).toEqual(['msal-cache:public:app:uid-9']);
    opened.delete('msal-cache:public:app:uid-9');
    expect(opened.names('msal-cache:public:other')).toEqual([]);
    opened.set('msal-cache:public:other:uid-8', sealed('6'));
    expect(opened.names('msal-cache:public:other')).toEqual(['msal-cache:public:other:uid-8']);
    opened.set('msal-cache:sandbox:app:uid-3', sealed('4'));
    opened.delete('msal-cache:sandbox:app:uid-1');
    expect(opened.names('msal-cache:sandbox:app')).toEqual(['msal-cache:sandbox:app:uid-3']);
    expect(opened.names().sort()).toEqual([
      'app-credential:c1',
      'msal-cache:public:other:uid-8',
      'msal-cache:sandbox:app:uid-3',
      'msal-cache:sandbox:other:uid-2',
    ]);
  });

  it('writes a change to that secret’s file alone, and deletes a removed one', () => {
    const folder = newFolder();
    folder.set('a', sealed('one'));
    folder.set('b', sealed('two'));
    const fileOf = (name: string) => join(folder.path, sealedFilePath(name));
    const before = readFileSync(fileOf('b'), 'utf8');

    folder.set('a', sealed('three'));
    folder.delete('b');
    folder.set('app-credential:c1', sealed('four'));
    folder.delete('app-credential:c1'); // its group's folder goes with it

    expect(JSON.parse(readFileSync(fileOf('a'), 'utf8'))).toEqual({
      ...sealed('three'),
      name: 'a',
    });
    expect(before).toContain('two');
    expect(readdirSync(folder.path)).toEqual([sealedFilePath('a')]);
    expect(new SealedFolder(folder.path).names()).toEqual(['a']);
  });

  it.runIf(POSIX)('is readable by its owner only: the folder 0700, each file 0600', () => {
    const folder = newFolder();
    folder.set('a', sealed('one'));

    expect(modeOf(folder.path)).toBe(0o700);
    expect(modeOf(join(folder.path, sealedFilePath('a')))).toBe(0o600);
  });

  it('takes no leftover of an interrupted write, or a stranger’s file, for a secret', () => {
    const folder = newFolder();
    folder.set('a', sealed('one'));
    writeFileSync(join(folder.path, `${sealedFilePath('b')}.1234-abcd.tmp`), '{"name":"b"}');
    writeFileSync(join(folder.path, 'README.txt'), 'hello');

    expect(new SealedFolder(folder.path).names()).toEqual(['a']);
  });

  it('keeps a secret whose name is too long for a file name, and finds it again', () => {
    const folder = newFolder();
    const longHome = `msal-cache:sandbox:app:${'b2c_1a_policy-'.repeat(20)}.tenant`;
    const longApp = `msal-cache:sandbox:${'app-'.repeat(60)}:uid-1`;
    folder.set(longHome, sealed('long home'));
    folder.set(longApp, sealed('long app'));

    expect(new SealedFolder(folder.path).get(longHome)).toEqual(sealed('long home'));
    expect(new SealedFolder(folder.path).names().sort()).toEqual([longApp, longHome].sort());
    expect(new SealedFolder(folder.path).names('msal-cache:sandbox:app')).toEqual([longHome]);
  });

  it('moves a record aside as it is, and forgets it', () => {
    const folder = newFolder();
    folder.set('a', sealed('one'));
    const text = readFileSync(join(folder.path, sealedFilePath('a')), 'utf8');

    const aside = folder.setAside('a')!;

    expect(aside.startsWith(join(folder.path, 'unreadable.aside'))).toBe(true);
    expect(folder.get('a')).toBeUndefined();
    expect(readFileSync(aside, 'utf8')).toBe(text);
    expect(folder.names()).toEqual([]);
    expect(new SealedFolder(folder.path).names()).toEqual([]);
    expect(folder.setAside('a')).toBeUndefined();
  });
});
