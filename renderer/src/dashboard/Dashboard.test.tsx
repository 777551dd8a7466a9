/**
 * Paint first, probe after, as the person sees it: the panels come from `service.list` at once,
 * a panel whose check is under way says so (and is never shown healthy), and each check's
 * answer (`service.changed`) updates its own panel.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Result, ServiceId, ServicePanel, ServiceStatus } from '../../../preload/contract';
import { deferred, installFakeDesk, type DeskHandlers } from '../test/fake-desk';
import { field } from '../test/detail-field';
import { Dashboard } from './Dashboard';

const admin = { username: 'admin@contoso.example', displayName: 'Admin', tenantId: 'tenant-1' };

/** As the core lists a service connected after a start: the saved connection, not yet checked. */
const unchecked = (serviceId: ServiceId): ServiceStatus => ({
  serviceId,
  cloud: 'sandbox',
  state: 'connected',
  connectionId: 'conn-1',
  connectionName: 'Admin',
  account: admin,
  scopes: [],
  checking: true,
});

/** What a check answers: the probe went through. */
const answered = (serviceId: ServiceId): ServiceStatus => ({
  ...unchecked(serviceId),
  checking: undefined,
  scopes: ['User.Read'],
  tokenDetails: {
    audience: 'https://graph.microsoft.com',
    tokenType: 'delegated',
    scopes: ['User.Read'],
    roles: [],
    tenantId: 'tenant-1',
    authMethods: ['pwd'],
  },
  probe: {
    ok: true,
    request: 'GET /v1.0/me',
    status: 200,
    latencyMs: 41,
    summary: 'Admin (admin@contoso.example)',
    checkedAt: '2026-12-01T10:00:00.000Z',
  },
});

const labels: Partial<Record<ServiceId, string>> = { graph: 'Microsoft Graph', entra: 'Entra ID' };
const panel = (status: ServiceStatus): ServicePanel => ({
  serviceId: status.serviceId,
  label: labels[status.serviceId]!,
  description: 'A service',
  appOnlySupported: true,
  needsSiteUrl: false,
  status,
});

function renderDashboard(handlers: DeskHandlers) {
  const desk = installFakeDesk({
    'accounts.list': () => ({ ok: true, value: [] }),
    ...handlers,
  });
  render(<Dashboard />);
  const region = (label: string) => screen.getByRole('region', { name: label });
  const badge = (label: string) => within(region(label)).getByText('Connected');
  const probe = (label: string) => field(region(label), 'Live probe');
  return { desk, region, badge, probe };
}

const listing = (statuses: ServiceStatus[]) => ({
  'service.list': (): Result<ServicePanel[]> => ({ ok: true, value: statuses.map(panel) }),
});

describe('the dashboard, painted before the probes answer', () => {
  it('shows each connected panel at once with its account, and says its probe is pending', async () => {
    const { region, badge, probe } = renderDashboard(
      listing([unchecked('graph'), unchecked('entra')]),
    );
    await screen.findAllByRole('region', { name: /Microsoft Graph|Entra ID/ });
    for (const label of ['Microsoft Graph', 'Entra ID']) {
      expect(field(region(label), 'Account').textContent).toContain(admin.username);
      expect(probe(label).textContent).toBe('Checking the service…');
      // "Connected" is what the saved sign-in says; the green check waits for the probe.
      expect(badge(label).closest('[data-checking]')).not.toBeNull();
      // No token yet this session, so nothing to show behind "Token details".
      expect(within(region(label)).queryByRole('button', { name: 'Token details' })).toBeNull();
    }
  });

  it('updates a panel when its check answers, and only that panel', async () => {
    const { desk, region, badge, probe } = renderDashboard(
      listing([unchecked('graph'), unchecked('entra')]),
    );
    await screen.findByText('Microsoft Graph');
    act(() => desk.emit('service.changed', answered('graph')));
    expect(probe('Microsoft Graph').textContent).toContain('GET /v1.0/me · 200 OK · 41 ms');
    expect(badge('Microsoft Graph').closest('[data-checking]')).toBeNull();
    expect(
      within(region('Microsoft Graph')).getByRole('button', { name: 'Token details' }),
    ).toBeTruthy();
    expect(probe('Entra ID').textContent).toBe('Checking the service…');
  });

  it('announces the round of checks when it starts and when the last answer came, not per panel', async () => {
    const { desk } = renderDashboard(listing([unchecked('graph'), unchecked('entra')]));
    await screen.findByText('Microsoft Graph');
    const status = () => screen.getByRole('status').textContent;
    expect(status()).toBe('Checking 2 services…');
    act(() => desk.emit('service.changed', answered('graph')));
    expect(status()).toBe('Checking 2 services…');
    act(() => desk.emit('service.changed', { ...answered('entra'), state: 'error' }));
    expect(status()).toBe('Checked 2 services: 1 needs attention.');
  });

  it('keeps a check’s answer that arrived while the list was still on its way', async () => {
    const list = deferred<Result<ServicePanel[]>>();
    const { desk, probe } = renderDashboard({ 'service.list': () => list.promise });
    act(() => desk.emit('service.changed', answered('graph')));
    await act(async () =>
      list.resolve({ ok: true, value: [panel(unchecked('graph')), panel(unchecked('entra'))] }),
    );
    expect(probe('Microsoft Graph').textContent).toContain('200 OK');
    expect(probe('Entra ID').textContent).toBe('Checking the service…');
  });

  it('Refresh all waits for every check and puts each answer in its panel', async () => {
    const refreshed = deferred<Result<ServiceStatus[]>>();
    const { desk, probe } = renderDashboard({
      ...listing([answered('graph'), answered('entra')]),
      'service.refreshAll': () => refreshed.promise,
    });
    const refreshAll = await screen.findByRole('button', { name: 'Refresh all' });
    fireEvent.click(refreshAll);
    await waitFor(() => expect(refreshAll.getAttribute('aria-disabled')).toBe('true'));
    const later = { ...answered('entra'), probe: { ...answered('entra').probe!, status: 503 } };
    await act(async () => refreshed.resolve({ ok: true, value: [answered('graph'), later] }));
    expect(probe('Entra ID').textContent).toContain('503');
    expect(refreshAll.getAttribute('aria-disabled')).toBeNull();
    expect(desk.calls.map((c) => c.command)).toContain('service.refreshAll');
  });
});
