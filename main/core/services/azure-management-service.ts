import type { ServiceDefinition } from './service-definition';
import { collection } from './service-definition';

export const azureManagementService: ServiceDefinition = {
  id: 'azureManagement',
  label: 'Azure Service Management',
  description: 'Azure subscriptions and resources through Azure Resource Manager.',
  accountNeed:
    'An account with a role on an Azure subscription (Reader at least); without one, no subscription is listed.',
  appOnlySupported: true,
  needsSiteUrl: false,
  resource: ({ cloud }) => cloud.resources.azureManagement,
  delegatedScopes: () => ['user_impersonation'],
  probe: {
    label: () => 'GET /subscriptions',
    path: () => '/subscriptions?api-version=2022-12-01',
    summarize: (body) => {
      const count = collection(body).length;
      return count === 0
        ? 'No subscriptions visible to this account'
        : `${count} subscription${count === 1 ? '' : 's'} visible`;
    },
  },
};
