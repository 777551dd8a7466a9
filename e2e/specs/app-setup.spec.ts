/**
 * Issue 5, end to end: in a tenant with no app of its own, an admin lets the wizard create the
 * app registration (created, consented, replicated), verifies it by signing in with it (which
 * connects the chosen services through it) and saves it as the default for new connections.
 */
import { expect, test } from '../harness/fixtures';
import { field, showMoreDetails, signInOnAuthorityPage } from '../harness/person';
import { GUID, fixFromFailedSignIn } from '../harness/setup-wizard';
import { NATIVE_CLIENT_REDIRECT_URI } from '../../main/core/flows/sign-in-window-flow';

test('an admin creates the app with the wizard, verifies it by signing in with it, and the chosen services connect through it', async ({
  desk,
  sandbox,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  sandbox.control.setReplicationDelay(1500); // Entra takes a while to see a new app

  await test.step('explain, then choose Graph and SharePoint at the standard level', async () => {
    await wizard.open();
    await expect(
      wizard.dialog.getByRole('heading', { name: 'Delegated permissions' }),
    ).toBeVisible();
    await expect(
      wizard.dialog.getByRole('heading', { name: 'Application permissions' }),
    ).toBeVisible();
    await wizard.next();
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      await wizard.dialog.getByRole('checkbox', { name: label, exact: true }).check();
      await wizard.dialog
        .getByRole('radiogroup', { name: `${label} permissions` })
        .getByRole('radio', { name: 'Standard' })
        .check();
    }
    // Before anyone signed in for setup: each part of a permission says which role it needs.
    const sharePoint = wizard.dialog.getByRole('region', { name: 'SharePoint Online' });
    const fullControl = sharePoint.getByRole('list', {
      name: 'What AllSites.FullControl would allow',
    });
    await expect(fullControl.getByRole('listitem').nth(1)).toHaveText(
      'Open the SharePoint admin center needs the SharePoint Administrator, Global Administrator or Global Reader role',
    );
    await expect(wizard.dialog.getByRole('note')).toContainText('Once you sign in for setup');
    await wizard.next();
  });

  let clientId = '';
  await test.step('create it for me: sign in as an admin, create, watch the steps finish', async () => {
    await wizard.dialog.getByRole('radio', { name: 'Create it for me' }).check();
    await wizard.signInForSetup(admin);
    // Back at Choose, each permission is weighed against the admin's own roles.
    await wizard.dialog.getByRole('button', { name: 'Back' }).click();
    await expect(wizard.dialog.getByRole('note')).toHaveText(
      `Checked against ${admin.displayName}’s roles: Global Administrator.`,
    );
    const adminCenter = wizard.dialog
      .getByRole('list', { name: 'What AllSites.FullControl would allow' })
      .getByRole('listitem')
      .nth(1);
    await expect(adminCenter).toHaveAttribute('data-allowed', 'true');
    await expect(adminCenter).toHaveText('Open the SharePoint admin center');
    await wizard.next();
    await expect(
      wizard.dialog.getByRole('checkbox', { name: 'Grant admin consent for the tenant now' }),
    ).toBeChecked();
    await wizard.dialog.getByRole('button', { name: 'Create app registration' }).click();
    const created = wizard.dialog.getByRole('region', { name: 'Created app registration' });
    await expect(created).toBeVisible({ timeout: 60_000 });
    // The first GUID on the card is the application (client) ID; the second is the tenant.
    clientId = (await created.getByText(GUID).first().textContent())!.trim();
    const waited = sandbox.control
      .requests()
      .filter((r) => r.path.endsWith('/devicecode') && r.clientId === clientId);
    expect(waited.length).toBeGreaterThan(1); // it waited for replication, and retried
  });

  await test.step('verify by signing in with the new app: Graph and SharePoint connect through it', async () => {
    const verify = wizard.dialog.getByRole('region', { name: 'Verify the app' });
    await verify.getByRole('radio', { name: 'Sign-in window' }).check();
    const windowOpened = desk.nextSignInWindow();
    await verify.getByRole('button', { name: 'Sign in with the new app' }).click();
    await signInOnAuthorityPage(await windowOpened, admin);
    await expect(verify.getByText('Verified: the app works')).toBeVisible({ timeout: 30_000 });
    const verified = verify.getByRole('list', { name: 'Verified services' });
    for (const label of ['Microsoft Graph', 'SharePoint Online']) {
      await expect(verified.getByRole('listitem').filter({ hasText: label })).toContainText(
        `Connected as ${admin.displayName} (${admin.upn})`,
      );
    }
    // The sign-in went through the new app, not the setup app.
    const tokens = sandbox.control
      .requests()
      .filter((r) => r.path.endsWith('/oauth2/v2.0/token') && r.clientId === clientId);
    expect(tokens.length).toBeGreaterThan(0);
  });

  await test.step('save it for new connections; the verified services stay connected', async () => {
    await wizard.next();
    await wizard.dialog.getByRole('button', { name: 'Use this app for new connections' }).click();
    await expect(wizard.dialog.getByText('Set in M365 Desk').first()).toBeVisible();
    await wizard.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(wizard.dialog).toBeHidden();
    // Closing the wizard ended its privileged setup sign-in.
    await expect
      .poll(async () =>
        (await desk.bridgeTranscript()).includes(
          'result appSetup.signOut {"ok":true,"value":{"signedOut":true}}',
        ),
      )
      .toBe(true);

    await dash.expectConnected('Microsoft Graph', admin.upn);
    await dash.expectConnected('SharePoint Online', admin.upn);
    await dash.expectProbe('SharePoint Online', '200');
    const accounts = desk.page.getByRole('region', { name: 'Accounts' });
    await expect(accounts).toContainText(clientId);
    await showMoreDetails(dash.panel('Microsoft Graph'));
    await expect(field(dash.panel('Microsoft Graph'), 'Permissions')).toContainText('User.Read');
    // A new sign-in for any other service now starts from the saved app.
    const connect = await dash.openConnect('Entra ID');
    await dash.chooseNewSignIn(connect);
    await expect(connect.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(
      clientId,
    );
  });
});

test('a plain user needs an admin: the admin consent link works, then the user connects', async ({
  desk,
  sandbox,
  personPage,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  const plain = users.plain;
  const clientId = await wizard.createAndSave(admin, false);
  sandbox.control.setUsersMayConsent(false);
  try {
    const graph = dash.panel('Microsoft Graph');
    const windowOpened = desk.nextSignInWindow();
    await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Sign-in window');
    await signInOnAuthorityPage(await windowOpened, plain);
    await graph.getByRole('button', { name: 'Grant consent' }).click();

    const consent = desk.page.getByRole('dialog', { name: 'Grant consent for Microsoft Graph' });
    await expect(consent.getByText('Only an administrator can grant this')).toBeVisible();
    await expect(consent.getByRole('list', { name: 'Missing for Microsoft Graph' })).toContainText(
      'User.Read',
    );
    // The refused first sign-in saved nothing to read roles from: no verdict, what it covers.
    await expect(consent.getByRole('note')).toHaveText(
      'Each permission says which role it needs, if any.',
    );
    await expect(consent.getByRole('list', { name: 'What User.Read would allow' })).toHaveText(
      'Sign you in and read your own profile',
    );
    const link = (await consent.getByText(/\/v2\.0\/adminconsent\?/).textContent())!.trim();
    expect(new URL(link).searchParams.get('client_id')).toBe(clientId);

    // The admin opens the link in their own browser and accepts.
    await personPage.goto(link);
    await signInOnAuthorityPage(personPage, admin);
    await personPage.getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() =>
        sandbox.control
          .requests()
          .some((r) => r.path.includes('/adminconsent') && r.status < 400 && r.method === 'POST'),
      )
      .toBe(true);

    // The first sign-in failed, so there is no token to re-check with: the dialog's own
    // re-check is a new sign-in.
    await expect(consent.getByRole('button', { name: 'Check again' })).toHaveCount(0);
    const again = desk.nextSignInWindow();
    await consent.getByRole('button', { name: 'Sign in again' }).click();
    await expect(consent).toBeHidden();
    await dash.startNewSignIn(
      desk.page.getByRole('dialog', { name: 'Connect Microsoft Graph' }),
      'Sign-in window',
    );
    await signInOnAuthorityPage(await again, plain);
    await dash.expectConnected('Microsoft Graph', plain.upn);
  } finally {
    sandbox.control.setUsersMayConsent(true);
  }
});

test('public client flows off: device code fails with AADSTS7000218, the fix button fixes the app', async ({
  sandbox,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  const clientId = await wizard.createAndSave(admin, true); // with consent, saved as the default
  sandbox.control.setPublicClientFlows(clientId, false);

  // The token service refuses the first poll, before anyone could enter the code.
  await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Device code');
  const graph = dash.panel('Microsoft Graph');
  await expect(graph.getByText(/does not allow public client flows/)).toBeVisible();
  await fixFromFailedSignIn(wizard, graph, clientId, admin, 'Public client flows are allowed');

  await dash.connectWithNewSignIn('Microsoft Graph', admin);
  await dash.expectConnected('Microsoft Graph', admin.upn);
});

test('redirect URI missing: the sign-in window shows AADSTS50011, the fix button adds it back', async ({
  desk,
  sandbox,
  dash,
  wizard,
  users,
}) => {
  const admin = users.globalAdmin;
  const clientId = await wizard.createAndSave(admin, true); // with consent, saved as the default
  sandbox.control.removeRedirectUri(clientId, NATIVE_CLIENT_REDIRECT_URI);

  // Entra answers with an error page, not a redirect: the window reads it and gives up.
  const windowOpened = desk.nextSignInWindow();
  await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Sign-in window');
  const signInWindow = await windowOpened;
  await expect.poll(() => signInWindow.isClosed()).toBe(true);
  const graph = dash.panel('Microsoft Graph');
  await expect(graph.getByText(/does not list the redirect URI/)).toBeVisible();
  await fixFromFailedSignIn(
    wizard,
    graph,
    clientId,
    admin,
    'The redirect URIs are registered',
    NATIVE_CLIENT_REDIRECT_URI,
  );

  const again = desk.nextSignInWindow();
  await dash.startNewSignIn(await dash.openConnect('Microsoft Graph'), 'Sign-in window');
  await signInOnAuthorityPage(await again, admin);
  await dash.expectConnected('Microsoft Graph', admin.upn);
});
