import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppSetupResult, CommandInput, Result, SetupStep } from '../../../preload/contract';
import { deferred, installFakeDesk } from '../test/fake-desk';
import { useAppSetupCreate } from './use-app-setup-create';

const input: CommandInput<'appSetup.create'> = {
  displayName: 'M365 Desk',
  services: [{ serviceId: 'graph', level: 'standard', includeApplication: false }],
  grantAdminConsent: true,
};
const step = (id: SetupStep['id'], state: SetupStep['state']): SetupStep => ({
  id,
  label: id,
  state,
});
const created = (steps: SetupStep[]): AppSetupResult => ({
  clientId: 'app-1',
  tenantId: 'tenant-1',
  displayName: 'M365 Desk',
  steps,
});

/** The hook over a fake core whose `appSetup.create` answers (its latest call) when the test says. */
function setUp() {
  const answers: ReturnType<typeof deferred<Result<AppSetupResult>>>[] = [];
  const answer = { resolve: (result: Result<AppSetupResult>) => answers.at(-1)!.resolve(result) };
  const desk = installFakeDesk({
    'appSetup.create': () => {
      answers.push(deferred<Result<AppSetupResult>>());
      return answers.at(-1)!.promise;
    },
  });
  const hook = renderHook(() => useAppSetupCreate());
  let outcome: Promise<AppSetupResult | undefined> = Promise.resolve(undefined);
  const start = () =>
    act(() => {
      outcome = hook.result.current.create(input);
    });
  return { desk, answer, hook, start, outcome: () => outcome };
}

describe('useAppSetupCreate: "Create it for me" and its progress', () => {
  it('shows each progress event while it runs, a step updated where it stands', () => {
    const { desk, hook, start } = setUp();
    act(() => desk.emit('appSetup.progress', step('resolve-permissions', 'running')));
    expect(hook.result.current.run).toEqual({ phase: 'idle' }); // not running: not ours

    start();
    expect(desk.calls).toEqual([{ command: 'appSetup.create', input }]);
    act(() => desk.emit('appSetup.progress', step('resolve-permissions', 'running')));
    act(() => desk.emit('appSetup.progress', step('create-application', 'running')));
    act(() => desk.emit('appSetup.progress', step('resolve-permissions', 'done')));
    expect(hook.result.current.run).toEqual({
      phase: 'running',
      steps: [step('resolve-permissions', 'done'), step('create-application', 'running')],
    });
  });

  it('ends with the answer’s steps, the final word', async () => {
    const { desk, answer, hook, start, outcome } = setUp();
    start();
    act(() => desk.emit('appSetup.progress', step('resolve-permissions', 'running')));
    const final = [step('resolve-permissions', 'done'), step('wait-for-replication', 'done')];
    await act(async () => answer.resolve({ ok: true, value: created(final) }));
    await expect(outcome()).resolves.toEqual(created(final));
    expect(hook.result.current.run).toEqual({
      phase: 'done',
      result: created(final),
      steps: final,
    });
  });

  it('keeps the events’ steps when the answer has none', async () => {
    const { desk, answer, hook, start } = setUp();
    start();
    act(() => desk.emit('appSetup.progress', step('create-application', 'done')));
    await act(async () => answer.resolve({ ok: true, value: created([]) }));
    expect(hook.result.current.run).toMatchObject({
      phase: 'done',
      steps: [step('create-application', 'done')],
    });
  });

  it('says why it failed, with the steps that ran', async () => {
    const { desk, answer, hook, start, outcome } = setUp();
    start();
    act(() => desk.emit('appSetup.progress', step('create-application', 'failed')));
    const problem = { code: 'Authorization_RequestDenied', message: 'Not allowed.' };
    await act(async () => answer.resolve({ ok: false, ...problem }));
    await expect(outcome()).resolves.toBeUndefined();
    expect(hook.result.current.run).toEqual({
      phase: 'failed',
      problem,
      steps: [step('create-application', 'failed')],
    });
  });

  it('Try again sends the same choices again; the stopped attempt’s app is finished, not doubled', async () => {
    const { desk, answer, hook, start } = setUp();
    start();
    const registered = { ...step('create-application', 'done'), appId: 'app-1' };
    act(() => desk.emit('appSetup.progress', registered));
    act(() => desk.emit('appSetup.progress', step('wait-for-replication', 'failed')));
    await act(async () =>
      answer.resolve({ ok: false, code: 'replication_timeout', message: 'Slow.' }),
    );

    let retried: Promise<AppSetupResult | undefined> = Promise.resolve(undefined);
    act(() => {
      retried = hook.result.current.retry();
    });
    expect(hook.result.current.run).toEqual({ phase: 'running', steps: [] });
    expect(desk.calls).toEqual([
      { command: 'appSetup.create', input },
      { command: 'appSetup.create', input: { ...input, resumeClientId: 'app-1' } },
    ]);
    await act(async () => answer.resolve({ ok: true, value: created([]) }));
    await expect(retried).resolves.toEqual(created([]));
  });

  it('Try again before anything was registered creates anew, with the same choices', async () => {
    const { desk, answer, hook, start } = setUp();
    start();
    act(() => desk.emit('appSetup.progress', step('create-application', 'failed')));
    await act(async () => answer.resolve({ ok: false, code: 'throttled', message: 'Busy.' }));
    act(() => void hook.result.current.retry());
    expect(desk.calls.map((c) => c.input)).toEqual([input, input]);
  });

  it('forgets a failure for a new attempt, but never an app it created', async () => {
    const { answer, hook, start } = setUp();
    start();
    await act(async () => answer.resolve({ ok: false, code: 'denied', message: 'No.' }));
    act(() => hook.result.current.forgetFailure());
    expect(hook.result.current.run).toEqual({ phase: 'idle' });

    start();
    await act(async () => answer.resolve({ ok: true, value: created([]) }));
    act(() => hook.result.current.forgetFailure());
    expect(hook.result.current.run.phase).toBe('done');
  });

  it('back at the form, an answer that comes late changes nothing', async () => {
    const { answer, hook, start, outcome } = setUp();
    start();
    act(() => hook.result.current.reset());
    await act(async () => answer.resolve({ ok: true, value: created([]) }));
    await expect(outcome()).resolves.toBeUndefined();
    expect(hook.result.current.run).toEqual({ phase: 'idle' });
  });
});
