import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppSetupCatalog, Result } from '../../../preload/contract';
import { deferred, installFakeDesk, type DeskHandlers } from '../test/fake-desk';
import { useOpenAppSetup, type AppSetupRequest } from '../app/open-app-setup';
import { AppSetupHost } from './AppSetupHost';

const catalog: AppSetupCatalog = {
  services: [
    {
      serviceId: 'graph',
      label: 'Microsoft Graph',
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      levels: {
        minimal: [
          {
            value: 'User.Read',
            type: 'delegated',
            meaning: 'Sign in',
            adminConsentRequired: false,
          },
        ],
        standard: [],
        full: [],
      },
      applicationPermissionsOffered: true,
    },
  ],
  redirectUris: ['http://localhost'],
  bootstrapClientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
};

/** What opens the wizard elsewhere in the app (the header, a failed sign-in). */
function Opener({ request }: { request?: AppSetupRequest }) {
  const open = useOpenAppSetup();
  return <button onClick={() => open?.(request)}>Open</button>;
}

function renderHost(handlers: DeskHandlers, request?: AppSetupRequest) {
  const desk = installFakeDesk({
    'appSetup.session': () => ({ ok: true, value: null }),
    ...handlers,
  });
  render(
    <AppSetupHost>
      <Opener request={request} />
    </AppSetupHost>,
  );
  // Waits for the page to be usable again, as a person would after closing the modal wizard,
  // and then for the wizard (its code loads at the first opening).
  const open = async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
    await screen.findByRole('dialog', { name: 'Set up your app' });
  };
  const wizard = () => screen.getByRole('dialog', { name: 'Set up your app' });
  const click = (name: string) => fireEvent.click(within(wizard()).getByRole('button', { name }));
  return { desk, open, wizard, click };
}

describe('the wizard, step by step', () => {
  it('sends nothing until it is first opened', () => {
    const { desk } = renderHost({});
    expect(desk.calls).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('loads its code at the first opening, saying so meanwhile', async () => {
    renderHost({});
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('status').textContent).toBe('Loading the app setup…');
    // The first import of the wizard's code is transformed on the spot: on two busy cores that
    // alone can pass the default second.
    const loaded = screen.findByRole('dialog', { name: 'Set up your app' }, { timeout: 10_000 });
    expect(await loaded).toBeTruthy();
  });

  it('shows each step’s own view, waiting for the catalog where a step needs it', async () => {
    const answer = deferred<Result<AppSetupCatalog>>();
    const { open, wizard, click } = renderHost({ 'appSetup.catalog': () => answer.promise });
    await open();
    // "How it works" needs no catalog.
    expect(within(wizard()).getByRole('heading', { name: 'Delegated permissions' })).toBeTruthy();
    click('Next');
    expect(within(wizard()).getByText('Loading the permission catalog…')).toBeTruthy();
    await act(async () => answer.resolve({ ok: true, value: catalog }));
    const graph = within(wizard()).getByRole('checkbox', { name: 'Microsoft Graph' });
    expect((graph as HTMLInputElement).checked).toBe(true);
    click('Next');
    expect(within(wizard()).getByRole('radio', { name: 'Create it for me' })).toBeTruthy();
  });

  it('offers to load the catalog again when it failed', async () => {
    let answer: Result<AppSetupCatalog> = { ok: false, code: 'offline', message: 'No answer.' };
    const { open, wizard, click } = renderHost({ 'appSetup.catalog': () => answer });
    await open();
    click('Next');
    await waitFor(() => expect(within(wizard()).getByText('No answer.')).toBeTruthy());
    answer = { ok: true, value: catalog };
    click('Retry');
    await waitFor(() =>
      expect(within(wizard()).getByRole('checkbox', { name: 'Microsoft Graph' })).toBeTruthy(),
    );
  });

  // Closing and opening again is the reducer's table (resume or start over) and the e2e walk:
  // Fluent's focus trap in jsdom cannot always tell the reopened dialog from the closed one.
  it('holds Create back until a service is chosen', async () => {
    const { open, wizard, click } = renderHost({
      'appSetup.catalog': () => ({ ok: true, value: catalog }),
    });
    await open();
    click('Next');
    const graph = await within(wizard()).findByRole('checkbox', { name: 'Microsoft Graph' });
    const next = () => within(wizard()).getByRole('button', { name: 'Next' });
    expect(next().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(graph);
    expect(within(wizard()).getByText('Choose at least one service to continue.')).toBeTruthy();
    expect(next().getAttribute('aria-disabled')).toBe('true');
    click('Next');
    expect(within(wizard()).queryByRole('radio', { name: 'Create it for me' })).toBeNull();
  });

  it('opens straight at "Check my app" for an app that failed to sign in', async () => {
    const { open, wizard } = renderHost(
      { 'appSetup.catalog': () => ({ ok: true, value: catalog }) },
      { checkClientId: 'app-9', services: ['graph'] },
    );
    await open();
    const byHand = await within(wizard()).findByRole('radio', { name: 'I’ll do it by hand' });
    expect((byHand as HTMLInputElement).checked).toBe(true);
    expect(
      within(wizard()).getByRole('textbox', { name: 'Application (client) ID' }),
    ).toHaveProperty('value', 'app-9');
  });
});
