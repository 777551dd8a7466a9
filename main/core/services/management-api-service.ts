import type { ServiceDefinition } from './service-definition';
import { collection, stringField } from './service-definition';

export const managementApiService: ServiceDefinition = {
  id: 'managementApi',
  label: 'Office 365 Management APIs',
  description: 'Audit and activity logs through the Management Activity API.',
  accountNeed:
    'An account that may read the audit log: a Global Administrator, or one given an audit log role. For others the Management APIs refuse the request.',
  appOnlySupported: true,
  needsSiteUrl: false,
  resource: ({ cloud }) => cloud.resources.managementApi,
  delegatedScopes: () => ['ActivityFeed.Read'],
  probe: {
    label: () => 'GET /activity/feed/subscriptions/list',
    path: ({ tenantId }) => `/api/v1.0/${tenantId}/activity/feed/subscriptions/list`,
    summarize: (body) => {
      const subscriptions = collection(body);
      const enabled = subscriptions.filter((s) => stringField(s, 'status') === 'enabled').length;
      return `${subscriptions.length} content subscriptions (${enabled} enabled)`;
    },
  },
  // A delegated read of the audit log also needs the person's own audit role. "Roles and role
  // groups in Microsoft Defender for Office 365 and Microsoft Purview"
  // (learn.microsoft.com/defender-office-365/scc-permissions) gives the Audit Logs role to the
  // Audit Manager, Organization Management and Security Administrator role groups and View-Only
  // Audit Logs to Audit Reader; Global Administrators may use the portal's roles too. "Set up
  // Microsoft Purview Audit (Standard)" (learn.microsoft.com/purview/audit-standard-setup, step 2)
  // says the same from the audit side.
  refusal: () => ({
    action: 'read the audit log',
    roles:
      'the Global Administrator or Security Administrator role (or the Audit Reader role group in Microsoft Purview)',
  }),
};
