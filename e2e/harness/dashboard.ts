/**
 * The dashboard as a person uses it: a panel per service, the connect dialog, the accounts
 * list. Specs speak in these steps rather than in selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { approveDeviceCode, field, type SandboxUser } from './person';

export class Dashboard {
  constructor(
    private readonly app: { readonly page: Page },
    private readonly personPage: Page,
  ) {}

  /** The app's page now: after a restart, the new window's. */
  get page(): Page {
    return this.app.page;
  }

  panel(label: string) {
    return this.page.getByRole('region', { name: label, exact: true });
  }

  /** The accounts list, one item per signed-in account (named connection). */
  get accountItems() {
    return this.page.getByRole('region', { name: 'Accounts' }).getByRole('listitem');
  }

  /** Connect by device code, approved in the person's own browser. */
  async connectWithNewSignIn(label: string, user: SandboxUser, siteUrl?: string) {
    await this.startNewSignIn(await this.openConnect(label), 'Device code', siteUrl);
    await this.finishDeviceCode(label, user);
  }

  /** "Sign in again" on a panel that needs it, by device code. */
  async signInAgain(label: string, user: SandboxUser) {
    await this.panel(label).getByRole('button', { name: 'Sign in again' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Connect ${label}` });
    await this.startNewSignIn(dialog, 'Device code');
    await this.finishDeviceCode(label, user);
  }

  /** The person enters the code shown in the app and approves it in their browser. */
  async finishDeviceCode(label: string, user: SandboxUser) {
    const { dialog, code, url } = await this.deviceCode(label);
    await approveDeviceCode(this.personPage, url, code, user);
    await expect(dialog).toBeHidden();
  }

  /** The device code dialog of a sign-in to `label`, with the code and page it shows. */
  async deviceCode(label: string) {
    const dialog = this.page.getByRole('dialog', { name: `Sign in to ${label}` });
    const code = (await dialog.getByRole('group', { name: 'Device code' }).textContent())!.trim();
    const url = (await dialog.getByText(/^https:\/\/.*\/devicelogin$/).textContent())!.trim();
    return { dialog, code, url };
  }

  /** In the connect dialog: past the signed-in accounts (if any) to the new sign-in form. */
  async chooseNewSignIn(connectDialog: Locator) {
    const another = connectDialog.getByRole('button', { name: 'Sign in with another account' });
    const form = connectDialog.getByRole('radio', { name: 'Device code' });
    await expect(another.or(form)).toBeVisible();
    if (await another.isVisible()) await another.click();
  }

  /**
   * In the connect dialog: past the accounts already signed in (if any), fill the site, pick
   * the method and press Sign in.
   */
  async startNewSignIn(connectDialog: Locator, method: string, siteUrl?: string) {
    await this.chooseNewSignIn(connectDialog);
    const methodRadio = connectDialog.getByRole('radio', { name: method });
    if (siteUrl) await connectDialog.getByLabel('SharePoint URL').fill(siteUrl);
    await methodRadio.check();
    await connectDialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** Opens the connect dialog of a service. */
  async openConnect(label: string): Promise<Locator> {
    await this.panel(label).getByRole('button', { name: 'Connect', exact: true }).click();
    return this.page.getByRole('dialog', { name: `Connect ${label}` });
  }

  /** App-only with a client secret, typed into the connect dialog (past any signed-in account). */
  async connectAppOnlyWithSecret(
    label: string,
    app: { clientId: string; secret: string },
    tenant: string,
  ) {
    const dialog = await this.openConnect(label);
    await this.chooseNewSignIn(dialog);
    await dialog.getByRole('radio', { name: 'App-only (certificate or secret)' }).check();
    await dialog.getByLabel('Application (client) ID').fill(app.clientId);
    await dialog.getByRole('textbox', { name: 'Tenant' }).fill(tenant);
    await dialog.getByRole('radio', { name: 'Client secret' }).check();
    await dialog.getByLabel('Secret value').fill(app.secret);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Connect with an account that is already signed in. */
  async connectWithAccount(label: string, displayName: string, siteUrl?: string) {
    await this.panel(label).getByRole('button', { name: 'Connect', exact: true }).click();
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

  /**
   * Painted from the saved connection while its check is still under way: the account is shown,
   * the probe line says so, and the panel is marked as checking (its badge not green).
   */
  async expectChecking(label: string, username: string) {
    const panel = this.panel(label);
    await expect(field(panel, 'Live probe')).toHaveText('Checking the service…');
    await expect(panel).toHaveAttribute('data-checking', 'true');
    await expect(field(panel, 'Account')).toContainText(username);
  }

  /** "Refresh all", until every panel has its answer (give it a latency long enough to see it busy). */
  async refreshAll() {
    const button = this.page.getByRole('button', { name: 'Refresh all' });
    await button.click();
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).not.toHaveAttribute('aria-disabled');
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
