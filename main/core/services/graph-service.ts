import type { ServiceDefinition } from './service-definition';
import { collection, stringField } from './service-definition';

export const graphService: ServiceDefinition = {
  id: 'graph',
  label: 'Microsoft Graph',
  description: 'Users, groups, mail, Teams and most of Microsoft 365 through one API.',
  accountNeed:
    'Any work account of your tenant: Microsoft Graph answers with what that person may see.',
  appOnlySupported: true,
  needsSiteUrl: false,
  resource: ({ cloud }) => cloud.resources.graph,
  delegatedScopes: () => ['User.Read'],
  probe: {
    label: () => 'GET /v1.0/me',
    path: () => '/v1.0/me',
    summarize: (body) => {
      const name = stringField(body, 'displayName') ?? 'Signed-in user';
      const upn = stringField(body, 'userPrincipalName');
      return upn ? `${name} (${upn})` : name;
    },
  },
  appOnlyProbe: {
    label: () => 'GET /v1.0/organization',
    path: () => '/v1.0/organization?$select=id,displayName',
    summarize: (body) => stringField(collection(body)[0], 'displayName') ?? 'Organization readable',
  },
};
