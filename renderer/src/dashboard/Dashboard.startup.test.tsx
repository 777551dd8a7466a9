/**
 * The first frame of the dashboard, as the app opens: the list asked for before React rendered
 * (bridge/startup-reads.ts) is in that frame, and a check's answer that came before the
 * dashboard subscribed is not lost. Each test loads the modules afresh: they hold the page's one
 * set of start-up reads.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ServicePanel, ServiceStatus } from '../../../preload/contract';
import { field } from '../test/detail-field';
import { installFakeDesk } from '../test/fake-desk';

const account = { username: 'admin@contoso.example', displayName: 'Admin', tenantId: 'tenant-1' };
const checking: ServiceStatus = {
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connected',
  connectionId: 'conn-1',
  connectionName: 'Admin',
  account,
  scopes: [],
  checking: true,
};
const checked: ServiceStatus = {
  ...checking,
  checking: undefined,
  probe: {
    ok: true,
    request: 'GET /v1.0/me',
    status: 200,
    latencyMs: 41,
    summary: 'Admin',
    checkedAt: '2026-12-01T10:00:00.000Z',
  },
};
const panel: ServicePanel = {
  serviceId: 'graph',
  label: 'Microsoft Graph',
  description: 'A service',
  appOnlySupported: true,
  needsSiteUrl: false,
  status: checking,
};

async function openApp() {
  const desk = installFakeDesk({
    'service.list': () => ({ ok: true, value: [panel] }),
    'accounts.list': () => ({ ok: true, value: [] }),
  });
  vi.resetModules();
  const reads = await import('../bridge/startup-reads');
  const { Dashboard } = await import('./Dashboard');
  reads.askStartupReads();
  return { desk, reads, Dashboard };
}

describe('the dashboard’s first frame', () => {
  it('shows the panels from the start-up list, and lists once', async () => {
    const { desk, reads, Dashboard } = await openApp();
    await reads.startupReadsAnswered(1_000);
    render(<Dashboard />);
    // No waiting: the panel and its account are in the first render.
    const region = screen.getByRole('region', { name: 'Microsoft Graph' });
    expect(field(region, 'Account').textContent).toContain(account.username);
    await screen.findByText('Accounts');
    expect(desk.calls.filter((c) => c.command === 'service.list')).toHaveLength(1);
  });

  it('keeps a check’s answer that came between the question and the first render', async () => {
    const { desk, reads, Dashboard } = await openApp();
    desk.emit('service.changed', checked);
    await reads.startupReadsAnswered(1_000);
    render(<Dashboard />);
    const region = await screen.findByRole('region', { name: 'Microsoft Graph' });
    expect(field(region, 'Live probe').textContent).toContain('200 OK');
    expect(within(region).queryByText('Checking the service…')).toBeNull();
  });
});
