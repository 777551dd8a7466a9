import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeviceCodePrompt, Result, SetupSession } from '../../../preload/contract';
import { deferred, installFakeDesk } from '../test/fake-desk';
import { useSetupSession } from './use-setup-session';

const admin: SetupSession = {
  cloud: 'sandbox',
  username: 'admin@contoso.example',
  displayName: 'Adele Vance',
  tenantId: 'tenant-1',
  canGrantAdminConsent: true,
  canGrantGraphAppRoles: true,
  roles: ['Global Administrator'],
};
const prompt = (serviceId: DeviceCodePrompt['serviceId'], expiresInMs: number) => ({
  flowId: `flow-${serviceId}`,
  serviceId,
  userCode: 'ABCD-EFGH',
  verificationUri: 'https://login.example.test/device',
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  message: 'Enter the code',
});

/** The setup sign-in over a fake core whose `appSetup.signIn` answers when the test says. */
async function setUp() {
  const answer = deferred<Result<SetupSession>>();
  const desk = installFakeDesk({
    'appSetup.session': () => ({ ok: true, value: null }),
    'appSetup.signIn': () => answer.promise,
    'signIn.cancel': () => ({ ok: true, value: { cancelled: true } }),
  });
  const hook = renderHook(() => useSetupSession());
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  const signIn = () =>
    act(() => hook.result.current.signIn({ cloud: 'sandbox', method: 'device-code' }));
  return { desk, answer, hook, signIn };
}

describe('useSetupSession: the wizard’s own sign-in by device code', () => {
  it('shows the code sent for Entra only, then who is signed in', async () => {
    const { desk, answer, hook, signIn } = await setUp();
    expect(hook.result.current.session).toBeUndefined();
    signIn();
    expect(hook.result.current.signingIn).toBe(true);
    expect(hook.result.current.deviceCode).toMatchObject({ phase: 'starting', renewing: false });

    act(() => desk.emit('signIn.deviceCode', prompt('graph', 60_000))); // a panel's sign-in
    expect(hook.result.current.deviceCode.phase).toBe('starting');
    const code = prompt('entra', 60_000);
    act(() => desk.emit('signIn.deviceCode', code));
    expect(hook.result.current.deviceCode).toEqual({ phase: 'waiting', prompt: code });

    await act(async () => answer.resolve({ ok: true, value: admin }));
    expect(hook.result.current).toMatchObject({
      session: admin,
      signingIn: false,
      deviceCode: { phase: 'idle' },
      problem: undefined,
    });
  });

  it('keeps the dialog open to offer a new code when the code ran out', async () => {
    const { desk, answer, hook, signIn } = await setUp();
    signIn();
    const code = prompt('entra', 1_000); // within the clock slack: as good as expired
    act(() => desk.emit('signIn.deviceCode', code));
    await act(async () =>
      answer.resolve({ ok: false, code: 'expired_token', message: 'The code expired.' }),
    );
    expect(hook.result.current.deviceCode).toEqual({ phase: 'expired', prompt: code });
    expect(hook.result.current.problem).toBeUndefined();
  });

  it('says why otherwise, and closes the dialog', async () => {
    const { desk, answer, hook, signIn } = await setUp();
    signIn();
    act(() => desk.emit('signIn.deviceCode', prompt('entra', 10 * 60_000)));
    await act(async () =>
      answer.resolve({ ok: false, code: 'AADSTS53003', message: 'Blocked by Conditional Access.' }),
    );
    expect(hook.result.current.deviceCode).toEqual({ phase: 'idle' });
    expect(hook.result.current.problem).toEqual({
      code: 'AADSTS53003',
      message: 'Blocked by Conditional Access.',
    });
  });

  it('cancelled before the code came: cancels that flow as soon as it is known', async () => {
    const { desk, hook, signIn } = await setUp();
    signIn();
    await act(() => hook.result.current.cancel());
    expect(hook.result.current.deviceCode).toMatchObject({ cancelRequested: true });
    act(() => desk.emit('signIn.deviceCode', prompt('entra', 60_000)));
    expect(desk.calls.at(-1)).toEqual({
      command: 'signIn.cancel',
      input: { flowId: 'flow-entra' },
    });
    expect(hook.result.current.deviceCode.phase).toBe('starting');
  });
});
