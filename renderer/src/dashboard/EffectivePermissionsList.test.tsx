import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceStatus } from '../../../preload/contract';
import { ConnectionDetails } from './ConnectionDetails';

/** A plain user on the Management APIs: the token carries the permission, the role is short. */
const refused: ServiceStatus = {
  serviceId: 'managementApi',
  cloud: 'sandbox',
  state: 'access-denied',
  scopes: ['ActivityFeed.Read'],
  effective: {
    kind: 'delegated',
    directoryRoles: [],
    tenantWide: false,
    permissions: [
      {
        permission: 'ActivityFeed.Read',
        parts: [
          {
            action: 'read the audit log',
            allowed: false,
            needs: 'the Global Administrator or Security Administrator role',
          },
        ],
      },
    ],
  },
};

describe('what the person may do, in the folded details', () => {
  it('folds away in compact mode and, unfolded, says what is not allowed and which role is', () => {
    render(<ConnectionDetails status={refused} compact />);
    expect(screen.queryByText(/read the audit log/i)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'More details' }));
    expect(screen.getByText('What you may do')).toBeTruthy();
    const item = screen.getByText(/Read the audit log/).closest('li')!;
    expect(item.getAttribute('data-allowed')).toBe('false');
    expect(item.textContent).toContain(
      'needs the Global Administrator or Security Administrator role',
    );
    expect(screen.getByLabelText('Not allowed')).toBeTruthy();
    expect(screen.getByText('You hold no admin role.')).toBeTruthy();
  });

  it('for an app alone: says its permissions apply to the whole tenant', () => {
    const appOnly: ServiceStatus = {
      ...refused,
      state: 'connected',
      effective: {
        kind: 'app-only',
        directoryRoles: [],
        tenantWide: true,
        permissions: [
          {
            permission: 'ActivityFeed.Read',
            parts: [{ action: 'use ActivityFeed.Read across the whole tenant', allowed: true }],
          },
        ],
      },
    };
    render(<ConnectionDetails status={appOnly} compact={false} appOnly />);
    expect(screen.getByText('What the app may do')).toBeTruthy();
    expect(screen.getByText('Application permissions apply to the whole tenant.')).toBeTruthy();
  });

  it('roles nobody could read: says so, and what needs a role depends on them', () => {
    const unknown: ServiceStatus = {
      ...refused,
      effective: { ...refused.effective!, rolesFrom: 'unknown' },
    };
    render(<ConnectionDetails status={unknown} compact={false} />);
    const item = screen.getByText(/Read the audit log/).closest('li')!;
    expect(item.getAttribute('data-allowed')).toBe('unknown');
    expect(screen.getByLabelText('Depends on your roles')).toBeTruthy();
    expect(screen.queryByLabelText('Not allowed')).toBeNull();
    expect(screen.queryByText('You hold no admin role.')).toBeNull();
    expect(screen.getByText(/could not read your directory roles/)).toBeTruthy();
  });

  it('roles read from the directory: says where they came from', () => {
    const read: ServiceStatus = {
      ...refused,
      effective: {
        ...refused.effective!,
        directoryRoles: ['SharePoint Administrator'],
        rolesFrom: 'directory',
      },
    };
    render(<ConnectionDetails status={read} compact={false} />);
    expect(
      screen.getByText('From your roles (read from the directory): SharePoint Administrator.'),
    ).toBeTruthy();
  });
});
