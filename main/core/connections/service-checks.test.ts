/**
 * Checks answer in any order: only the newest word on a service reaches its panel, and a
 * caller whose check was overtaken gets that newer word.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceState, ServiceStatus } from '../../../preload/contract';
import { ServiceChecks } from './service-checks';

const status = (state: ServiceState, connectionId?: string): ServiceStatus => ({
  serviceId: 'graph',
  cloud: 'sandbox',
  state,
  scopes: [],
  ...(connectionId ? { connectionId } : {}),
});

/** A check the test answers when it likes. */
function pendingCheck() {
  let answer!: (status: ServiceStatus) => void;
  const promise = new Promise<ServiceStatus>((resolve) => (answer = resolve));
  return { run: () => promise, answer };
}

function checks() {
  const told: ServiceStatus[] = [];
  return { told, checks: new ServiceChecks((s) => told.push(s)) };
}

describe('the checks of a service', () => {
  it('tell the answer of a check nothing overtook, and remember it', async () => {
    const { told, checks: c } = checks();
    const check = pendingCheck();
    const answer = c.run('graph', check.run);
    expect(c.isRunning('graph')).toBe(true);
    check.answer(status('connected', 'a'));
    expect(await answer).toEqual(status('connected', 'a'));
    expect(told).toEqual([status('connected', 'a')]);
    expect(c.lastTold('graph')).toEqual(status('connected', 'a'));
    expect(c.isRunning('graph')).toBe(false);
  });

  it('do not tell a check that outlived what was said since (a disconnect)', async () => {
    const { told, checks: c } = checks();
    const check = pendingCheck();
    const answer = c.run('graph', check.run);
    c.tellNow(status('disconnected'));
    expect(c.isRunning('graph')).toBe(false);
    check.answer(status('connected', 'a'));
    // Its caller is told what is true now, not what the old check found.
    expect(await answer).toEqual(status('disconnected'));
    expect(told).toEqual([status('disconnected')]);
  });

  it('tell only the newer of two checks, whichever answers first', async () => {
    const { told, checks: c } = checks();
    const older = pendingCheck();
    const newer = pendingCheck();
    const first = c.run('graph', older.run);
    const second = c.run('graph', newer.run);
    older.answer(status('error', 'a'));
    newer.answer(status('connected', 'a'));
    expect(await first).toEqual(status('connected', 'a'));
    expect(await second).toEqual(status('connected', 'a'));
    expect(told).toEqual([status('connected', 'a')]);
  });

  it('keep each service apart', async () => {
    const { told, checks: c } = checks();
    const graph = pendingCheck();
    const answer = c.run('graph', graph.run);
    c.tellNow({ ...status('disconnected'), serviceId: 'entra' });
    graph.answer(status('connected', 'a'));
    expect(await answer).toEqual(status('connected', 'a'));
    expect(told.map((s) => [s.serviceId, s.state])).toEqual([
      ['entra', 'disconnected'],
      ['graph', 'connected'],
    ]);
  });
});
