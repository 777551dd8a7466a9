/**
 * The "Set up your app" wizard as a person walks it: steps, the setup sign-in (device code,
 * approved in the person's browser) and the buttons between steps.
 */
import { expect, type Page } from '@playwright/test';
import { approveDeviceCode, type SandboxUser } from './person';

export class SetupWizard {
  constructor(
    readonly page: Page,
    private readonly personPage: Page,
  ) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Set up your app' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Set up app' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async next() {
    await this.dialog.getByRole('button', { name: 'Next' }).click();
  }

  /** Sign in for setup with the bootstrap app, by device code. */
  async signInForSetup(user: SandboxUser) {
    const signIn = this.dialog.getByRole('form', { name: 'Sign in for setup' });
    await signIn.getByRole('radio', { name: 'Device code' }).check();
    await signIn.getByRole('button', { name: 'Sign in', exact: true }).click();
    const codeDialog = this.page.getByRole('dialog', { name: /^Sign in to / });
    const code = (await codeDialog.getByRole('group', { name: 'Device code' }).textContent())!;
    const url = (await codeDialog.getByText(/^https:\/\/.*\/devicelogin$/).textContent())!;
    await approveDeviceCode(this.personPage, url.trim(), code.trim(), user);
    await expect(codeDialog).toBeHidden();
    await expect(this.dialog.getByRole('region', { name: 'Signed in for setup' })).toContainText(
      user.upn,
    );
  }
}
