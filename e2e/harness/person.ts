/**
 * What the person does in their own browser: the emulator's device login pages, step by step,
 * exactly as they would with Microsoft's.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface SandboxUser {
  upn: string;
  password: string;
}

export async function approveDeviceCode(
  page: Page,
  verificationUri: string,
  code: string,
  user: SandboxUser,
) {
  await enterDeviceCode(page, verificationUri, code, user);
  // Accept on a consent page; Continue where nothing needs consent (Entra only asks whether the
  // person meant to sign in there).
  await page.getByRole('button', { name: /^(Accept|Continue)$/ }).click();
  await expect(page.getByText('You may now close this window')).toBeVisible();
}

/** The person enters the code and signs in; the consent or confirmation page is next. */
export async function enterDeviceCode(
  page: Page,
  verificationUri: string,
  code: string,
  user: SandboxUser,
) {
  await page.goto(verificationUri);
  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Next' }).click();
  await signInOnAuthorityPage(page, user);
}

/** The value shown for a labelled field of a panel (`<dt>label</dt><dd>value</dd>`). */
export function field(panel: Locator, label: string): Locator {
  return panel
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Unfolds a panel's "More details" (its tenant and permissions rows), if folded. */
export async function showMoreDetails(panel: Locator): Promise<void> {
  const toggle = panel.getByRole('button', { name: 'More details' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Signs in on the authority's sign-in page (a sign-in window or the person's browser tab). */
export async function signInOnAuthorityPage(page: Page, user: SandboxUser) {
  await page.getByLabel('Email').fill(user.upn);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
