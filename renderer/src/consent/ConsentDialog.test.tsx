/**
 * Issue 18 in the consent walkthrough: each missing permission says what it would let the
 * connection's person do once consented, from their roles, and which role the rest needs.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConsentNeed, PermissionPreviews, ServicePanel } from '../../../preload/contract';
import { installFakeDesk } from '../test/fake-desk';
import { ConsentDialog } from './ConsentDialog';

const panel: ServicePanel = {
  serviceId: 'managementApi',
  label: 'Office 365 Management APIs',
  description: 'Audit and activity logs',
  accountNeed: 'An admin account.',
  appOnlySupported: true,
  needsSiteUrl: false,
  status: { serviceId: 'managementApi', cloud: 'sandbox', state: 'consent-needed', scopes: [] },
};

const need: ConsentNeed = {
  serviceId: 'managementApi',
  clientId: 'app-1',
  tenantId: 'tenant-1',
  missing: [
    {
      value: 'ActivityFeed.Read',
      type: 'delegated',
      meaning: 'Read your organisation’s audit and activity logs',
      adminConsentRequired: true,
    },
    { value: 'Made.Up', type: 'delegated', meaning: 'Needed by it', adminConsentRequired: false },
  ],
  adminRequired: true,
  adminConsentUrl: 'https://login.example/adminconsent',
  recheck: 'refresh',
};

const preview: PermissionPreviews = {
  person: 'Lee Gu',
  directoryRoles: ['SharePoint Administrator'],
  permissions: [
    {
      permission: 'ActivityFeed.Read',
      type: 'delegated',
      tenantWide: false,
      parts: [
        {
          action: 'read the audit log',
          allowed: false,
          needs: 'the Global Administrator or Security Administrator role',
        },
      ],
    },
    { permission: 'Made.Up', type: 'delegated', tenantWide: false, parts: [] },
  ],
};

describe('the consent walkthrough: what each missing permission would let this person do', () => {
  it('weighs it against the connection’s roles, and claims nothing the table does not know', async () => {
    const desk = installFakeDesk({
      'consent.need': () => ({ ok: true, value: need }),
      'permissions.preview': () => ({ ok: true, value: preview }),
    });
    render(
      <ConsentDialog
        panel={panel}
        open
        onStatus={() => {}}
        onSignInAgain={() => {}}
        onDismiss={() => {}}
      />,
    );
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Grant consent for Office 365 Management APIs' },
      { timeout: 10_000 },
    );
    const parts = await within(dialog).findByRole('list', {
      name: 'What ActivityFeed.Read would allow',
    });
    const [audit] = within(parts).getAllByRole('listitem');
    expect(audit!.getAttribute('data-allowed')).toBe('false');
    expect(audit!.textContent).toBe(
      'Read your organisation’s audit and activity logs needs the Global Administrator or Security Administrator role',
    );
    expect(within(dialog).getByRole('note').textContent).toBe(
      'Checked against Lee Gu’s roles: SharePoint Administrator.',
    );
    expect(
      within(dialog).getByText('What your roles allow with it is not in M365 Desk’s table.'),
    ).toBeTruthy();
    // Its own meaning stays: nothing is invented for it.
    expect(within(dialog).getByText('Needed by it')).toBeTruthy();
    expect(desk.calls.find((c) => c.command === 'permissions.preview')?.input).toEqual({
      person: { of: 'service', serviceId: 'managementApi' },
      permissions: [
        { value: 'ActivityFeed.Read', type: 'delegated' },
        { value: 'Made.Up', type: 'delegated' },
      ],
    });
  });
});
