import { auditLogPart, rolesInWords } from '../permissions/permission-roles';
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
  // A delegated read of the audit log also needs the person's own audit role (sourced there).
  refusal: () => ({ action: auditLogPart.action, roles: rolesInWords(auditLogPart) }),
};
