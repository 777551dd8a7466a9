/**
 * How to fix each check in the Entra admin center, step by step, with every value spelled out
 * so it can be copied. Wording follows the admin center's own labels.
 */
import { describeNeeds, type ResourceNeed } from './required-access';

const appPage = (name: string) =>
  `In the Entra admin center (entra.microsoft.com) open Identity → Applications → App registrations → All applications → “${name}”`;

export const fixByHand = {
  createApp: () =>
    'Use “Create it for me”, or in the Entra admin center open Identity → Applications → App registrations → New registration, choose “Accounts in this organizational directory only”, and copy the Application (client) ID it shows.',
  publicClientFlows: (name: string) =>
    `${appPage(name)} → Authentication → Advanced settings → set “Allow public client flows” to Yes → Save.`,
  redirectUris: (name: string, missing: readonly string[]) =>
    `${appPage(name)} → Authentication → Add a platform → Mobile and desktop applications → under “Custom redirect URIs” enter ${missing.join(' and ')} (one per line) → Configure. If the platform is already there, use “Add URI” under it instead.`,
  permissions: (name: string, missing: readonly ResourceNeed[]) =>
    `${appPage(name)} → API permissions → Add a permission → for each API below, choose it (Microsoft APIs, or “APIs my organization uses” for SharePoint and Yammer), pick Delegated or Application permissions, tick the names, then Add permissions. Missing: ${describeNeeds(missing)}.`,
  servicePrincipal: (name: string) =>
    `${appPage(name)} → Overview → next to “Managed application in local directory” select “Create Service Principal”. (Granting admin consent also creates it.)`,
  consent: (name: string, tenant: string, consentUrl: string) =>
    `${appPage(name)} → API permissions → “Grant admin consent for ${tenant}” → Yes (a Global, Privileged Role, Cloud Application or Application Administrator must do this, and for Microsoft Graph’s application permissions a Global or Privileged Role Administrator). Or send an administrator this link: ${consentUrl}`,
};
