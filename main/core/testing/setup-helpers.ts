/**
 * TEST ONLY. Set up app through the core's commands: sign in to it by device code (approved
 * in the emulator), create an app, and a Graph client as an admin for breaking apps on purpose.
 */
import { readFileSync } from 'node:fs';
import type {
  AppCheckReport,
  AppSetupResult,
  ServiceChoice,
  SetupSession,
} from '../../../preload/contract';
import { GraphDirectory } from '../app-setup/graph-directory';
import { HttpsClient } from '../net/https-request';
import { nextDeviceCode, valueOf, type CoreFixture } from './core-fixture';

export async function signInToSetup(f: CoreFixture, upn: string): Promise<SetupSession> {
  const pending = f.invoke('appSetup.signIn', {
    cloud: 'sandbox',
    method: 'device-code',
  });
  const { userCode } = await nextDeviceCode(f);
  if (!f.emulator.control.approveDeviceCode(userCode, upn))
    throw new Error(`could not approve as ${upn}`);
  return valueOf(await pending);
}

export const graphAndSharePoint: ServiceChoice[] = [
  { serviceId: 'graph', level: 'standard', includeApplication: true },
  { serviceId: 'sharepoint', level: 'standard', includeApplication: false },
];

export async function createApp(
  f: CoreFixture,
  options: { services?: ServiceChoice[]; grantAdminConsent?: boolean; displayName?: string } = {},
): Promise<AppSetupResult> {
  return await f.value('appSetup.create', {
    displayName: options.displayName ?? 'M365 Desk (test)',
    services: options.services ?? graphAndSharePoint,
    grantAdminConsent: options.grantAdminConsent ?? true,
  });
}

export async function checkApp(
  f: CoreFixture,
  clientId: string,
  services: ServiceChoice[] = graphAndSharePoint,
): Promise<AppCheckReport> {
  return await f.value('appSetup.check', { clientId, services });
}

/** Graph as `upn` through Azure CLI, outside the core, to change the directory behind its back. */
export async function graphAs(
  f: CoreFixture,
  upn: string,
): Promise<{ graph: GraphDirectory; close(): void }> {
  const { info, control } = f.emulator;
  const http = new HttpsClient({ caPem: readFileSync(info.caFile, 'utf8') });
  const post = async (path: string, form: Record<string, string>) =>
    JSON.parse(
      (
        await http.send({
          method: 'POST',
          url: `${info.url}/${info.tenantId}/oauth2/v2.0/${path}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form).toString(),
        })
      ).text,
    ) as Record<string, string>;
  const client_id = info.firstPartyClients.azureCli;
  const code = await post('devicecode', {
    client_id,
    scope: 'https://graph.microsoft.com/.default',
  });
  control.approveDeviceCode(code.user_code!, upn);
  const token = await post('token', {
    client_id,
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    device_code: code.device_code!,
  });
  return {
    graph: new GraphDirectory({
      http,
      baseUrl: info.resources.graph.baseUrl,
      accessToken: token.access_token!,
    }),
    close: () => http.close(),
  };
}
