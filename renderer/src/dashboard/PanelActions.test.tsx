import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ServiceState } from '../../../preload/contract';
import { PanelActions } from './PanelActions';

const handlers = () => ({
  onConnect: vi.fn(),
  onChangeUrl: vi.fn(),
  onSignInAgain: vi.fn(),
  onGrantConsent: vi.fn(),
  onCancelSignIn: vi.fn(),
  onRefresh: vi.fn(),
  onDisconnect: vi.fn(),
  onTokenDetails: vi.fn(),
});

const show = (state: ServiceState, hasSession: boolean, busy?: 'refresh' | 'disconnect') => {
  const on = handlers();
  render(
    <PanelActions state={state} hasSession={hasSession} hasTokenDetails busy={busy} {...on} />,
  );
  const buttons = screen.queryAllByRole('button');
  return { on, buttons, names: buttons.map((button) => button.textContent) };
};

describe('a panel’s next action, per service state', () => {
  // The first button is the one next step; the rest are what the session also allows.
  it.each<[ServiceState, boolean, string[]]>([
    ['disconnected', false, ['Connect']],
    ['disconnected', true, ['Connect', 'Disconnect']],
    ['connecting', false, ['Cancel']],
    ['connecting', true, ['Cancel']],
    ['connected', true, ['Refresh', 'Token details', 'Disconnect']],
    // Signed in but refused (the way forward, another account, sits in its notice): Refresh
    // once a role is given, and the token that shows what does work.
    ['access-denied', true, ['Refresh', 'Token details', 'Disconnect']],
    ['needs-sign-in', true, ['Sign in again', 'Disconnect']],
    ['consent-needed', true, ['Grant consent', 'Sign in again', 'Disconnect']],
    ['consent-needed', false, ['Grant consent', 'Sign in again']],
    ['error', true, ['Refresh', 'Disconnect']],
    ['error', false, ['Refresh']],
    // Not a dead end: another URL, or this service removed alone.
    ['not-available', true, ['Change URL', 'Remove']],
    ['not-available', false, []],
  ])('%s (account held: %s) offers %j', (state, hasSession, expected) => {
    expect(show(state, hasSession).names).toEqual(expected);
  });

  it.each<[ServiceState, string, keyof ReturnType<typeof handlers>]>([
    ['disconnected', 'Connect', 'onConnect'],
    ['connecting', 'Cancel', 'onCancelSignIn'],
    ['needs-sign-in', 'Sign in again', 'onSignInAgain'],
    ['consent-needed', 'Grant consent', 'onGrantConsent'],
    ['error', 'Refresh', 'onRefresh'],
    ['connected', 'Token details', 'onTokenDetails'],
    ['connected', 'Disconnect', 'onDisconnect'],
    ['access-denied', 'Refresh', 'onRefresh'],
    ['not-available', 'Change URL', 'onChangeUrl'],
    ['not-available', 'Remove', 'onDisconnect'],
  ])('%s: %s does what it says', (state, name, handler) => {
    const { on } = show(state, true);
    fireEvent.click(screen.getByRole('button', { name }));
    expect(on[handler]).toHaveBeenCalledOnce();
    for (const [other, fn] of Object.entries(on)) {
      if (other !== handler) expect(fn).not.toHaveBeenCalled();
    }
  });

  it('offers no Change URL where the service has no URL (Viva Engage not in the tenant)', () => {
    const { onChangeUrl: _none, ...on } = handlers();
    render(
      <PanelActions state="not-available" hasSession hasTokenDetails busy={undefined} {...on} />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Remove']);
  });

  it('offers no token details before the first check has brought them', () => {
    render(
      <PanelActions
        state="connected"
        hasSession
        hasTokenDetails={false}
        busy={undefined}
        {...handlers()}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Refresh',
      'Disconnect',
    ]);
  });

  it('holds the other actions while one runs', () => {
    show('connected', true, 'refresh');
    for (const name of ['Refresh', 'Disconnect']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    expect(
      screen.getByRole('button', { name: 'Token details' }).hasAttribute('aria-disabled'),
    ).toBe(false);
  });

  it('connecting by a sign-in nobody here can cancel: no Cancel that would do nothing', () => {
    render(
      <PanelActions
        state="connecting"
        hasSession={false}
        hasTokenDetails={false}
        busy={undefined}
        {...handlers()}
        onCancelSignIn={undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
