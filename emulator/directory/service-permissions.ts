import { appRole, delegated } from './permission-entries.js';
import type { AppRole, DelegatedScope } from './permission-entries.js';

/** Application ids of the non-Graph resources, as in every tenant. */
export const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';
export const MANAGEMENT_APP_ID = 'c5393580-f805-4401-95e8-94b7a6ef2fc2';
export const AZURE_MANAGEMENT_APP_ID = '797f4846-ba00-4fd7-ba43-dac1f8f63013';
export const YAMMER_APP_ID = '00000005-0000-0ff1-ce00-000000000000';

/** Office 365 SharePoint Online's delegated permissions (ids are Microsoft's where known). */
export const sharePointScopes: DelegatedScope[] = [
  delegated(SHAREPOINT_APP_ID, 'AllSites.Read', 'User', '4e0d77b0-96ba-4398-af14-3baa780278f4', [
    'Read items in all site collections',
    'Allows the app to read documents and list items in all site collections on behalf of the signed-in user.',
  ]),
  delegated(SHAREPOINT_APP_ID, 'AllSites.Write', 'User', '640ddd16-e5b7-4d71-9690-3f4022699ee7', [
    'Read and write items in all site collections',
    'Allows the app to create, read, update, and delete documents and list items in all site collections on behalf of the signed-in user.',
  ]),
  delegated(
    SHAREPOINT_APP_ID,
    'AllSites.FullControl',
    'Admin',
    '56680e0d-d2a3-4ae1-80d8-3c4f2100e3d0',
    [
      'Have full control of all site collections',
      'Allows the app to have full control of all site collections on behalf of the signed-in user.',
    ],
  ),
  delegated(SHAREPOINT_APP_ID, 'Sites.Search.All', 'Admin', undefined, [
    'Run search queries as a user',
    'Allows the app to run search queries on behalf of the signed-in user.',
  ]),
];

/** SharePoint's application permissions (app-only tokens need a certificate there). */
export const sharePointAppRoles: AppRole[] = [
  appRole(
    SHAREPOINT_APP_ID,
    'Sites.Read.All',
    'd13f72ca-a275-4b96-b789-48ebcc4da984',
    'Read items in all site collections',
    'Allows the app to read documents and list items in all site collections without a signed in user.',
  ),
  appRole(
    SHAREPOINT_APP_ID,
    'Sites.ReadWrite.All',
    'fbcd29d2-fcca-4405-aded-518d457caae4',
    'Read and write items in all site collections',
    'Allows the app to create, read, update, and delete documents and list items in all site collections without a signed in user.',
  ),
  appRole(
    SHAREPOINT_APP_ID,
    'Sites.FullControl.All',
    '678536fe-1083-478a-9c59-b99265e6b0d3',
    'Have full control of all site collections',
    'Allows the app to have full control of all site collections without a signed in user.',
  ),
];

/** Office 365 Management APIs: both delegated permissions need an administrator. */
export const managementScopes: DelegatedScope[] = [
  delegated(
    MANAGEMENT_APP_ID,
    'ActivityFeed.Read',
    'Admin',
    '570282fd-fa5c-430d-a7fd-fc8dc98a9dca',
    [
      'Read activity data for your organization',
      'Allows the application to read the activity data for your organization.',
    ],
  ),
  delegated(
    MANAGEMENT_APP_ID,
    'ServiceHealth.Read',
    'Admin',
    '17f1c501-83cd-414c-9064-cd10f7aef836',
    [
      'Read service health information for your organization',
      'Allows the application to read service health information for your organization.',
    ],
  ),
];

export const managementAppRoles: AppRole[] = [
  appRole(
    MANAGEMENT_APP_ID,
    'ActivityFeed.Read',
    '594c1fb6-4f81-4475-ae41-0c394909246c',
    'Read activity data for your organization',
    'Allows the application to read the activity data for your organization.',
  ),
  appRole(
    MANAGEMENT_APP_ID,
    'ServiceHealth.Read',
    'e2cea78f-e743-4d8f-a16a-75b629a038ae',
    'Read service health information for your organization',
    'Allows the application to read service health information for your organization.',
  ),
];

/** Azure Service Management: one delegated permission; access itself is Azure RBAC, no app roles. */
export const azureManagementScopes: DelegatedScope[] = [
  delegated(
    AZURE_MANAGEMENT_APP_ID,
    'user_impersonation',
    'User',
    '41094075-9dad-400e-a0bd-54e686782033',
    [
      'Access Azure Service Management as organization users (preview)',
      'Allows the application to access Azure Service Management as organization users.',
      'Access Azure Service Management as you (preview)',
      'Allows the application to access Azure Service Management as you.',
    ],
  ),
];

/** Yammer (Viva Engage): delegated only, it has no application permissions. */
export const yammerScopes: DelegatedScope[] = [
  delegated(YAMMER_APP_ID, 'user_impersonation', 'User', undefined, [
    'Read and write to the Yammer platform',
    'Allows the application to read and write to the Yammer platform on behalf of the signed-in user.',
  ]),
];
