/**
 * A proxy that wants a password: the person types its URL with the password once, the app
 * shows it as •••, signs in and probes through it, and after a restart still gets through
 * (the password came back from the encrypted vault). The fixture's leak proof then finds the
 * password in no answer, event or store file.
 */
import { expect, test } from '../harness/fixtures';
import {
  startForwardingProxy,
  type ForwardingProxy,
} from '../../main/core/testing/forwarding-proxy';

const PASSWORD = 'Pr0xy-Pass-e2e-4d1c';
let proxy: ForwardingProxy;
test.afterEach(async () => proxy?.close());

test('a proxy password is typed once, shown as •••, and still works after a restart', async ({
  desk,
  dash,
  users,
}) => {
  proxy = await startForwardingProxy({ credentials: { username: 'alice', password: PASSWORD } });
  const admin = users.globalAdmin;
  const status = desk.page.getByRole('contentinfo');
  const shown = proxy.url.replace('http://', 'http://alice:•••@');

  await test.step('the person sets the proxy with its password in the status bar', async () => {
    await status.getByRole('button', { name: 'Proxy' }).click();
    const dialog = desk.page.getByRole('dialog', { name: 'Proxy' });
    await dialog
      .getByRole('textbox', { name: 'Proxy URL' })
      .fill(proxy.url.replace('http://', `http://alice:${PASSWORD}@`));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(status).toContainText(shown);
  });

  await test.step('sign-in and probe go through the proxy, with the password', async () => {
    await dash.connectWithNewSignIn('Microsoft Graph', admin);
    await dash.expectConnected('Microsoft Graph', admin.upn);
    await dash.expectProbe('Microsoft Graph', '200');
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(proxy.refused).toEqual([]);
  });

  await test.step('after a restart the password comes back from the vault', async () => {
    const before = proxy.tunnels.length;
    await desk.restart();
    await expect(status).toContainText(shown);
    await dash.expectConnected('Microsoft Graph', admin.upn);
    await dash.panel('Microsoft Graph').getByRole('button', { name: 'Refresh' }).click();
    await dash.expectProbe('Microsoft Graph', '200');
    expect(proxy.tunnels.length).toBeGreaterThan(before); // a new tunnel had to authenticate
    expect(proxy.refused).toEqual([]);
  });
});
