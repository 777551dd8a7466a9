/**
 * Issue 18 in the Choose step: each permission says what it would let the person signed in for
 * setup do (and what not, with the role that would), or the app alone across the tenant.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  AppSetupCatalog,
  CommandInput,
  PermissionPreviews,
  SetupSession,
} from '../../../../preload/contract';
import { useOpenAppSetup } from '../../app/open-app-setup';
import { installFakeDesk } from '../../test/fake-desk';
import { AppSetupHost } from '../AppSetupHost';

const catalog: AppSetupCatalog = {
  services: [
    {
      serviceId: 'sharepoint',
      label: 'SharePoint Online',
      resourceAppId: '00000003-0000-0ff1-ce00-000000000000',
      levels: {
        minimal: [],
        standard: [
          {
            value: 'AllSites.FullControl',
            type: 'delegated',
            meaning: 'Have full control of all site collections',
            adminConsentRequired: true,
          },
          {
            value: 'Sites.FullControl.All',
            type: 'application',
            meaning: 'Have full control of all site collections',
            adminConsentRequired: true,
          },
        ],
        full: [],
      },
      applicationPermissionsOffered: true,
    },
  ],
  redirectUris: ['http://localhost'],
  bootstrapClientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
};

const megan: SetupSession = {
  cloud: 'sandbox',
  username: 'megan@contoso.example',
  displayName: 'Megan Bowen',
  tenantId: 't',
  canGrantAdminConsent: false,
  canGrantGraphAppRoles: false,
  roles: [],
};

/** As the core answers for a plain user (or, `roles` undefined, before anyone signed in). */
function previewFor(input: CommandInput<'permissions.preview'>, roles?: string[]) {
  const value: PermissionPreviews = {
    ...(roles ? { person: 'Megan Bowen', directoryRoles: roles } : {}),
    permissions: input.permissions.map(({ value, type }) => ({
      permission: value,
      type,
      tenantWide: type === 'application',
      parts:
        type === 'application'
          ? []
          : [
              {
                action: 'fully control the sites you have access to',
                ...(roles && { allowed: true }),
              },
              {
                action: 'open the SharePoint admin center',
                ...(roles && { allowed: false }),
                needs: 'the SharePoint Administrator or Global Administrator role',
              },
            ],
    })),
  };
  return { ok: true as const, value };
}

function Opener() {
  const open = useOpenAppSetup();
  return <button onClick={() => open?.({ services: ['sharepoint'] })}>Open</button>;
}

async function openChoose(session: SetupSession | null) {
  const desk = installFakeDesk({
    'appSetup.session': () => ({ ok: true, value: session }),
    'appSetup.catalog': () => ({ ok: true, value: catalog }),
    'permissions.preview': (input) => previewFor(input, session?.roles),
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
  await within(wizard).findByRole('checkbox', { name: 'SharePoint Online' });
  return { desk, wizard };
}

describe('the Choose step: what each permission would let this person do', () => {
  it('signed in for setup: allowed, not allowed with the role that would, and the app alone', async () => {
    const { desk, wizard } = await openChoose(megan);
    fireEvent.click(within(wizard).getByRole('switch', { name: /Also allow app-only/ }));
    const parts = await within(wizard).findByRole('list', {
      name: 'What AllSites.FullControl would allow',
    });
    const [full, adminCenter] = within(parts).getAllByRole('listitem');
    expect(full!.getAttribute('data-allowed')).toBe('true');
    expect(adminCenter!.getAttribute('data-allowed')).toBe('false');
    expect(adminCenter!.textContent).toBe(
      'Open the SharePoint admin center needs the SharePoint Administrator or Global Administrator role',
    );
    expect(within(adminCenter!).getByLabelText('Not allowed')).toBeTruthy();
    // Whose roles, said once for the whole step.
    expect(
      within(wizard)
        .getAllByRole('note')
        .map((n) => n.textContent),
    ).toEqual(['Checked against Megan Bowen’s roles: no admin role.']);
    await waitFor(() =>
      expect(within(wizard).getByText('The app alone, across the whole tenant')).toBeTruthy(),
    );
    const asked = desk.calls.filter((c) => c.command === 'permissions.preview').at(-1)!.input;
    expect(asked).toEqual({
      person: { of: 'setup' },
      permissions: [
        { value: 'AllSites.FullControl', type: 'delegated' },
        { value: 'Sites.FullControl.All', type: 'application' },
      ],
    });
  });

  it('before anyone signed in for setup: which role each part needs, and no verdict', async () => {
    const { wizard } = await openChoose(null);
    const parts = await within(wizard).findByRole('list', {
      name: 'What AllSites.FullControl would allow',
    });
    const items = within(parts).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-allowed'))).toEqual(['unknown', 'unknown']);
    expect(within(items[1]!).getByLabelText('Depends on your roles')).toBeTruthy();
    expect(within(wizard).getByRole('note').textContent).toMatch(
      /^Each permission says which role it needs, if any\. Once you sign in for setup/,
    );
  });
});
