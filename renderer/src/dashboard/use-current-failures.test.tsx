import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Problem, ServiceState, ServiceStatus } from '../../../preload/contract';
import { useCurrentFailures, type PanelFailure } from './use-current-failures';

const needsAdmin: Problem = {
  code: 'AADSTS90094',
  message: 'An administrator must approve these permissions.',
};
const blocked: Problem = { code: 'AADSTS53003', message: 'Conditional Access blocked this.' };
const status = (state: ServiceState, problem?: Problem): ServiceStatus => ({
  serviceId: 'managementApi',
  cloud: 'sandbox',
  state,
  scopes: [],
  ...(problem ? { problem } : {}),
});

function panel(first: ServiceStatus, failure: Problem) {
  const dismiss = vi.fn();
  const failures: PanelFailure[] = [{ problem: failure, dismiss }];
  const hook = renderHook(({ now }) => useCurrentFailures(failures, now), {
    initialProps: { now: first },
  });
  const shown = () => hook.result.current.map((f) => f.problem.code);
  return { dismiss, shown, rerender: (now: ServiceStatus) => hook.rerender({ now }) };
}

describe('a panel’s own failures: one message per problem, cleared when it is gone', () => {
  it('a refused sign-in the service now tells itself is not told twice', () => {
    const p = panel(status('consent-needed', needsAdmin), needsAdmin);
    expect(p.shown()).toEqual([]);
  });

  it('is cleared once the service has moved on (an administrator granted the consent)', () => {
    const p = panel(status('consent-needed', needsAdmin), blocked);
    expect(p.shown()).toEqual(['AADSTS53003']);
    p.rerender(
      status('needs-sign-in', { code: 'consent_granted', message: 'An administrator granted…' }),
    );
    expect(p.shown()).toEqual([]);
    expect(p.dismiss).toHaveBeenCalled();
  });

  it('belongs to where the service settled, not to the sign-in that was running', () => {
    const p = panel(status('connecting'), blocked);
    p.rerender(status('disconnected'));
    expect(p.shown()).toEqual(['AADSTS53003']);
    // A later check that finds the service as it was changes nothing.
    p.rerender(status('disconnected'));
    expect(p.shown()).toEqual(['AADSTS53003']);
    expect(p.dismiss).not.toHaveBeenCalled();
    p.rerender(status('connected'));
    expect(p.shown()).toEqual([]);
    expect(p.dismiss).toHaveBeenCalled();
  });
});
