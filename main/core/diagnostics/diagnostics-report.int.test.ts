/**
 * The diagnostics report after a real run: a device code sign-in, app-only with a secret and
 * with a certificate, a proxy with a password. The leak scan looks in the report (copied and
 * saved) for every token the emulator issued, the client secret, the private key, the users'
 * passwords and the proxy's password, and finds none; and it does find one planted there.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileSaver } from '../ports';
import { findLeaks, pemSecret, textSecret, type Haystack, type Secret } from '../testing/leak-scan';
import {
  signInAppOnly,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  valueOf,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture;
afterEach(async () => f?.close());

const PROXY_PASSWORD = 'Proxy-Pa55word-not-for-reports';

class RecordingSaver implements FileSaver {
  saved: { suggestedName: string; data: Uint8Array }[] = [];
  async save(request: { suggestedName: string; data: Uint8Array }) {
    this.saved.push(request);
    return { saved: true, fileName: `/tmp/${request.suggestedName}` };
  }
}

function secretsOfTheRun(): Secret[] {
  const app = f.emulator.info.confidentialClient;
  return [
    ...f.emulator.control.issuedTokens().map((t, i) => textSecret(`token #${i + 1}`, t)),
    textSecret('client secret', app.secret),
    pemSecret('private key', readFileSync(app.keyFile, 'utf8')),
    ...f.emulator.info.users.map((u) => textSecret(`password of ${u.upn}`, u.password)),
    textSecret('proxy password', PROXY_PASSWORD),
  ];
}

const hay = (where: string, text: string): Haystack => ({ where, bytes: Buffer.from(text) });

describe('the diagnostics report', () => {
  it('describes every connection and holds no token, secret, private key or password', async () => {
    const saver = new RecordingSaver();
    f = await startCoreFixture({ fileSaver: saver });
    const admin = userWithRole(f, 'Global Administrator');
    valueOf(await signInByDeviceCode(f, 'graph', admin.upn));
    await signInAppOnly(f, 'entra', 'secret');
    // The same app with a certificate is the same app-only connection: read the report between.
    const withSecret = (await f.value('app.diagnostics', {})).text;
    expect(withSecret).toContain('Signed in with: secret');
    await signInAppOnly(f, 'graph', 'certificate');
    valueOf(
      await f.invoke('settings.proxy.set', {
        proxyUrl: `http://alice:${PROXY_PASSWORD}@proxy.invalid:3128`,
      }),
    );

    const { text } = await f.value('app.diagnostics', {});
    expect(valueOf(await f.invoke('app.saveDiagnostics', {}))).toMatchObject({ saved: true });
    const file = Buffer.from(saver.saved[0]!.data).toString('utf8');

    const secrets = secretsOfTheRun();
    expect(secrets.length).toBeGreaterThan(6);
    const reports = [hay('report', withSecret), hay('copied report', text), hay('saved', file)];
    expect(findLeaks(secrets, reports)).toEqual([]);
    // And it says what support needs.
    expect(text).toContain(`Node: ${process.versions.node}`);
    expect(text).toContain('Electron: not known (the chromium-bridge host');
    expect(text).toMatch(/Keystore: \S+/);
    expect(text).toContain('Proxy: http://alice:•••@proxy.invalid:3128 (from the setting)');
    expect(text).toContain(`App id: ${f.emulator.info.confidentialClient.clientId}`);
    expect(text).toContain(`(delegated, ${admin.upn})`);
    expect(text).toContain('Signed in with: device-code');
    expect(text).toContain('Signed in with: certificate');
    expect(text).toMatch(/Signed in at: \d{4}-\d\d-\d\dT/);
    expect(text).toMatch(/Token expires: \d{4}-\d\d-\d\dT/);
    expect(text).toContain('Last problem: none');
    expect(file).toContain('App version:');
  });

  it("keeps Entra's AADSTS code, trace id, correlation id and time of the last failure", async () => {
    f = await startCoreFixture();
    f.emulator.control.setAccessTokenLifetime(120); // the next check needs the refresh token
    const upn = userWithRole(f, 'Global Administrator').upn;
    valueOf(await signInByDeviceCode(f, 'graph', upn));
    f.emulator.control.revokeRefreshTokens(upn);
    await f.value('service.refresh', { serviceId: 'graph' });
    await f.restart(); // kept with the connection, not only in memory
    const { text } = await f.value('app.diagnostics', {});
    const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
    expect(text).toContain('Last problem: AADSTS50173');
    expect(text).toContain('AADSTS code: AADSTS50173');
    expect(text).toMatch(new RegExp(`Trace id: ${guid}`));
    expect(text).toMatch(new RegExp(`Correlation id: ${guid}`));
    expect(text).toMatch(/Time: \d{4}-\d\d-\d\d[ T]\d\d:\d\d/);
    expect(findLeaks(secretsOfTheRun(), [hay('report', text)])).toEqual([]);
  });

  it('the scan is not blind: a token planted in the report is found', async () => {
    f = await startCoreFixture();
    valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
    const { text } = await f.value('app.diagnostics', {});
    const token = f.emulator.control.issuedTokens()[0]!;
    const planted = `${text}\nDebug: ${token}`;
    const leaks = findLeaks(secretsOfTheRun(), [hay('planted report', planted)]);
    expect(leaks.map((l) => l.where)).toEqual(['planted report']);
  });
});
