/**
 * The system browser's sign-in needs a loopback port for the browser to send its answer to
 * (MSAL's loopback server, `form_post`). Without a preferred port MSAL binds port 0, so the OS
 * chooses a free port as it binds and none can be taken in between; with one (the
 * `loopbackPort` option) a taken port is passed over. A port that cannot be bound at all ends
 * the sign-in with a clear message and a way forward, and leaves nothing listening.
 */
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectedWorld, type ConnectedWorld } from '../testing/connected-world';
import {
  loopbackPortOf,
  pendingFlowId,
  refusesConnections,
  stillPending,
} from '../testing/sign-in-leftovers';

let world: ConnectedWorld | undefined;
let holder: Server | undefined;
afterEach(async () => {
  await world?.close();
  await new Promise((resolve) => (holder ? holder.close(resolve) : resolve(undefined)));
  world = holder = undefined;
});

/** Another program listening on a loopback port: answers its number. */
async function takeAPort(): Promise<number> {
  holder = createServer((socket) => socket.end('not M365 Desk\n'));
  await new Promise<void>((resolve) => holder!.listen(0, '127.0.0.1', resolve));
  return (holder.address() as AddressInfo).port;
}

describe('fault: the system browser’s loopback port is taken or cannot be bound', () => {
  it('taken: another port is used, the sign-in completes, the program holding it is left alone', async () => {
    const taken = await takeAPort();
    const w = (world = await connectedWorld(3600, { loopbackPort: taken }));
    const before = await w.stored();
    w.browserSignsIn = true;
    const result = await w.signIn('system-browser');
    expect(result).toMatchObject({ ok: true, value: { state: 'connected' } });
    const used = loopbackPortOf(w.browserOpened[0]!);
    expect(used).not.toBe(taken);
    expect(holder!.listening).toBe(true);
    expect(await refusesConnections(used)).toBe(true); // closed once the answer came
    const after = await w.stored();
    expect(after.accounts).toEqual(before.accounts); // the same account, now for SharePoint too
  });

  it('cannot be bound: ends with a clear message and a way forward; nothing saved, nothing pending', async () => {
    // Port 65536 does not exist: the harness's way to make the loopback server's listen fail,
    // as a machine that forbids local ports would.
    const w = (world = await connectedWorld(3600, { loopbackPort: 65_536 }));
    const before = await w.stored();
    const result = await w.signIn('system-browser');
    expect(result).toMatchObject({
      ok: false,
      code: 'loopback_unavailable',
      message: expect.stringContaining('could not open a local port'),
      hint: expect.stringContaining('device code'),
    });
    expect(w.browserOpened).toEqual([]); // no browser sent to a port nobody listens on
    expect(await stillPending(w.f, await pendingFlowId(w.f))).toBe(false);
    expect(await w.stored()).toEqual(before);
    expect(await w.refreshGraph()).toMatchObject({ state: 'connected' });
  });
});
