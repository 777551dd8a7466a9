import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../preload/contract';
import { deferred } from '../test/fake-desk';
import { useCommand, useCommandSet, type CommandOptions } from './use-command';

const refused: Problem = { code: 'forbidden', message: 'Not allowed.' };
const other: Problem = { code: 'offline', message: 'No answer.' };

/** A command whose answers the test gives one run at a time. */
function setUp(options?: CommandOptions) {
  let answer = deferred<Problem | undefined>();
  const seen: string[] = [];
  const hook = renderHook(
    ({ tag }: { tag: string }) =>
      useCommand((value: string) => {
        seen.push(`${tag}:${value}`);
        return answer.promise;
      }, options),
    { initialProps: { tag: 'first' } },
  );
  let ran: Promise<boolean> = Promise.resolve(false);
  const run = (value = 'x') => {
    answer = deferred();
    act(() => {
      ran = hook.result.current.run(value);
    });
  };
  const settle = async (problem: Problem | undefined) => {
    await act(async () => answer.resolve(problem));
    return ran;
  };
  return { hook, run, settle, seen };
}

describe('useCommand: one write, its pending and failed states', () => {
  it('is running until the answer, and went through when it answers without a problem', async () => {
    const { hook, run, settle } = setUp();
    expect(hook.result.current).toMatchObject({ running: false, problem: undefined });
    run();
    expect(hook.result.current.running).toBe(true);
    await expect(settle(undefined)).resolves.toBe(true);
    expect(hook.result.current).toMatchObject({ running: false, problem: undefined });
  });

  it('keeps the problem it answered with until dismissed', async () => {
    const { hook, run, settle } = setUp();
    run();
    await expect(settle(refused)).resolves.toBe(false);
    expect(hook.result.current).toMatchObject({ running: false, problem: refused });
    act(() => hook.result.current.dismiss());
    expect(hook.result.current.problem).toBeUndefined();
  });

  it.each<[string, CommandOptions | undefined, Problem | undefined]>([
    ['starts each run clean by default', undefined, undefined],
    ['leaves a form’s refusal up while it runs again', { keepProblemWhileRunning: true }, refused],
  ])('%s', async (_, options, whileRunning) => {
    const { hook, run, settle } = setUp(options);
    run();
    await settle(refused);
    run();
    expect(hook.result.current.problem).toEqual(whileRunning);
    await settle(other);
    expect(hook.result.current.problem).toEqual(other); // the new answer replaces it
  });

  it('keeps one run function across renders, calling the latest action', async () => {
    const { hook, run, settle, seen } = setUp();
    const first = hook.result.current.run;
    hook.rerender({ tag: 'second' });
    expect(hook.result.current.run).toBe(first);
    run('a');
    await settle(undefined);
    expect(seen).toEqual(['second:a']);
  });
});

describe('useCommandSet: several writes sharing one problem line', () => {
  it('names the one under way, and each answer replaces the last problem', async () => {
    const { result } = renderHook(() => useCommandSet<'refresh' | 'disconnect'>());
    const refresh = deferred<Problem | undefined>();
    let done: Promise<boolean> = Promise.resolve(true);
    act(() => {
      done = result.current.run('refresh', () => refresh.promise);
    });
    expect(result.current.running).toBe('refresh');
    await act(async () => refresh.resolve(refused));
    await expect(done).resolves.toBe(false);
    expect(result.current).toMatchObject({ running: undefined, problem: refused });

    await act(() => result.current.run('disconnect', async () => undefined));
    expect(result.current).toMatchObject({ running: undefined, problem: undefined });
  });
});
