import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../../../preload/contract';
import { serviceCatalog } from '../services/service-catalog';
import {
  appSetupCatalog,
  levelPermissions,
  panelScopes,
  resourceOfService,
} from './permission-catalog';

const catalog = appSetupCatalog();
const sets = (id: ServiceId) => catalog.services.find((s) => s.serviceId === id)!;
const values = (list: { value: string; type: string }[], type: string) =>
  list.filter((p) => p.type === type).map((p) => p.value);

describe('setup wizard permission catalog', () => {
  it('offers every service, with its resource app id', () => {
    expect(catalog.services.map((s) => [s.serviceId, s.resourceAppId])).toEqual([
      ['graph', '00000003-0000-0000-c000-000000000000'],
      ['sharepoint', '00000003-0000-0ff1-ce00-000000000000'],
      ['entra', '00000003-0000-0000-c000-000000000000'],
      ['managementApi', 'c5393580-f805-4401-95e8-94b7a6ef2fc2'],
      ['azureManagement', '797f4846-ba00-4fd7-ba43-dac1f8f63013'],
      ['vivaEngage', '00000005-0000-0ff1-ce00-000000000000'],
    ]);
  });

  it.each(serviceCatalog.map((s) => [s.id, s] as const))(
    '%s: minimal is what its panel asks for today',
    (id, service) => {
      const own = levelPermissions(id, 'minimal').filter(
        (p) => p.type === 'delegated' && p.resource === resourceOfService(id).key,
      );
      expect(own.map((p) => p.value)).toEqual(panelScopes(service));
    },
  );

  it('SharePoint’s minimal also lets it find the root site through Graph, and says so', () => {
    const minimal = sets('sharepoint').levels.minimal;
    expect(values(minimal, 'delegated')).toEqual([
      'AllSites.Read',
      'AllSites.FullControl',
      'Sites.Read.All',
    ]);
    expect(
      minimal.find((p) => p.value === 'Sites.Read.All' && p.type === 'delegated')?.meaning,
    ).toMatch(/Microsoft Graph permission/);
  });

  it('each level includes the one before', () => {
    for (const { levels } of catalog.services) {
      const key = (p: { value: string; type: string }) => `${p.type}:${p.value}`;
      expect(levels.standard.map(key)).toEqual(expect.arrayContaining(levels.minimal.map(key)));
      expect(levels.full.map(key)).toEqual(expect.arrayContaining(levels.standard.map(key)));
    }
  });

  it('Viva Engage (and Azure, which uses RBAC) offer no application permissions', () => {
    for (const id of ['vivaEngage', 'azureManagement'] as const) {
      expect(sets(id).applicationPermissionsOffered).toBe(false);
      expect(values(sets(id).levels.full, 'application')).toEqual([]);
    }
    expect(sets('graph').applicationPermissionsOffered).toBe(true);
  });

  it('application permissions always need an admin; User.Read does not', () => {
    const all = catalog.services.flatMap((s) => s.levels.full);
    expect(all.filter((p) => p.type === 'application').every((p) => p.adminConsentRequired)).toBe(
      true,
    );
    expect(sets('graph').levels.minimal).toContainEqual({
      value: 'User.Read',
      type: 'delegated',
      meaning: 'Sign you in and read your own profile',
      adminConsentRequired: false,
    });
    expect(all.every((p) => p.meaning.length > 10)).toBe(true);
  });

  it('sets the redirect URIs every sign-in method needs and names the bootstrap app', () => {
    expect(catalog.redirectUris).toEqual([
      'http://localhost',
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
    ]);
    expect(catalog.bootstrapClientId).toBe('04b07795-8ddb-461a-bbee-02f9e1bf7b46');
  });
});
