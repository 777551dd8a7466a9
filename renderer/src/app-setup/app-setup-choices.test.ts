import { describe, expect, it } from 'vitest';
import type { AppSetupCatalog, PermissionInfo } from '../../../preload/contract';
import {
  describeChoices,
  initialSelection,
  noApplicationReason,
  permissionGroups,
  permissionsFor,
  signInOrder,
  summarize,
  summaryText,
  toServiceChoices,
} from './app-setup-choices';

const read = (value: string, adminConsentRequired = false): PermissionInfo => ({
  value,
  type: 'delegated',
  meaning: `Meaning of ${value}`,
  adminConsentRequired,
});
const role = (value: string): PermissionInfo => ({
  value,
  type: 'application',
  meaning: `Meaning of ${value}`,
  adminConsentRequired: true,
});

const catalog: AppSetupCatalog = {
  services: [
    {
      serviceId: 'graph',
      label: 'Microsoft Graph',
      resourceAppId: '00000003-0000-0000-c000-000000000000',
      levels: {
        minimal: [read('User.Read')],
        standard: [read('User.Read'), read('User.Read.All', true), role('User.Read.All')],
        full: [read('Directory.ReadWrite.All', true), role('Directory.ReadWrite.All')],
      },
      applicationPermissionsOffered: true,
    },
    {
      serviceId: 'vivaEngage',
      label: 'Viva Engage',
      resourceAppId: '00000005-0000-0ff1-ce00-000000000000',
      levels: {
        minimal: [read('user_impersonation')],
        standard: [read('user_impersonation')],
        full: [read('user_impersonation')],
      },
      applicationPermissionsOffered: false,
    },
  ],
  redirectUris: ['http://localhost'],
  bootstrapClientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
};
const graph = catalog.services[0]!;

describe('choosing services for a new app', () => {
  it('starts with Microsoft Graph at the standard level and no app-only', () => {
    expect(toServiceChoices(catalog, initialSelection())).toEqual([
      { serviceId: 'graph', level: 'standard', includeApplication: false },
    ]);
  });

  it('starts with the services it was opened for instead', () => {
    expect(toServiceChoices(catalog, initialSelection(['vivaEngage']))).toEqual([
      { serviceId: 'vivaEngage', level: 'standard', includeApplication: false },
    ]);
  });

  it('starts at the level it is asked for, e.g. minimal when fixing a failed sign-in', () => {
    expect(toServiceChoices(catalog, initialSelection(['graph'], 'minimal'))).toEqual([
      { serviceId: 'graph', level: 'minimal', includeApplication: false },
    ]);
  });

  it('leaves application permissions out until app-only is switched on', () => {
    expect(permissionsFor(graph, { level: 'standard', includeApplication: false })).toHaveLength(2);
    expect(
      permissionsFor(graph, { level: 'standard', includeApplication: true }).map((p) => p.type),
    ).toEqual(['delegated', 'delegated', 'application']);
  });

  it('never asks for app-only where Microsoft offers no application permissions', () => {
    const selection = {
      vivaEngage: { selected: true, level: 'full' as const, includeApplication: true },
    };
    expect(toServiceChoices(catalog, selection)).toEqual([
      { serviceId: 'vivaEngage', level: 'full', includeApplication: false },
    ]);
  });

  it('keeps a service the person unticked out, with its level remembered', () => {
    const selection = {
      graph: { selected: false, level: 'full' as const, includeApplication: true },
      vivaEngage: { selected: true, level: 'minimal' as const, includeApplication: false },
    };
    expect(toServiceChoices(catalog, selection).map((choice) => choice.serviceId)).toEqual([
      'vivaEngage',
    ]);
  });

  it('groups permissions per API and type as the portal lists them', () => {
    const selection = {
      graph: { selected: true, level: 'standard' as const, includeApplication: true },
      vivaEngage: { selected: true, level: 'minimal' as const, includeApplication: false },
    };
    expect(
      permissionGroups(catalog, selection).map((group) => [
        group.apiLabel,
        group.type,
        group.permissions.map((p) => p.value),
      ]),
    ).toEqual([
      ['Microsoft Graph', 'delegated', ['User.Read', 'User.Read.All']],
      ['Yammer (Viva Engage)', 'delegated', ['user_impersonation']],
      ['Microsoft Graph', 'application', ['User.Read.All']],
    ]);
  });

  it('files a service’s Graph permissions under Microsoft Graph, each once', () => {
    const withEntra: AppSetupCatalog = {
      ...catalog,
      services: [
        ...catalog.services,
        {
          serviceId: 'entra',
          label: 'Entra ID',
          resourceAppId: '00000003-0000-0000-c000-000000000000',
          levels: { minimal: [read('User.Read')], standard: [read('User.Read')], full: [] },
          applicationPermissionsOffered: true,
        },
        {
          serviceId: 'sharepoint',
          label: 'SharePoint Online',
          resourceAppId: '00000003-0000-0ff1-ce00-000000000000',
          levels: {
            minimal: [
              read('AllSites.Read'),
              { ...read('Sites.Read.All'), meaning: 'Find sites (a Microsoft Graph permission)' },
            ],
            standard: [],
            full: [],
          },
          applicationPermissionsOffered: true,
        },
      ],
    };
    const selection = {
      graph: { selected: true, level: 'minimal' as const, includeApplication: false },
      entra: { selected: true, level: 'minimal' as const, includeApplication: false },
      sharepoint: { selected: true, level: 'minimal' as const, includeApplication: false },
    };
    expect(
      permissionGroups(withEntra, selection).map((group) => [
        group.apiLabel,
        group.services,
        group.permissions.map((p) => p.value),
      ]),
    ).toEqual([
      [
        'Microsoft Graph',
        ['Microsoft Graph', 'Entra ID', 'SharePoint Online'],
        ['User.Read', 'Sites.Read.All'],
      ],
      ['SharePoint', ['SharePoint Online'], ['AllSites.Read']],
    ]);
  });

  it('counts what needs an administrator', () => {
    const selection = {
      graph: { selected: true, level: 'standard' as const, includeApplication: true },
    };
    const summary = summarize(catalog, selection);
    expect(summary).toEqual({ services: 1, permissions: 3, adminConsent: 2 });
    expect(summaryText(summary)).toBe(
      '1 service, 3 permissions; 2 need an administrator’s consent.',
    );
    expect(summaryText({ services: 0, permissions: 0, adminConsent: 0 })).toBe(
      'No services chosen yet.',
    );
  });

  it('says why a service has no app-only switch', () => {
    expect(noApplicationReason({ serviceId: 'vivaEngage', label: 'Viva Engage' })).toMatch(
      /only with a person signed in/,
    );
    expect(
      noApplicationReason({ serviceId: 'azureManagement', label: 'Azure Service Management' }),
    ).toMatch(/role on your subscription/);
  });

  it('describes the choices in one line', () => {
    expect(
      describeChoices(catalog, [
        { serviceId: 'graph', level: 'full', includeApplication: true },
        { serviceId: 'vivaEngage', level: 'minimal', includeApplication: false },
      ]),
    ).toBe('Microsoft Graph (Full, with app-only), Viva Engage (Minimal)');
  });
});

describe('signInOrder', () => {
  it('signs in for Microsoft Graph first, then the rest as chosen', () => {
    expect(signInOrder(['sharepoint', 'vivaEngage', 'graph'])).toEqual([
      'graph',
      'sharepoint',
      'vivaEngage',
    ]);
    expect(signInOrder(['entra', 'sharepoint'])).toEqual(['entra', 'sharepoint']);
  });
});
