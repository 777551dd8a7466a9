/**
 * "Use it from your scripts": the same app and tenant in the CLI for Microsoft 365
 * (`m365 login`) and PnP PowerShell (`Connect-PnPOnline`), with each tool's own options. No
 * secret is ever in a command: a certificate's password and a client secret are read from a
 * variable or a prompt that the script's own secret store fills.
 */
import type { CloudId, ScriptCommand } from '../../../preload/contract';

export interface ScriptTarget {
  kind: 'delegated' | 'app-only';
  credential?: 'certificate' | 'secret';
  cloud: CloudId;
  clientId: string;
  /** The tenant's domain when known (PnP prefers it), else its id. */
  tenant: string;
  /** A SharePoint URL the connection uses; PnP always connects to one. */
  siteUrl?: string;
}

/** The CLI's `--cloud` and PnP's `-AzureEnvironment` per cloud; Public/Production are defaults. */
const CLI_CLOUD: Record<CloudId, string | undefined> = {
  public: undefined,
  sandbox: undefined,
  usgov: 'USGov',
  usgovhigh: 'USGovHigh',
  usgovdod: 'USGovDoD',
  china: 'China',
};
const PNP_ENVIRONMENT: Record<CloudId, string | undefined> = {
  public: undefined,
  sandbox: undefined,
  usgov: 'USGovernment',
  usgovhigh: 'USGovernmentHigh',
  usgovdod: 'USGovernmentDoD',
  china: 'China',
};

/** The file name the exported certificate is suggested under, and the commands name. */
export const PFX_FILE = 'm365-desk-app.pfx';

const PFX_NOTE = `Export the certificate first (Export certificate, as ${PFX_FILE}) and keep its password in your script host's secret store.`;

export function scriptCommands(target: ScriptTarget): ScriptCommand[] {
  const { clientId, tenant, cloud } = target;
  const cliCloud = CLI_CLOUD[cloud] ? ` --cloud ${CLI_CLOUD[cloud]}` : '';
  const pnpCloud = PNP_ENVIRONMENT[cloud] ? ` -AzureEnvironment ${PNP_ENVIRONMENT[cloud]}` : '';
  // PnP connects to a site: the connection's, else the tenant's root guessed from its
  // onmicrosoft.com domain, else a placeholder the note asks to replace.
  const guessed = /^([a-z0-9-]+)\.onmicrosoft\.com$/i.exec(tenant)?.[1];
  const url = target.siteUrl ?? `https://${guessed ?? 'YOUR-TENANT'}.sharepoint.com`;
  const placeholder =
    !target.siteUrl && !guessed ? ' Replace YOUR-TENANT with your tenant’s name.' : '';
  const sandbox =
    (cloud === 'sandbox'
      ? ' The sandbox tenant exists only inside M365 Desk: run these against a real tenant.'
      : '') + placeholder;
  const commands: ScriptCommand[] = [];
  const app = `--appId ${clientId} --tenant ${tenant}${cliCloud}`;
  const pnpApp = `-Url '${url}' -ClientId ${clientId} -Tenant '${tenant}'${pnpCloud}`;
  if (target.kind === 'delegated') {
    commands.push(
      {
        tool: 'cli-microsoft-365',
        label: 'CLI for Microsoft 365, device code',
        command: `m365 login --authType deviceCode ${app}`,
        ...(sandbox ? { note: sandbox.trim() } : {}),
      },
      {
        tool: 'pnp-powershell',
        label: 'PnP PowerShell, interactive',
        command: `Connect-PnPOnline ${pnpApp} -Interactive`,
        ...(sandbox ? { note: sandbox.trim() } : {}),
      },
    );
  } else if (target.credential === 'secret') {
    commands.push({
      tool: 'cli-microsoft-365',
      label: 'CLI for Microsoft 365, client secret',
      command: `m365 login --authType secret ${app} --secret "$M365_CLIENT_SECRET"`,
      note: `Put the secret in M365_CLIENT_SECRET from your script host's secret store. SharePoint refuses secrets: PnP PowerShell needs a certificate.${sandbox}`,
    });
  } else {
    commands.push(
      {
        tool: 'cli-microsoft-365',
        label: 'CLI for Microsoft 365, certificate',
        command: `m365 login --authType certificate ${app} --certificateFile ./${PFX_FILE} --password "$M365_CERTIFICATE_PASSWORD"`,
        note: `${PFX_NOTE} The command reads the password from M365_CERTIFICATE_PASSWORD.${sandbox}`,
      },
      {
        tool: 'pnp-powershell',
        label: 'PnP PowerShell, certificate',
        command: `Connect-PnPOnline ${pnpApp} -CertificatePath ./${PFX_FILE} -CertificatePassword (Read-Host -AsSecureString -Prompt 'Certificate password')`,
        note: `${PFX_NOTE}${sandbox}`,
      },
    );
  }
  return commands;
}
