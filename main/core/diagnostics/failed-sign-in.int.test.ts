/**
 * A new sign-in that fails before there is a connection (device code, the sign-in window,
 * app-only with a secret) is in the diagnostics report as a failed sign-in, with Entra's AADSTS
 * code, trace id, correlation id and time; the next attempt's result replaces it, and its
 * success clears it. The report holds no token, secret or password meanwhile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks, textSecret, type Secret } from '../testing/leak-scan';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';
import {
  nextDeviceCode,
  signInAppOnly,
  signInByDeviceCode,
  startCoreFixture,
  userWithRole,
  type CoreFixture,
} from '../testing/core-fixture';

let f: CoreFixture | undefined;
let world: ConnectedWorld | undefined;
afterEach(async () => {
  await f?.close();
  await world?.close();
  f = world = undefined;
});

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function secretsOf(core: CoreFixture): Secret[] {
  return [
    ...core.emulator.control.issuedTokens().map((t, i) => textSecret(`token #${i + 1}`, t)),
    textSecret('client secret', core.emulator.info.confidentialClient.secret),
    ...core.emulator.info.users.map((u) => textSecret(`password of ${u.upn}`, u.password)),
  ];
}

/** The report's section on failed sign-ins (empty when it has none), and the whole report. */
async function report(core: CoreFixture) {
  const { text } = await core.value('app.diagnostics', {});
  expect(findLeaks(secretsOf(core), [{ where: 'report', bytes: Buffer.from(text) }])).toEqual([]);
  const start = text.indexOf('Failed sign-in');
  return { text, failed: start < 0 ? '' : text.slice(start) };
}

function expectFailure(failed: string, aadsts: number) {
  expect(failed).toContain(`Last problem: AADSTS${aadsts}`);
  expect(failed).toContain(`AADSTS code: AADSTS${aadsts}`);
  expect(failed).toMatch(new RegExp(`Trace id: ${GUID}`));
  expect(failed).toMatch(new RegExp(`Correlation id: ${GUID}`));
  expect(failed).toMatch(/Time: \d{4}-\d\d-\d\d[ T]\d\d:\d\d/);
}

describe('a failed new sign-in in the diagnostics report', () => {
  it('by device code: kept, replaced by the next attempt, cleared when one succeeds', async () => {
    const core = (f = await startCoreFixture());
    const upn = userWithRole(core, 'Global Administrator').upn;
    const clientId = core.emulator.info.publicClientId;
    core.emulator.control.failSignIn(50076, 1);
    const pending = core.invoke('signIn.deviceCode', { serviceId: 'graph', cloud: 'sandbox' });
    await nextDeviceCode(core);
    expect(await pending).toMatchObject({ ok: false, code: 'AADSTS50076' });

    const first = await report(core);
    expect(first.text).toContain('Connections: none');
    expect(first.failed).toContain(
      `Failed sign-in: new sign-in to Microsoft Graph with app ${clientId}`,
    );
    expect(first.failed).toContain('Tried with: device-code');
    expectFailure(first.failed, 50076);

    core.emulator.control.failSignIn(53000, 1);
    expect(await signInByDeviceCode(core, 'graph', upn)).toMatchObject({ code: 'AADSTS53000' });
    const second = await report(core);
    expectFailure(second.failed, 53000);
    expect(second.text).not.toContain('AADSTS50076');

    expect(await signInByDeviceCode(core, 'graph', upn)).toMatchObject({ ok: true });
    const third = await report(core);
    expect(third.failed).toBe('');
    expect(third.text).not.toContain('AADSTS53000');
    expect(third.text).toContain('Last problem: none');
  });

  it('app-only with a secret: kept with the app and tenant, cleared when it connects', async () => {
    const core = (f = await startCoreFixture());
    const { clientId } = core.emulator.info.confidentialClient;
    core.emulator.control.failSignIn(7000112, 1);
    await expect(signInAppOnly(core, 'entra', 'secret')).rejects.toThrow(/AADSTS7000112/);

    const { failed } = await report(core);
    expect(failed).toContain(`Failed sign-in: new sign-in to Entra ID with app ${clientId}`);
    expect(failed).toContain(`Tenant: ${core.emulator.info.tenantId}, cloud sandbox`);
    expect(failed).toContain('Tried with: secret');
    expectFailure(failed, 7000112);

    await signInAppOnly(core, 'entra', 'secret');
    expect((await report(core)).failed).toBe('');
  });

  it('in the sign-in window, refused by Conditional Access (AADSTS53000): kept', async () => {
    const w = (world = await connectedWorld());
    w.f.emulator.control.failSignIn(53000, 1);
    expect(await w.signIn('in-app-window')).toMatchObject({ ok: false, code: 'AADSTS53000' });
    const { failed } = await report(w.f);
    expect(failed).toContain('Failed sign-in: new sign-in to SharePoint Online with app');
    expect(failed).toContain('Tried with: in-app-window');
    expectFailure(failed, 53000);
  });
});
