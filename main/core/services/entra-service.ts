import type { ServiceDefinition } from './service-definition';
import { collection, stringField } from './service-definition';

/** Azure AD Graph is retired: directory work goes through Microsoft Graph. */
export const entraService: ServiceDefinition = {
  id: 'entra',
  label: 'Entra ID',
  description:
    'Users, groups, app registrations and roles in your directory (through Microsoft Graph).',
  accountNeed:
    'Any work account of your tenant reads the directory; changing it needs an Entra admin role, such as User Administrator.',
  appOnlySupported: true,
  needsSiteUrl: false,
  resource: ({ cloud }) => cloud.resources.graph,
  delegatedScopes: () => ['Directory.Read.All'],
  probe: {
    label: () => 'GET /v1.0/users?$top=1',
    path: () => '/v1.0/users?$top=1&$select=id,displayName,userPrincipalName',
    summarize: (body) => {
      const first = collection(body)[0];
      const name = stringField(first, 'displayName');
      return name ? `Directory readable (first user: ${name})` : 'Directory readable (no users)';
    },
  },
  // Members read the directory by default unless the tenant restricts it; then a directory role
  // does ("Default user permissions", learn.microsoft.com/entra/fundamentals/users-default-permissions;
  // "List users", learn.microsoft.com/graph/api/user-list, Permissions).
  refusal: () => ({
    action: 'read the directory’s users',
    roles: 'the Directory Readers or Global Reader role',
  }),
};
