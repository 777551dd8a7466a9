/**
 * The spine, end to end: connect Microsoft Graph with a device code, see who and what is
 * connected, survive a restart without signing in again, disconnect, and leak nothing.
 */
import { expect, test } from '../harness/fixtures';
import { approveDeviceCode, field, showMoreDetails } from '../harness/person';

test('connects Microsoft Graph by device code, survives a restart, disconnects, and leaks no token', async ({
  desk,
  sandbox,
  personPage,
  dash,
  users,
}) => {
  const { page } = desk;
  const admin = users.globalAdmin;
  const graph = page.getByRole('region', { name: 'Microsoft Graph' });

  await test.step('the dashboard starts disconnected', async () => {
    await expect(graph.getByText('Disconnected')).toBeVisible();
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    expect(
      await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process),
    ).toBe('undefined');
  });

  await test.step('Connect shows the device code, the URL and a countdown; the person approves it', async () => {
    await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Device code');
    const dialog = page.getByRole('dialog', { name: 'Sign in to Microsoft Graph' });
    const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9-]{8,12}$/);
    const verificationUri = `${sandbox.info.url}/devicelogin`;
    await expect(dialog.getByText(verificationUri)).toBeVisible();
    await expect(dialog.getByRole('timer')).toHaveText(/Code expires in 1[45]:\d\d/);
    await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeVisible();

    await dialog.getByRole('button', { name: 'Open in browser' }).click();
    await approveDeviceCode(personPage, verificationUri, code, admin);
    await expect(dialog).toBeHidden();
  });

  await test.step('the panel shows account, tenant, expiry, scopes and a live probe', async () => {
    await expect(graph.getByText('Connected', { exact: true })).toBeVisible();
    await expect(field(graph, 'Account')).toContainText(admin.displayName);
    await expect(field(graph, 'Account')).toContainText(admin.upn);
    await showMoreDetails(graph);
    await expect(field(graph, 'Tenant')).toContainText(sandbox.info.tenantDomain);
    await expect(field(graph, 'Tenant')).toContainText(sandbox.info.tenantId);
    await expect(field(graph, 'Token expires')).toContainText(/in (59|60) min|in 1 h/);
    await expect(field(graph, 'Permissions')).toContainText('User.Read');
    await expect(field(graph, 'Live probe')).toContainText('GET /v1.0/me');
    await expect(field(graph, 'Live probe')).toContainText('200');
    await expect(field(graph, 'Live probe')).toContainText(/\d+ ms/);
  });

  await test.step('after a restart the connection is read back and the probe works without a new sign-in', async () => {
    const deviceCodeRequests = () =>
      sandbox.control.requests().filter((r) => r.path.endsWith('/devicecode')).length;
    const before = deviceCodeRequests();
    await desk.restart();
    await expect(graph.getByText('Connected', { exact: true })).toBeVisible();
    await expect(field(graph, 'Account')).toContainText(admin.upn);
    await expect(field(graph, 'Live probe')).toContainText('200');
    expect(deviceCodeRequests()).toBe(before);
    const snapshot = await desk.inspectStore();
    expect(snapshot.accounts).toHaveLength(1);
    expect(snapshot.bindings).toHaveLength(1);
    expect(Object.keys(snapshot.tokenCache?.RefreshToken ?? {})).toHaveLength(1);
  });

  await test.step('Disconnect removes the account and all its tokens', async () => {
    await graph.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
    await expect(graph.getByText('Disconnected')).toBeVisible();
    const snapshot = await desk.inspectStore();
    expect(snapshot.accounts).toEqual([]);
    expect(snapshot.bindings).toEqual([]);
    expect(Object.keys(snapshot.tokenCache?.Account ?? {})).toEqual([]);
    expect(Object.keys(snapshot.tokenCache?.RefreshToken ?? {})).toEqual([]);
    expect(Object.keys(snapshot.tokenCache?.AccessToken ?? {})).toEqual([]);
  });

  await test.step('no access or refresh token is in the store directory or crossed the bridge', async () => {
    const tokens = sandbox.control.issuedTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(2); // at least one access and one refresh token
    const { rawFiles } = await desk.inspectStore();
    const transcript = await desk.bridgeTranscript();
    expect(transcript).toContain('signIn.deviceCode'); // the recorder really saw the traffic
    for (const token of tokens) {
      expect(rawFiles.includes(token), 'a token is in the store directory').toBe(false);
      expect(transcript.includes(token), 'a token crossed the bridge').toBe(false);
    }
  });

  expect(desk.pageErrors).toEqual([]);
});
