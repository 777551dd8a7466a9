import { describe, expect, it } from 'vitest';
import { encodedPart, partKind, sealedFilePath, splitName } from './sealed-file-names';

const HOME = '5f1c7a0e-0c2d-4f1e-9a55-2b3c4d5e6f70.72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

/** The name a file path stands for, read back as the folder reads it. */
function nameOf(path: string): string | undefined {
  const parts = path.split('/').map((part, i, all) => {
    const kind = partKind(i === all.length - 1 ? part.replace(/\.json$/, '') : part);
    return kind.kind === 'named' ? kind.text : undefined;
  });
  return parts.includes(undefined) ? undefined : parts.join(':');
}

describe('the file of a secret', () => {
  it.each([
    ['proxy-password', 'proxy-password.json'],
    ['app-credential:3f2a9c1d0e4b5a68', 'app-credential/3f2a9c1d0e4b5a68.json'],
    [`msal-cache:sandbox:${APP}`, `msal-cache_3asandbox/${APP}.json`],
    [
      `msal-cache:sandbox:${APP}:${HOME}`,
      `msal-cache_3asandbox_3a${APP}/${HOME.replace('.', '_2e')}.json`,
    ],
  ])('of %j is %j: one app’s account partitions share a folder', (name, path) => {
    expect(sealedFilePath(name)).toBe(path);
    expect(nameOf(path)).toBe(name);
  });

  it.each(['msal-cache:public:app@2025-01-01T00:00:00.000Z', 'Ünïcödé / with \\ and spaces'])(
    'of %j uses no character a file system refuses, and reads back as the name',
    (name) => {
      const path = sealedFilePath(name);

      expect(path).toMatch(/^([a-z0-9_-]+\/)?[a-z0-9_-]+\.json$/);
      expect(nameOf(path)).toBe(name);
    },
  );

  it('keeps names that differ only in case apart, as folders that ignore case would not', () => {
    const upper = sealedFilePath('msal-cache:sandbox:APP');
    const lower = sealedFilePath('msal-cache:sandbox:app');

    expect(upper.toLowerCase()).not.toBe(lower.toLowerCase());
  });

  it('shortens a part too long for a file name, and says the file must tell the name', () => {
    const long = `${'b2c_1a_signup_signin-'.repeat(12)}.${HOME}`;
    const part = encodedPart(long);

    expect(part.length).toBeLessThanOrEqual(200);
    expect(encodedPart(`${long}x`)).not.toBe(part);
    expect(partKind(part)).toEqual({ kind: 'shortened' });
  });

  it.each([
    'msal-cache_3ax.json.4242-0a1b2c3d', // a write in progress (`….tmp` taken off)
    '_61', // "a" spelled another way: a second file for one secret
    'Proxy-password',
    '_ff', // not UTF-8
    'unreadable.aside', // the folder of what was set aside
    '',
  ])('takes %j for no part of a secret’s name', (part) => {
    expect(partKind(part)).toEqual({ kind: 'other' });
  });

  it.each(['', ':a', 'a:', 'a::'])('refuses %j as a name', (name) => {
    expect(() => splitName(name)).toThrow(/before and after/);
  });
});
