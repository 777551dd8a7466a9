import type { ServiceDefinition } from './service-definition';
import { stringField } from './service-definition';

export const vivaEngageService: ServiceDefinition = {
  id: 'vivaEngage',
  label: 'Viva Engage',
  description: 'Communities and conversations (formerly Yammer), through the Yammer REST API.',
  accountNeed: 'Any work account in your Viva Engage network; the tenant must have Viva Engage.',
  appOnlySupported: false,
  appOnlyNote: 'Delegated only: Microsoft offers no application permissions for Viva Engage.',
  needsSiteUrl: false,
  resource: ({ cloud }) => cloud.resources.vivaEngage,
  delegatedScopes: () => ['user_impersonation'],
  probe: {
    label: () => 'GET /api/v1/users/current.json',
    path: () => '/api/v1/users/current.json',
    summarize: (body) => {
      const name = stringField(body, 'full_name') ?? 'Current user';
      const network = stringField(body, 'network_name');
      return network ? `${name} (${network})` : name;
    },
  },
};
