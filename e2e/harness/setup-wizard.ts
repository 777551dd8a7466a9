/**
 * The "Set up your app" wizard as a person walks it: steps, the setup sign-in (device code,
 * approved in the person's browser) and the buttons between steps.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { approveDeviceCode, type SandboxUser } from './person';

export class SetupWizard {
  constructor(
    private readonly app: { readonly page: Page },
    private readonly personPage: Page,
  ) {}

  /** The app's page now: after a restart, the new window's. */
  get page(): Page {
    return this.app.page;
  }

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

  /**
   * The whole "create it for me" path for Microsoft Graph (standard): sign in as `admin`,
   * create (granting consent or not), save as the default. Returns the new client id.
   */
  async createAndSave(admin: SandboxUser, grantConsent: boolean): Promise<string> {
    await this.open();
    await this.next();
    await this.dialog.getByRole('checkbox', { name: 'Microsoft Graph', exact: true }).check();
    await this.next();
    await this.dialog.getByRole('radio', { name: 'Create it for me' }).check();
    await this.signInForSetup(admin);
    const consent = this.dialog.getByRole('checkbox', {
      name: 'Grant admin consent for the tenant now',
    });
    await consent.setChecked(grantConsent);
    await this.dialog.getByRole('button', { name: 'Create app registration' }).click();
    const created = this.dialog.getByRole('region', { name: 'Created app registration' });
    await expect(created).toBeVisible({ timeout: 60_000 });
    // The first GUID on the card is the application (client) ID; the second is the tenant.
    const clientId = (await created.getByText(GUID).first().textContent())!.trim();
    await this.next();
    await this.dialog.getByRole('button', { name: 'Use this app for new connections' }).click();
    await expect(this.dialog.getByText('Set in M365 Desk').first()).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Connect services now' }).click();
    await expect(this.dialog).toBeHidden();
    return clientId;
  }
}

/**
 * From a failed sign-in's "Fix the app registration" on `panel`: the wizard opens at Check my
 * app for `clientId`; `admin` signs in for setup (closing the wizard ended the last setup
 * sign-in), the check named `checkLabel` fails, its Fix it makes it pass, and the wizard is
 * closed again. `failedWith` is text the failed check must show.
 */
export async function fixFromFailedSignIn(
  wizard: SetupWizard,
  panel: Locator,
  clientId: string,
  admin: SandboxUser,
  checkLabel: string,
  failedWith?: string,
) {
  await panel.getByRole('button', { name: 'Fix the app registration' }).click();
  await expect(wizard.dialog).toBeVisible();
  await expect(wizard.dialog.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(
    clientId,
  );
  await wizard.signInForSetup(admin);
  await wizard.dialog.getByRole('button', { name: 'Check my app' }).click();
  const check = wizard.dialog.getByRole('group', { name: checkLabel });
  await expect(check).toContainText('Failed');
  if (failedWith) await expect(check).toContainText(failedWith);
  await check.getByRole('button', { name: 'Fix it' }).click();
  await expect(check).toContainText('Passed');
  await wizard.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(wizard.dialog).toBeHidden();
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
