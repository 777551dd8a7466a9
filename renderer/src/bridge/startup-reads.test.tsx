/**
 * The first screen's reads leave before React renders, and are used once: by the first render
 * when they are in by then, else by the hook's effect; a retry asks the core again. Each test
 * loads the module afresh (it holds the page's one set of start-up reads).
 */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, Result, ServicePanel } from '../../../preload/contract';
import { deferred, installFakeDesk } from '../test/fake-desk';

const info: AppInfo = {
  version: '1.2.3',
  host: 'electron',
  clouds: [],
  defaultCloud: 'sandbox',
  tokenStorage: 'test',
  notices: [],
  signInMethods: [],
};

async function freshModules() {
  vi.resetModules();
  return {
    reads: await import('./startup-reads'),
    query: await import('./use-command-query'),
  };
}

beforeEach(() => vi.useRealTimers());
afterEach(() => vi.useRealTimers());

describe('start-up reads', () => {
  it('asks app.info and service.list once each, and hands each answer out once', async () => {
    const desk = installFakeDesk({
      'app.info': () => ({ ok: true, value: info }),
      'service.list': () => ({ ok: true, value: [] }),
    });
    const { reads } = await freshModules();
    reads.askStartupReads();
    expect(desk.calls.map((c) => c.command).sort()).toEqual(['app.info', 'service.list']);
    await reads.startupReadsAnswered(1_000);
    expect(reads.peekStartupAnswer('app.info')).toEqual({ ok: true, value: info });
    await expect(reads.takeStartupAnswer('app.info')).resolves.toEqual({ ok: true, value: info });
    expect(reads.takeStartupAnswer('app.info')).toBeUndefined();
    expect(reads.peekStartupAnswer('app.info')).toBeUndefined();
    // A read an event keeps current is not handed out without what the event said.
    expect(reads.takeStartupAnswer('service.list')).toBeUndefined();
    expect(reads.takeStartupRead('service.list')).toBeDefined();
  });

  it('keeps what service.changed said between the question and the take, and no more', async () => {
    const desk = installFakeDesk({ 'service.list': () => ({ ok: true, value: [] }) });
    const { reads } = await freshModules();
    reads.askStartupReads();
    const early = { serviceId: 'graph', state: 'connected' } as never;
    desk.emit('service.changed', early);
    const taken = reads.takeStartupRead('service.list')!;
    desk.emit('service.changed', { serviceId: 'entra', state: 'connected' } as never);
    expect(taken.heard).toEqual([early]);
  });

  it('stops waiting at the limit when the core is slow to answer', async () => {
    const slowInfo = deferred<Result<AppInfo>>();
    const slowList = deferred<Result<ServicePanel[]>>();
    installFakeDesk({ 'app.info': () => slowInfo.promise, 'service.list': () => slowList.promise });
    const { reads } = await freshModules();
    vi.useFakeTimers();
    reads.askStartupReads();
    let waited = false;
    void reads.startupReadsAnswered(250).then(() => (waited = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(waited).toBe(true);
    expect(reads.peekStartupAnswer('app.info')).toBeUndefined();
  });
});

describe('useCommandQuery with a start-up read', () => {
  it('renders the answer in its first render, and does not ask again', async () => {
    const desk = installFakeDesk({
      'app.info': () => ({ ok: true, value: info }),
      'service.list': () => ({ ok: true, value: [] }),
    });
    const { reads, query } = await freshModules();
    reads.askStartupReads();
    await reads.startupReadsAnswered(1_000);
    const states: string[] = [];
    const { result } = renderHook(() => {
      const [load, retry] = query.useCommandQuery('app.info');
      states.push(load.state);
      return retry;
    });
    expect(states[0]).toBe('done');
    await waitFor(() => expect(desk.calls.filter((c) => c.command === 'app.info')).toHaveLength(1));
    // Retry is a new question to the core, not the start-up answer again.
    result.current();
    await waitFor(() => expect(desk.calls.filter((c) => c.command === 'app.info')).toHaveLength(2));
  });

  it('takes the start-up answer in its effect when it came after the first render', async () => {
    const later = deferred<Result<AppInfo>>();
    const desk = installFakeDesk({
      'app.info': () => later.promise,
      'service.list': () => ({ ok: true, value: [] }),
    });
    const { reads, query } = await freshModules();
    reads.askStartupReads();
    const { result } = renderHook(() => query.useCommandQuery('app.info')[0]);
    expect(result.current.state).toBe('pending');
    later.resolve({ ok: true, value: info });
    await waitFor(() => expect(result.current).toEqual({ state: 'done', value: info }));
    expect(desk.calls.filter((c) => c.command === 'app.info')).toHaveLength(1);
  });
});
