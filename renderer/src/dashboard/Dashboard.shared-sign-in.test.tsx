/**
 * A panel connected by a sign-in it did not start (Connect all's, the wizard's): it says which
 * sign-in it waits for, and its Cancel cancels that one; with none known, no Cancel at all.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Problem, ServicePanel, ServiceStatus } from '../../../preload/contract';
import { installFakeDesk } from '../test/fake-desk';
import { SharedSignInsProvider, useShareSignIn } from '../sign-in';
import { Dashboard } from './Dashboard';

const connecting: ServiceStatus = {
  serviceId: 'graph',
  cloud: 'sandbox',
  state: 'connecting',
  scopes: [],
};
const graph: ServicePanel = {
  serviceId: 'graph',
  label: 'Microsoft Graph',
  description: 'A service',
  appOnlySupported: true,
  needsSiteUrl: false,
  status: { ...connecting, state: 'disconnected' },
};

/** Stands for Connect all: a sign-in for Graph that runs while `running`. */
function Sharer(props: { running: boolean; cancel: () => Promise<Problem | undefined> }) {
  useShareSignIn(
    'graph',
    'Waiting for the Connect all sign-in to finish…',
    props.running,
    props.cancel,
  );
  return null;
}

async function renderWith(sharer: {
  running: boolean;
  cancel: () => Promise<Problem | undefined>;
}) {
  const desk = installFakeDesk({
    'accounts.list': () => ({ ok: true, value: [] }),
    'service.list': () => ({ ok: true, value: [graph] }),
  });
  const view = (running: boolean) => (
    <SharedSignInsProvider>
      <Sharer running={running} cancel={sharer.cancel} />
      <Dashboard />
    </SharedSignInsProvider>
  );
  const { rerender } = render(view(sharer.running));
  const panel = await screen.findByRole('region', { name: 'Microsoft Graph' });
  act(() => desk.emit('service.changed', connecting));
  return { panel, stop: () => rerender(view(false)) };
}

describe('a panel connected by a shared sign-in', () => {
  it('says which sign-in it waits for, and its Cancel cancels that one', async () => {
    const cancel = vi.fn(async () => undefined);
    const { panel } = await renderWith({ running: true, cancel });
    expect(panel.textContent).toContain('Waiting for the Connect all sign-in to finish…');
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('offers no Cancel once no sign-in it knows of connects it', async () => {
    const { panel, stop } = await renderWith({ running: true, cancel: async () => undefined });
    stop();
    expect(panel.getAttribute('data-state')).toBe('connecting');
    expect(panel.textContent).toContain('Waiting for the sign-in to finish…');
    expect(within(panel).queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
