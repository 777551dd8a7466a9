import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Problem, ServicePanel, ServiceState } from '../../../preload/contract';
import { PanelNotices } from './PanelNotices';

const panel = (state: ServiceState, problem?: Problem): ServicePanel => ({
  serviceId: 'managementApi',
  label: 'Office 365 Management APIs',
  description: 'Audit logs',
  appOnlySupported: true,
  needsSiteUrl: false,
  status: {
    serviceId: 'managementApi',
    cloud: 'sandbox',
    state,
    scopes: [],
    ...(problem ? { problem } : {}),
  },
});

const show = (
  state: ServiceState,
  problem: Problem,
  reasonOnAccount = false,
  toldInDialog?: (code: string) => boolean,
) => {
  const onUseAnotherAccount = vi.fn();
  const { container } = render(
    <PanelNotices
      panel={panel(state, problem)}
      state={state}
      failures={[]}
      reasonOnAccount={reasonOnAccount}
      onUseAnotherAccount={onUseAnotherAccount}
      toldInDialog={toldInDialog}
    />,
  );
  return { container, onUseAnotherAccount };
};

describe('what a panel tells before the person acts', () => {
  it('a refusal for the role offers another account, beside what it answers', () => {
    const { onUseAnotherAccount } = show('access-denied', {
      code: 'insufficient_user_rights',
      message: 'Megan Bowen is signed in, but may not read the audit log.',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use another account' }));
    expect(onUseAnotherAccount).toHaveBeenCalledOnce();
  });

  it('consent granted is good news, not a warning', () => {
    const { container } = show('needs-sign-in', {
      code: 'consent_granted',
      message: 'An administrator granted the permissions.',
    });
    const bar = container.querySelector('[data-problem-code="consent_granted"]');
    expect(bar?.getAttribute('data-intent')).toBe('success');
  });

  it('a reason the account tells (under Accounts) is not told again on the panel', () => {
    const reason = { code: 'AADSTS700082', message: 'Your sign-in expired.' };
    show('needs-sign-in', reason, true);
    expect(screen.queryByText('Your sign-in expired.')).toBeNull();
  });

  it('a problem an open dialog tells is not told again behind it; others still are', () => {
    const declined = { code: 'AADSTS65004', message: 'Consent was declined.' };
    show('consent-needed', declined, false, (code) => code === 'AADSTS65004');
    expect(screen.queryByText('Consent was declined.')).toBeNull();
    show('consent-needed', declined, false, (code) => code === 'AADSTS65001');
    expect(screen.getByText('Consent was declined.')).toBeTruthy();
  });
});
