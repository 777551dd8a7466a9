import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppCheckReport, Result, ServiceChoice } from '../../../preload/contract';
import { deferred, installFakeDesk } from '../test/fake-desk';
import { useAppCheck } from './use-app-check';

const services: ServiceChoice[] = [
  { serviceId: 'graph', level: 'minimal', includeApplication: false },
];
const report = (ok: boolean): AppCheckReport => ({
  clientId: 'app-1',
  ok,
  checks: [
    {
      id: 'public-client-flows',
      label: 'Public client flows are allowed',
      ok,
      detail: '',
      ...(ok ? {} : { fix: 'enable-public-client-flows' as const }),
    },
  ],
});
const refused = { ok: false as const, code: 'forbidden', message: 'You may not read it.' };

describe('useAppCheck: "Check my app" and its fixes', () => {
  it('is busy with the check until the report comes, then shows it', async () => {
    const answer = deferred<Result<AppCheckReport>>();
    const desk = installFakeDesk({ 'appSetup.check': () => answer.promise });
    const { result } = renderHook(() => useAppCheck());

    let checked: Promise<AppCheckReport | undefined>;
    act(() => {
      checked = result.current.check('app-1', services);
    });
    expect(result.current.busy).toBe('check');
    expect(desk.calls).toEqual([
      { command: 'appSetup.check', input: { clientId: 'app-1', services } },
    ]);

    await act(async () => answer.resolve({ ok: true, value: report(false) }));
    await expect(checked!).resolves.toEqual(report(false));
    expect(result.current).toMatchObject({ busy: undefined, report: report(false) });
  });

  it('names the fix that runs, and shows the report checked again', async () => {
    const answer = deferred<Result<AppCheckReport>>();
    const desk = installFakeDesk({ 'appSetup.fix': () => answer.promise });
    const { result } = renderHook(() => useAppCheck());

    act(() => void result.current.fix('app-1', services, 'enable-public-client-flows'));
    expect(result.current.busy).toBe('enable-public-client-flows');
    expect(desk.calls[0]?.input).toEqual({
      clientId: 'app-1',
      services,
      fix: 'enable-public-client-flows',
    });

    await act(async () => answer.resolve({ ok: true, value: report(true) }));
    expect(result.current).toMatchObject({ busy: undefined, report: report(true) });
  });

  it('says why it could not check, keeps the last report, and forgets the problem when asked', async () => {
    let answer: Result<AppCheckReport> = { ok: true, value: report(false) };
    installFakeDesk({ 'appSetup.check': () => answer });
    const { result } = renderHook(() => useAppCheck());
    await act(() => result.current.check('app-1', services));

    answer = refused;
    let checked: AppCheckReport | undefined;
    await act(async () => {
      checked = await result.current.check('app-1', services);
    });
    expect(checked).toBeUndefined();
    expect(result.current).toMatchObject({
      busy: undefined,
      report: report(false),
      problem: { code: 'forbidden', message: 'You may not read it.' },
    });

    act(() => result.current.dismissProblem());
    expect(result.current.problem).toBeUndefined();
    expect(result.current.report).toEqual(report(false));
  });

  it('starts a new check clean, and clear forgets the report too', async () => {
    let answer: Result<AppCheckReport> = refused;
    installFakeDesk({ 'appSetup.check': () => answer });
    const { result } = renderHook(() => useAppCheck());
    await act(() => result.current.check('app-1', services));
    expect(result.current.problem).toBeDefined();

    answer = { ok: true, value: report(true) };
    await act(() => result.current.check('app-1', services));
    await waitFor(() => expect(result.current.report).toEqual(report(true)));
    expect(result.current.problem).toBeUndefined();

    act(() => result.current.clear());
    expect(result.current).toMatchObject({ report: undefined, problem: undefined });
  });
});
