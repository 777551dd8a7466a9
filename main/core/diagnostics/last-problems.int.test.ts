/**
 * Where a connection's last problem is kept: under its own key of the settings file, so a
 * failing service never rewrites the connections; and an older store, which kept it inside the
 * connection's record, still loads with its last problem in the report.
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

let f: CoreFixture;
afterEach(async () => f?.close());

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const settingsFile = () => join(f.storeDir, 'm365-desk.json');
const settings = () => JSON.parse(readFileSync(settingsFile(), 'utf8')) as Record<string, unknown>;

async function graphConnected() {
  f = await startCoreFixture();
  f.emulator.control.setAccessTokenLifetime(120); // the next check renews the token
  valueOf(await signInByDeviceCode(f, 'graph', userWithRole(f, 'Global Administrator').upn));
}

describe("a connection's last problem", () => {
  it('is kept under its own key: the failing check leaves the connections as they were', async () => {
    await graphConnected();
    const accounts = settings().accounts;
    f.emulator.control.failSignIn(700016, 1); // the app is not in the tenant: no new sign-in asked
    const status = await f.value('service.refresh', { serviceId: 'graph' });
    expect(status.problem?.code).toBe('AADSTS700016');
    await f.restart(); // what was noted is on disk by the time the app has closed

    expect(settings().accounts).toEqual(accounts);
    expect(JSON.stringify(settings().lastProblems)).toContain('AADSTS700016');
    const { text } = await f.value('app.diagnostics', {});
    expect(text).toContain('Last problem: AADSTS700016');
    expect(text).toMatch(new RegExp(`Trace id: ${GUID}`));
  });

  it('of an older store, kept inside the connection, still loads and is in the report', async () => {
    await graphConnected();
    await f.core.close();
    const older = settings();
    const [account, ...others] = older.accounts as Record<string, unknown>[];
    const lastProblem = {
      code: 'AADSTS50076',
      message: 'You must use multi-factor authentication to reach this service.',
      aadsts: 'AADSTS50076',
      traceId: '0a1b2c3d-0000-4000-8000-123456789abc',
      correlationId: '9f8e7d6c-0000-4000-8000-cba987654321',
      at: '2026-11-30 09:12:44Z',
    };
    const accounts = [{ ...account, lastProblem }, ...others];
    writeFileSync(settingsFile(), JSON.stringify({ ...older, accounts }, undefined, '\t'));
    await f.restart();

    expect((await f.value('accounts.list', {})).map((a) => a.id)).toEqual([account!.id]);
    const { text } = await f.value('app.diagnostics', {});
    expect(text).toContain(`Last problem: AADSTS50076: ${lastProblem.message}`);
    expect(text).toContain(`Trace id: ${lastProblem.traceId}`);
    expect(text).toContain(`Correlation id: ${lastProblem.correlationId}`);
    expect(text).toContain(`Time: ${lastProblem.at}`);
  });
});
