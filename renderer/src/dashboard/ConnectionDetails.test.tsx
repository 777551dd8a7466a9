import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceStatus } from '../../../preload/contract';
import { ConnectionDetails } from './ConnectionDetails';

const connected: ServiceStatus = {
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connected',
  scopes: ['User.Read', 'Directory.Read.All', 'Sites.Read.All'],
  account: {
    username: 'adele@contoso.onmicrosoft.com',
    displayName: 'Adele Vance',
    tenantId: '00000000-0000-4000-8000-000000000001',
  },
  tenantDomain: 'contoso.onmicrosoft.com',
  accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
};

const terms = () => screen.queryAllByRole('term').map((term) => term.textContent);

describe('a panel’s connection details, folded (six panels on screen)', () => {
  it('renders the folded rows only once unfolded: no badge per permission until asked', () => {
    render(<ConnectionDetails status={connected} compact />);
    expect(terms()).toEqual(['Account', 'Token expires']);
    expect(screen.queryByText('Directory.Read.All')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'More details' }));
    expect(terms()).toEqual(['Account', 'Tenant', 'Token expires', 'Permissions']);
    expect(screen.getByText('Directory.Read.All')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'More details' })).toHaveProperty(
      'ariaExpanded',
      'true',
    );
  });

  it('shows every row at once when not compact', () => {
    render(<ConnectionDetails status={connected} compact={false} />);
    expect(terms()).toEqual(['Account', 'Tenant', 'Token expires', 'Permissions']);
    expect(screen.queryByRole('button', { name: 'More details' })).toBeNull();
  });
});

describe('how the connection signed in', () => {
  it('is a folded row: the method and when, once unfolded', () => {
    const signedInAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const status = {
      ...connected,
      account: { ...connected.account!, signedInWith: 'device-code' as const, signedInAt },
    };
    render(<ConnectionDetails status={status} compact />);
    expect(terms()).toEqual(['Account', 'Token expires']);
    fireEvent.click(screen.getByRole('button', { name: 'More details' }));
    expect(terms()).toEqual(['Account', 'Tenant', 'Signed in', 'Token expires', 'Permissions']);
    expect(screen.getByText(/^Device code/).textContent).toMatch(/^Device code · 5 min ago/);
  });

  it('is left out for a connection saved before it was recorded', () => {
    render(<ConnectionDetails status={connected} compact={false} />);
    expect(terms()).not.toContain('Signed in');
  });
});
