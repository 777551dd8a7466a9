/**
 * Issue 14, item 4 (the connect dialog's part): in a cloud with no app registration, the
 * dialog says so once, where it belongs, and its "Set up an app registration" button stays in
 * sight and can be pressed, at the main window's smallest size too. Pressing Sign in anyway
 * does not repeat the message: the one already shown becomes the refusal.
 */
import { expect, test } from '../harness/fixtures';

const NO_APP = 'No app registration is configured for Microsoft 365.';

test('no app registration: one message, its Set up button in sight, also after Sign in', async ({
  desk,
  dash,
}) => {
  await desk.page.setViewportSize({ width: 880, height: 600 }); // the main window's minimum
  const dialog = await dash.openConnect('Microsoft Graph');
  await dialog.getByRole('combobox', { name: 'Cloud' }).click();
  await desk.page.getByRole('option', { name: /US Government \(GCC High\)/ }).click();
  await expect(dialog.getByText(NO_APP)).toHaveCount(1);

  const setUp = dialog.getByRole('button', { name: 'Set up an app registration' });
  const appId = dialog.getByRole('textbox', { name: 'Application (client) ID' });
  const expectInSight = async () => {
    await setUp.scrollIntoViewIfNeeded();
    // The button itself takes the click: nothing (the App ID field) lies over it.
    await setUp.click({ trial: true, timeout: 3_000 });
    const button = (await setUp.boundingBox())!;
    const field = (await appId.boundingBox())!;
    expect(button.y + button.height, 'the button ends above the App ID field').toBeLessThanOrEqual(
      field.y,
    );
  };
  await expectInSight();

  await dialog.getByRole('radio', { name: 'Device code' }).check();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  const bar = dialog.locator('[data-problem-code="no_app_registration"]');
  // The refusal is the same problem: the one message turns from a warning into the refusal.
  await expect(bar).toHaveAttribute('data-intent', 'error');
  await expect(dialog.getByText(NO_APP)).toHaveCount(1);
  await expectInSight();

  await setUp.click();
  await expect(dialog).toBeHidden();
  await expect(desk.page.getByRole('dialog', { name: 'Set up your app' })).toBeVisible();
  expect(desk.pageErrors).toEqual([]);
});
