/**
 * Who may grant application permissions (app role assignments), as Entra draws the line: "Grant
 * tenant-wide admin consent to an application" (learn.microsoft.com/entra/identity/enterprise-apps/
 * grant-admin-consent, Prerequisites) lets Global and Privileged Role Administrators grant any
 * permission of any API, and Cloud Application and Application Administrators any except
 * Microsoft Graph app roles. Graph refuses those with 403 `Authorization_RequestDenied`.
 */
import { describe, expect, it } from 'vitest';
import { GRAPH_APP_ID, useAppSetupFixture } from '../../testing/app-setup-fixture.js';
import { graphSetupSteps } from '../../testing/graph-setup-steps.js';
import { jsonOf } from '../../testing/https-client.js';

const SHAREPOINT_APP_ID = '00000003-0000-0ff1-ce00-000000000000';
const MANAGEMENT_APP_ID = 'c5393580-f805-4401-95e8-94b7a6ef2fc2';

describe('granting application permissions', () => {
  const f = useAppSetupFixture();
  const { createApp, assignAppRole } = graphSetupSteps(f);

  it('an Application Administrator is refused Microsoft Graph app roles in Graph’s own words', async () => {
    const token = await f.cliToken('alex');
    const app = await createApp(token, 'Nightly job', {});
    const refused = await assignAppRole(token, app.spId, GRAPH_APP_ID, 'User.Read.All');
    expect(refused.status).toBe(403);
    expect(jsonOf(refused)).toMatchObject({
      error: {
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
        innerError: { 'request-id': expect.any(String), date: expect.any(String) },
      },
    });
    // Nothing was granted.
    const held = await f.graphOk<{ value: unknown[] }>(
      'GET',
      `/v1.0/servicePrincipals/${app.spId}/appRoleAssignments`,
      token,
    );
    expect(held.value).toEqual([]);
  });

  it('an Application Administrator may grant SharePoint’s and the Management API’s app roles', async () => {
    const token = await f.cliToken('alex');
    const app = await createApp(token, 'Site reports', {});
    expect((await assignAppRole(token, app.spId, SHAREPOINT_APP_ID, 'Sites.Read.All')).status).toBe(
      201,
    );
    expect(
      (await assignAppRole(token, app.spId, MANAGEMENT_APP_ID, 'ActivityFeed.Read')).status,
    ).toBe(201);
  });

  it('a Global Administrator may grant Microsoft Graph app roles', async () => {
    const token = await f.cliToken('admin');
    const app = await createApp(token, 'Directory export', {});
    expect((await assignAppRole(token, app.spId, GRAPH_APP_ID, 'User.Read.All')).status).toBe(201);
  });
});
