/**
 * AADSTS50105 on a panel (issue 18): Graph's token renewal refused because the account is not
 * assigned to the app, with "Copy a request for access", and the panel once it was pressed.
 */
import { connectGraph } from './dashboard-screens';
import type { Screens } from './session';

const GRAPH = 'Microsoft Graph';

export async function assignmentShots(s: Screens) {
  const { sandbox, dash, page } = s;
  await page.getByRole('button', { name: 'Refresh all' }).waitFor();
  sandbox.control.setAccessTokenLifetime(120); // due for renewal at once: Refresh asks Entra
  try {
    await connectGraph(s, s.users.plain);
    sandbox.control.failSignIn(50105, 1);
    const panel = dash.panel(GRAPH);
    await panel.getByRole('button', { name: 'Refresh', exact: true }).click();
    const copy = panel.getByRole('button', { name: 'Copy a request for access' });
    await copy.waitFor();
    await s.shoot('dashboard-not-assigned-to-app');
    await copy.click();
    await panel
      .getByRole('status')
      .filter({ hasText: /Copied|clipboard refused/ })
      .waitFor();
    await s.shoot('dashboard-not-assigned-request-copied');
  } finally {
    sandbox.control.setAccessTokenLifetime(3600);
  }
}
