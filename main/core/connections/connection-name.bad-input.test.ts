/**
 * Connection names that are refused, sent as the renderer sends them (through the router and
 * the contract) to a real core: each answers the words the rename field shows and what to
 * type instead, and the connection keeps its name (the store is byte for byte as before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAppOnly, startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { inspectStoreDir } from '../testing/store-inspector';

const example = 'For example “Contoso (work)”.';
const onOneLine = `Type it again on one line, with letters, digits, spaces and punctuation. ${example}`;
const invisible = (code: string) =>
  `The name contains a tab, a line break or another invisible character (U+${code}).`;

/** [what was typed, the message, a part of the hint]. */
const rows: Array<[string, string, string]> = [
  ['', 'Give the connection a name.', `Type a name you will recognise. ${example}`],
  ['    ', 'The name is only spaces or line breaks.', example],
  ['\u3000\u00a0\t', 'The name is only spaces or line breaks.', example],
  ['x'.repeat(61), 'The name is 61 characters long; up to 60 fit.', `Shorten it by 1. ${example}`],
  [
    ` ${'Contoso '.repeat(20)}`,
    'The name is 159 characters long; up to 60 fit.',
    'Shorten it by 99.',
  ],
  ['🏢'.repeat(61), 'The name is 61 characters long; up to 60 fit.', 'Shorten it by 1.'],
  ['Contoso\twork', invisible('0009'), onOneLine],
  ['Contoso\n(work)', invisible('000A'), onOneLine],
  ['Con\rtoso', invisible('000D'), onOneLine],
  ['Contoso\u0000', invisible('0000'), onOneLine],
  ['\u001b[31mContoso', invisible('001B'), onOneLine],
  ['\u202ekrow) osotnoC', invisible('202E'), onOneLine],
  ['Con\u200btoso', invisible('200B'), onOneLine],
  ['Contoso\u2028work', invisible('2028'), onOneLine],
];

let f: CoreFixture;
let connectionId: string;
beforeAll(async () => {
  f = await startCoreFixture();
  connectionId = await signInAppOnly(f, 'graph', 'secret');
  await f.value('accounts.rename', { connectionId, name: 'Contoso (daemon)' });
});
afterAll(() => f.close());

describe('connection names that are refused, with what to type instead; nothing is lost', () => {
  it.each(rows)('%j → %s', async (name, message, hint) => {
    const before = await inspectStoreDir(f.storeDir, f.cipher);
    const result = await f.invoke('accounts.rename', { connectionId, name });
    expect(result).toMatchObject({ ok: false, code: 'invalid_connection_name', message });
    expect(!result.ok && result.hint).toContain(hint);
    expect(await inspectStoreDir(f.storeDir, f.cipher)).toEqual(before);
    const [account] = await f.value('accounts.list', {});
    expect(account?.name).toBe('Contoso (daemon)');
  });

  it.each([
    ['  Contoso (work)  ', 'Contoso (work)'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['Zürich – Büro 🏢\n', 'Zürich – Büro 🏢'],
  ])('accepts %j as %j (spaces and a line break around it trimmed)', async (name, kept) => {
    expect((await f.value('accounts.rename', { connectionId, name })).name).toBe(kept);
  });
});
