import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceCodePrompt } from '../../../preload/contract';
import { DeviceCodeDialog } from './DeviceCodeDialog';
import type { SignInFlow } from './use-device-code';

const start = Date.parse('2026-12-01T10:00:00Z');
const prompt = (expiresInMs: number): DeviceCodePrompt => ({
  flowId: 'flow-1',
  serviceId: 'graph',
  userCode: 'ABCD-EFGH',
  verificationUri: 'https://login.example.test/device',
  expiresAt: new Date(start + expiresInMs).toISOString(),
  message: 'Enter the code',
});

const show = (flow: SignInFlow, accountNeed?: string) =>
  render(
    <DeviceCodeDialog
      serviceLabel="Microsoft Graph"
      accountNeed={accountNeed}
      flow={flow}
      onCancel={async () => undefined}
      onRenew={() => {}}
    />,
  );
const timer = () => screen.getByRole('timer').textContent;
/** The clock moves on; the dialog re-reads it once a second. */
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the device code countdown', () => {
  beforeEach(() => {
    // Only the clock and the interval that reads it: Fluent's own timers stay real.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: start });
  });
  afterEach(() => vi.useRealTimers());

  it('counts down to the code’s expiry in minutes and seconds, every second', () => {
    show({ phase: 'waiting', prompt: prompt(15 * 60_000) });
    expect(screen.getByRole('group', { name: 'Device code' }).textContent).toBe('ABCD-EFGH');
    expect(timer()).toBe('Code expires in 15:00');
    wait(1_000);
    expect(timer()).toBe('Code expires in 14:59');
    wait(60_000);
    expect(timer()).toBe('Code expires in 13:59');
  });

  it('tells assistive technology once a minute, not every tick', () => {
    show({ phase: 'waiting', prompt: prompt(90_000) });
    const spoken = () => screen.getByText(/^Code expires in about/).textContent;
    expect(spoken()).toBe('Code expires in about 2 min');
    wait(29_000);
    expect(spoken()).toBe('Code expires in about 2 min');
    wait(2_000);
    expect(spoken()).toBe('Code expires in about 1 min');
  });

  it('says the code expired at 0:00, before the core does, and offers a new one', () => {
    show({ phase: 'waiting', prompt: prompt(2_000) });
    expect(timer()).toBe('Code expires in 0:02');
    expect(screen.queryByRole('button', { name: 'Get a new code' })).toBeNull();
    wait(2_000);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('This code has expired. Get a new code to try again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeTruthy();
  });

  it('shows no countdown once the flow ended with the code expired', () => {
    show({ phase: 'expired', prompt: prompt(60_000) });
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeTruthy();
  });
});

describe('the device code dialog says what it waits for, and stops when the flow did', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: start });
  });
  afterEach(() => vi.useRealTimers());

  it('names the kind of account the service needs, not always an admin', () => {
    show(
      { phase: 'waiting', prompt: prompt(15 * 60_000) },
      'An account that may read the audit log.',
    );
    expect(screen.getByText('An account that may read the audit log.')).toBeTruthy();
    expect(screen.queryByText(/admin account/)).toBeNull();
  });

  it('after a minute of waiting, says what “Need admin approval” in the browser means', () => {
    show({ phase: 'waiting', prompt: prompt(15 * 60_000) });
    const hint = () => screen.queryByText('Does the browser say “Need admin approval”?');
    wait(59_000);
    expect(hint()).toBeNull();
    wait(1_000);
    expect(hint()).toBeTruthy();
    expect(timer()).toBe('Code expires in 14:00'); // still waiting: an admin may use the code
  });

  it('once the flow stopped (declined), shows why instead of a countdown, and offers a new code', () => {
    show({
      phase: 'stopped',
      prompt: prompt(14 * 60_000),
      problem: {
        code: 'AADSTS65004',
        message: 'Consent was declined.',
        hint: 'Sign in again and accept the permissions, or ask an administrator.',
      },
    });
    expect(screen.getByText('Consent was declined.')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Device code' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});
