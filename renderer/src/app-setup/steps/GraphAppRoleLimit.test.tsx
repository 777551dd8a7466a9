/**
 * The Create step as an Application Administrator: they may grant admin consent, except for
 * Microsoft Graph's application permissions ("Grant tenant-wide admin consent to an
 * application", Prerequisites). The wizard says so once, plainly, and shows what was left.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppSetupCatalog, SetupSession, UnattendedResult } from '../../../../preload/contract';
import { useOpenAppSetup } from '../../app/open-app-setup';
import { installFakeDesk } from '../../test/fake-desk';
import { AppSetupHost } from '../AppSetupHost';

const permission = (value: string, type: 'delegated' | 'application') => ({
  value,
  type,
  meaning: `${value} meaning`,
  adminConsentRequired: type === 'application',
});
/** The same permissions at every level: the level picked does not matter here. */
const levels = (delegated: string, application: string) => {
  const both = [permission(delegated, 'delegated'), permission(application, 'application')];
  return { minimal: both, standard: both, full: both };
};

const catalog: AppSetupCatalog = {
  services: [
    {
      serviceId: 'graph',
      label: 'Microsoft Graph',
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      levels: levels('User.Read', 'Organization.Read.All'),
      applicationPermissionsOffered: true,
    },
    {
      serviceId: 'sharepoint',
      label: 'SharePoint Online',
      resourceAppId: '00000003-0000-0ff1-ce00-000000000000',
      levels: levels('AllSites.Read', 'Sites.Read.All'),
      applicationPermissionsOffered: true,
    },
  ],
  redirectUris: ['http://localhost'],
  bootstrapClientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
};

const person = (roles: string[], graph: boolean): SetupSession => ({
  cloud: 'sandbox',
  username: 'alex@contoso.example',
  displayName: 'Alex Wilber',
  tenantId: 't',
  tenantDomain: 'contoso.onmicrosoft.com',
  canGrantAdminConsent: true,
  canGrantGraphAppRoles: graph,
  roles,
});
const alex = person(['Application Administrator'], false);
const adele = person(['Global Administrator'], true);

const LIMIT =
  'Microsoft Graph’s application permissions need a Global Administrator or Privileged Role Administrator';
const consentUrl = 'https://login.example/t/v2.0/adminconsent?client_id=app-1';

const unattended: UnattendedResult = {
  clientId: 'app-1',
  tenantId: 't',
  certificate: {
    thumbprint: 'AB'.repeat(20),
    subject: 'CN=Nightly',
    validFrom: '2026-12-02T00:00:00.000Z',
    validTo: '2027-12-02T00:00:00.000Z',
    daysLeft: 365,
    expiresSoon: false,
  },
  granted: ['SharePoint: Sites.Read.All'],
  services: [
    {
      serviceId: 'sharepoint',
      state: 'connected',
      scopes: [],
      tokenDetails: { tokenType: 'app-only', roles: ['Sites.Read.All'] },
    } as unknown as UnattendedResult['services'][number],
  ],
  leftForAdministrator: {
    permissions: ['Microsoft Graph: Organization.Read.All'],
    message:
      'You can grant every permission here except Microsoft Graph’s application permissions (Organization.Read.All): only a Global Administrator or Privileged Role Administrator may.',
    adminConsentUrl: consentUrl,
  },
};

function Opener() {
  const open = useOpenAppSetup();
  return <button onClick={() => open?.({ services: ['graph', 'sharepoint'] })}>Open</button>;
}

/** Opens the wizard signed in as `session`, app-only asked for both services, on Create. */
async function openCreate(session: SetupSession) {
  installFakeDesk({
    'appSetup.session': () => ({ ok: true, value: session }),
    'appSetup.catalog': () => ({ ok: true, value: catalog }),
    'appSetup.create': (input) => ({
      ok: true,
      value: { clientId: 'app-1', tenantId: 't', displayName: input.displayName, steps: [] },
    }),
    'appSetup.unattended': () => ({ ok: true, value: unattended }),
  });
  render(
    <AppSetupHost>
      <Opener />
    </AppSetupHost>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
  const wizard = await screen.findByRole(
    'dialog',
    { name: 'Set up your app' },
    { timeout: 10_000 },
  );
  fireEvent.click(within(wizard).getByRole('button', { name: 'Next' }));
  await within(wizard).findByRole('checkbox', { name: 'Microsoft Graph' });
  for (const toggle of within(wizard).getAllByRole('switch', { name: /Also allow app-only/ }))
    fireEvent.click(toggle);
  fireEvent.click(within(wizard).getByRole('button', { name: 'Next' }));
  await within(wizard).findByRole('region', { name: 'Signed in for setup' });
  return wizard;
}

describe('the Graph limit of an Application Administrator, in the Create step', () => {
  it('is said once, in the session card, naming the role held and who may grant the rest', async () => {
    const wizard = await openCreate(alex);
    const card = within(wizard).getByRole('region', { name: 'Signed in for setup' });
    expect(within(card).getByText(LIMIT)).toBeTruthy();
    expect(card.textContent).toContain('As an Application Administrator you can grant every other');
    expect(within(wizard).getAllByText(LIMIT)).toHaveLength(1);
    // The consent choice stays on, and says what it will not cover.
    const grant = within(wizard).getByRole('checkbox', {
      name: 'Grant admin consent for the tenant now',
    });
    expect((grant as HTMLInputElement).checked).toBe(true);
    expect(
      within(wizard).getByText(/Microsoft Graph’s application permissions are the exception/),
    ).toBeTruthy();
  });

  it('unattended access says which service is left before it runs, then what was left and the link', async () => {
    const wizard = await openCreate(alex);
    fireEvent.click(within(wizard).getByRole('button', { name: 'Create app registration' }));
    const section = await within(wizard).findByRole('region', { name: 'Unattended access' });
    const notes = within(section).getAllByText(/^You cannot grant these/);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.closest('div')!.textContent).toContain('Organization.Read.All');
    fireEvent.click(within(section).getByRole('button', { name: 'Set up unattended access' }));
    expect(
      await within(section).findByText('Unattended access is set up, except for Microsoft Graph'),
    ).toBeTruthy();
    expect(
      within(section).getByText('Microsoft Graph’s application permissions were not granted'),
    ).toBeTruthy();
    expect(within(section).getByText(unattended.leftForAdministrator!.message)).toBeTruthy();
    expect(within(section).getByRole('button', { name: /Copy admin consent link/ })).toBeTruthy();
  });

  it('a Global Administrator is told nothing of the kind', async () => {
    const wizard = await openCreate(adele);
    expect(within(wizard).queryByText(LIMIT)).toBeNull();
    expect(within(wizard).queryByText(/are the exception/)).toBeNull();
    fireEvent.click(within(wizard).getByRole('button', { name: 'Create app registration' }));
    const section = await within(wizard).findByRole('region', { name: 'Unattended access' });
    expect(within(section).queryByText(/^You cannot grant these/)).toBeNull();
  });
});
