import { describe, expect, it } from 'vitest';
import { scriptCommands } from './script-commands';

const app = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenant: 'contoso.onmicrosoft.com',
};

describe('use it from your scripts', () => {
  it('app-only with a certificate: m365 login and Connect-PnPOnline with the same app and tenant, no secret', () => {
    const [cli, pnp] = scriptCommands({
      ...app,
      kind: 'app-only',
      credential: 'certificate',
      cloud: 'public',
      siteUrl: 'https://contoso.sharepoint.com/sites/hr',
    });
    expect(cli!.command).toBe(
      'm365 login --authType certificate --appId 11111111-2222-3333-4444-555555555555 --tenant contoso.onmicrosoft.com --certificateFile ./m365-desk-app.pfx --password "$M365_CERTIFICATE_PASSWORD"',
    );
    expect(pnp!.command).toBe(
      "Connect-PnPOnline -Url 'https://contoso.sharepoint.com/sites/hr' -ClientId 11111111-2222-3333-4444-555555555555 -Tenant 'contoso.onmicrosoft.com' -CertificatePath ./m365-desk-app.pfx -CertificatePassword (Read-Host -AsSecureString -Prompt 'Certificate password')",
    );
  });

  it('delegated: device code and interactive; another cloud is named in each tool’s words', () => {
    const [cli, pnp] = scriptCommands({ ...app, kind: 'delegated', cloud: 'usgovhigh' });
    expect(cli!.command).toBe(
      'm365 login --authType deviceCode --appId 11111111-2222-3333-4444-555555555555 --tenant contoso.onmicrosoft.com --cloud USGovHigh',
    );
    expect(pnp!.command).toContain("-Url 'https://contoso.sharepoint.com'");
    expect(pnp!.command).toContain('-AzureEnvironment USGovernmentHigh -Interactive');
  });

  it('without a site or an onmicrosoft.com domain, PnP gets a placeholder URL and says to replace it', () => {
    const [, pnp] = scriptCommands({
      clientId: app.clientId,
      tenant: '9188040d-6c67-4c5b-b112-36a304b66dad',
      kind: 'delegated',
      cloud: 'public',
    });
    expect(pnp!.command).toContain("-Url 'https://YOUR-TENANT.sharepoint.com'");
    expect(pnp!.note).toBe('Replace YOUR-TENANT with your tenant’s name.');
  });

  it('a secret connection gets the CLI only (SharePoint refuses secrets), the secret read from a variable', () => {
    const commands = scriptCommands({
      ...app,
      kind: 'app-only',
      credential: 'secret',
      cloud: 'public',
    });
    expect(commands.map((c) => c.tool)).toEqual(['cli-microsoft-365']);
    expect(commands[0]!.command).toContain('--secret "$M365_CLIENT_SECRET"');
  });
});
