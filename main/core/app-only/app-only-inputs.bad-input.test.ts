/**
 * App-only sign-ins with a bad secret (and one bad value of each other field), sent as the
 * renderer sends them, through the router and the contract, to a real core: each answers the
 * words the dialog shows and what to give instead, before any request, and the store is byte
 * for byte as before (the connection already there keeps its secret).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppOnlyCredential, ServiceId } from '../../../preload/contract';
import { signInAppOnly, startCoreFixture, type CoreFixture } from '../testing/core-fixture';
import { inspectStoreDir } from '../testing/store-inspector';
import { testCertificate } from '../testing/test-certificate';

const copyValue = 'Copy the secret’s Value from Certificates & secrets in the app registration';
const oneLine = 'Paste the Value again on one line: a client secret has none of these.';
const invisible =
  'The client secret contains a space, a line break or another invisible character.';
const secret = (value: string): AppOnlyCredential => ({ kind: 'secret', secret: value });
const day = 86_400_000;

let f: CoreFixture;
let ec: { certificatePem: string; privateKeyPem: string };
beforeAll(async () => {
  f = await startCoreFixture();
  await signInAppOnly(f, 'graph', 'secret');
  ec = await testCertificate(new Date(Date.now() - day), new Date(Date.now() + day), 'ec');
});
afterAll(() => f.close());

type Row = [
  string,
  () => {
    serviceId?: ServiceId;
    tenant?: string;
    clientId?: string;
    credential: AppOnlyCredential;
  },
  string,
  string,
  string,
];

/** [what is wrong, the request's fields, the code, the message, a part of the hint]. */
const rows: Row[] = [
  [
    'an empty secret',
    () => ({ credential: secret('') }),
    'invalid_client_secret',
    'Enter the client secret.',
    copyValue,
  ],
  [
    'a secret of spaces',
    () => ({ credential: secret('     ') }),
    'invalid_client_secret',
    'The client secret is only spaces or line breaks.',
    copyValue,
  ],
  [
    'a secret of line breaks and tabs',
    () => ({ credential: secret('\r\n\t') }),
    'invalid_client_secret',
    'The client secret is only spaces or line breaks.',
    copyValue,
  ],
  [
    'a secret just over 1 KB',
    () => ({ credential: secret('x'.repeat(1025)) }),
    'invalid_client_secret',
    'The client secret is 1,025 characters long; an Entra client secret is about 40.',
    copyValue,
  ],
  [
    'a whole file pasted as the secret',
    () => ({ credential: secret('k'.repeat(20_000)) }),
    'invalid_client_secret',
    'The client secret is 20,000 characters long; an Entra client secret is about 40.',
    copyValue,
  ],
  [
    'a secret with a line break inside',
    () => ({ credential: secret(`${f.emulator.info.confidentialClient.secret}\nsecond line`) }),
    'invalid_client_secret',
    invisible,
    oneLine,
  ],
  [
    'a secret pasted twice, one per line',
    () => ({ credential: secret(`abc~DEF.123\nabc~DEF.123`) }),
    'invalid_client_secret',
    invisible,
    oneLine,
  ],
  [
    'a secret with a space inside',
    () => ({ credential: secret('abc~DEF 123') }),
    'invalid_client_secret',
    invisible,
    oneLine,
  ],
  [
    'the secret’s ID instead of its value',
    () => ({ credential: secret('6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b') }),
    'invalid_client_secret',
    'That is the secret’s ID (a GUID), not its value.',
    'Copy the Value column instead',
  ],
  [
    'a secret for SharePoint',
    () => ({ serviceId: 'sharepoint', credential: secret('abc~DEF.123') }),
    'sharepoint_refuses_secrets',
    'SharePoint Online refuses app-only tokens obtained with a client secret.',
    'Use a certificate',
  ],
  [
    'an EC certificate',
    () => ({ credential: { kind: 'certificate', ...ec } }),
    'invalid_certificate',
    'This is an EC (elliptic curve) key; Entra ID accepts only RSA keys for app-only sign-in.',
    'with an RSA key',
  ],
  [
    'an e-mail address as the tenant',
    () => ({ tenant: 'admin@contoso.onmicrosoft.com', credential: secret('abc~DEF.123') }),
    'invalid_tenant',
    '"admin@contoso.onmicrosoft.com" is an e-mail address; the tenant is the domain after the @.',
    'Type only the tenant: contoso.onmicrosoft.com',
  ],
];

describe('app-only sign-ins refused before any request; nothing is lost', () => {
  it.each(rows)('%s', async (_, fields, code, message, hint) => {
    const before = await inspectStoreDir(f.storeDir, f.cipher);
    const app = f.emulator.info.confidentialClient;
    const result = await f.invoke('signIn.appOnly', {
      serviceId: 'graph',
      cloud: 'sandbox',
      tenant: f.emulator.info.tenantId,
      clientId: app.clientId,
      ...fields(),
    });
    expect(result).toMatchObject({ ok: false, code, message });
    expect(!result.ok && result.hint).toContain(hint);
    expect(await inspectStoreDir(f.storeDir, f.cipher)).toEqual(before);
  });

  it('takes the real secret with a line break after it (trimmed)', async () => {
    const app = f.emulator.info.confidentialClient;
    const result = await f.invoke('signIn.appOnly', {
      serviceId: 'graph',
      cloud: 'sandbox',
      tenant: f.emulator.info.tenantId,
      clientId: app.clientId,
      credential: secret(`  ${app.secret}\r\n`),
    });
    expect(result).toMatchObject({ ok: true, value: { state: 'connected' } });
  });
});
