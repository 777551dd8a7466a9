import { appRole, delegated } from './permission-entries.js';
import type { AppRole, ConsentTexts, ConsentType, DelegatedScope } from './permission-entries.js';

/** Application id of Microsoft Graph's service principal. */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

const scope = (value: string, type: ConsentType, id: string, texts: ConsentTexts) =>
  delegated(GRAPH_APP_ID, value, type, id, texts);

/**
 * The slice of Graph's delegated permissions the emulator understands, with Microsoft's ids:
 * what the sandbox app, the app-setup flow (as `m365 setup` runs it) and the probes use.
 */
export const graphScopes: DelegatedScope[] = [
  scope('User.Read', 'User', 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', [
    'Sign in and read user profile',
    'Allows users to sign-in to the app, and allows the app to read the profile of signed-in users. It also allows the app to read basic company information of signed-in users.',
    'Sign you in and read your profile',
  ]),
  scope('User.ReadBasic.All', 'User', 'b340eb25-3456-403f-be2f-af7a0d370277', [
    "Read all users' basic profiles",
    'Allows the app to read a basic set of profile properties of other users in your organization on behalf of the signed-in user.',
  ]),
  scope('User.Read.All', 'Admin', 'a154be20-db9c-4678-8ab7-66f6cc099a59', [
    "Read all users' full profiles",
    'Allows the app to read the full set of profile properties, reports, and managers of other users in your organization, on behalf of the signed-in user.',
  ]),
  scope('Directory.Read.All', 'Admin', '06da0dbc-49e2-44d2-8312-53f166ab848a', [
    'Read directory data',
    'Allows the app to read data in your organization\u2019s directory, such as users, groups and apps.',
  ]),
  scope('Directory.AccessAsUser.All', 'Admin', '0e263e50-5827-48a4-b97c-d940288653c7', [
    'Access directory as the signed in user',
    'Allows the app to have the same access to information in the directory as the signed-in user.',
  ]),
  scope('Organization.Read.All', 'Admin', '4908d5b9-3fb2-4b1e-9336-1888b7937185', [
    'Read organization information',
    'Allows the app to read the organization and related resources, on behalf of the signed-in user.',
  ]),
  scope('Application.Read.All', 'Admin', 'c79f8feb-a9db-4090-85f9-90d820caa0eb', [
    'Read applications',
    'Allows the app to read applications and service principals on behalf of the signed-in user.',
  ]),
  scope('Application.ReadWrite.All', 'Admin', 'bdfbf15f-ee85-4955-8675-146e8e5296b5', [
    'Read and write all applications',
    'Allows the app to create, read, update and delete applications and service principals on behalf of the signed-in user. Does not allow management of consent grants.',
  ]),
  scope('DelegatedPermissionGrant.ReadWrite.All', 'Admin', '41ce6ca6-6826-4807-84f1-1c82854f7ee5', [
    'Manage all delegated permission grants',
    'Allows the app to manage permission grants for delegated permissions exposed by any API (including Microsoft Graph), on behalf of the signed in user.',
  ]),
  scope('AppRoleAssignment.ReadWrite.All', 'Admin', '84bccea3-f856-4a8a-967b-dbe0a3d53a64', [
    'Manage app permission grants and app role assignments',
    'Allows the app to manage permission grants for application permissions to any API (including Microsoft Graph) and application assignments for any app, on behalf of the signed-in user.',
  ]),
  scope('Sites.Read.All', 'User', '205e70e5-aba6-4c52-a976-6d2d46c94b12', [
    'Read items in all site collections',
    'Allows the application to read documents and list items in all site collections on behalf of the signed-in user.',
  ]),
  scope('Sites.FullControl.All', 'Admin', '5a54b8b3-347c-476d-8f8e-42d5c7424d29', [
    'Have full control of all site collections',
    'Allows the application to have full control of all site collections on behalf of the signed-in user.',
  ]),
  scope('ServiceHealth.Read.All', 'Admin', '55896846-df78-47a7-aa94-8d3d4442ca7f', [
    'Read service health',
    'Allows the app to read your tenant\u2019s service health information on behalf of the signed-in user.',
  ]),
  // The OpenID Connect scopes are Graph permissions too; they never appear in `scp`.
  scope('openid', 'User', '37f7f235-527c-4136-accd-4a02d197296e', [
    'Sign users in',
    'Allows users to sign in to the app with their work or school accounts and allows the app to see basic user profile information.',
    'Sign you in',
  ]),
  scope('profile', 'User', '14dad69e-099b-42c9-810b-d002981feec1', [
    "View users' basic profile",
    "Allows the app to see your users' basic profile (e.g., name, picture, user name, email address).",
    'View your basic profile',
  ]),
  scope('email', 'User', '64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0', [
    "View users' email address",
    'Allows the app to read your users\u2019 primary email address.',
    'View your email address',
  ]),
  scope('offline_access', 'User', '7427e0e9-2fba-42fe-b0c0-848c9e6a8182', [
    'Maintain access to data you have given it access to',
    'Allows the app to see and update the data you gave it access to, even when users are not currently using the app.',
  ]),
];

const role = (value: string, id: string, displayName: string, description: string) =>
  appRole(GRAPH_APP_ID, value, id, displayName, description);

/** Graph's application permissions the emulator understands, with Microsoft's ids. */
export const graphAppRoles: AppRole[] = [
  role(
    'User.Read.All',
    'df021288-bdef-4463-88db-98f22de89214',
    'Read all users\u2019 full profiles',
    'Allows the app to read user profiles without a signed in user.',
  ),
  role(
    'Directory.Read.All',
    '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
    'Read directory data',
    'Allows the app to read data in your organization\u2019s directory, such as users, groups and apps, without a signed-in user.',
  ),
  role(
    'Organization.Read.All',
    '498476ce-e0fe-48b0-b801-37ba7e2685c6',
    'Read organization information',
    'Allows the app to read the organization and related resources, without a signed-in user.',
  ),
  role(
    'Application.Read.All',
    '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
    'Read all applications',
    'Allows the app to read all applications and service principals without a signed-in user.',
  ),
  role(
    'Application.ReadWrite.All',
    '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
    'Read and write all applications',
    'Allows the app to create, read, update and delete applications and service principals without a signed-in user. Does not allow management of consent grants.',
  ),
  role(
    'AppRoleAssignment.ReadWrite.All',
    '06b708a9-e830-4db3-a914-8e69da51d44f',
    'Manage app permission grants and app role assignments',
    'Allows the app to manage permission grants for application permissions to any API (including Microsoft Graph) and application assignments for any app, without a signed-in user.',
  ),
  role(
    'DelegatedPermissionGrant.ReadWrite.All',
    '8e8e4742-1d95-4f68-9d56-6ee75648c72a',
    'Manage all delegated permission grants',
    'Allows the app to manage permission grants for delegated permissions exposed by any API (including Microsoft Graph), without a signed-in user.',
  ),
  role(
    'Sites.Read.All',
    '332a536c-c7ef-4017-ab91-336970924f0d',
    'Read items in all site collections',
    'Allows the app to read documents and list items in all site collections without a signed in user.',
  ),
  role(
    'Sites.FullControl.All',
    'a82116e5-55eb-4c41-a434-62fe8a61c773',
    'Have full control of all site collections',
    'Allows the app to have full control of all site collections without a signed in user.',
  ),
  role(
    'ServiceHealth.Read.All',
    '79c261e0-fe76-4144-aad5-bdc68fbe4037',
    'Read service health',
    'Allows the app to read your tenant\u2019s service health information, without a signed-in user.',
  ),
];
