/**
 * The dashboard as a person uses it: a panel per service, the connect dialog, the accounts
 * list. Specs speak in these steps rather than in selectors.
 */
import { expect, type Page } from '@playwright/test';
import { approveDeviceCode, field, type SandboxUser } from './person';

export class Dashboard {
  constructor(
    readonly page: Page,
    private readonly personPage: Page,
  ) {}

  panel(label: string) {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** Connect by device code, approved in the person's own browser. */
  async connectWithNewSignIn(label: string, user: SandboxUser, siteUrl?: string) {
    await this.panel(label).getByRole('button', { name: 'Connect' }).click();
    const connectDialog = this.page.getByRole('dialog', { name: `Connect ${label}` });
    if (await connectDialog.isVisible().catch(() => false)) {
      if (siteUrl) await connectDialog.getByLabel('SharePoint URL').fill(siteUrl);
      await connectDialog.getByRole('button', { name: 'Sign in with another account' }).click();
    }
    const dialog = this.page.getByRole('dialog', { name: `Sign in to ${label}` });
    const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
    const url = (await dialog.getByText(/^https:\/\/.*\/devicelogin$/).textContent())!.trim();
    await approveDeviceCode(this.personPage, url, code, user);
    await expect(dialog).toBeHidden();
  }

  /** Connect with an account that is already signed in. */
  async connectWithAccount(label: string, displayName: string, siteUrl?: string) {
    await this.panel(label).getByRole('button', { name: 'Connect' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Connect ${label}` });
    if (siteUrl) await dialog.getByLabel('SharePoint URL').fill(siteUrl);
    await dialog.getByRole('button', { name: `Use ${displayName}` }).click();
    await expect(dialog).toBeHidden();
  }

  async expectConnected(label: string, username: string) {
    const panel = this.panel(label);
    await expect(panel.getByText('Connected', { exact: true })).toBeVisible();
    await expect(field(panel, 'Account')).toContainText(username);
  }

  async expectProbe(label: string, status: RegExp | string) {
    await expect(field(this.panel(label), 'Live probe')).toContainText(status);
  }
}

export const SERVICE_LABELS = [
  'Microsoft Graph',
  'SharePoint Online',
  'Entra ID',
  'Office 365 Management APIs',
  'Azure Service Management',
  'Viva Engage',
] as const;
