/**
 * TEST ONLY. Plausible values for the contract's free-text fields in the sandbox tenant, so the
 * fuzz test's valid payloads reach real sign-ins, app checks and probes instead of failing at
 * the first lookup. Every value must fit every field of that name (zod-sample checks it).
 *
 * Commands that talk to a cloud get only the sandbox: another cloud's authority is a real host
 * on the internet, which a test must never reach. The others get every cloud.
 */
import { readFileSync } from 'node:fs';
import type { ReadyInfo } from '../../../../emulator/index';
import { CloudId, type CommandName } from '../../../../preload/contract';
import type { FieldHints } from './zod-sample';

/** Commands that only read the local catalog or settings for a cloud: any cloud is safe. */
const offlineCloudCommands: ReadonlySet<CommandName> = new Set([
  'signIn.defaults',
  'sharepoint.checkUrl',
  'settings.appDefaults.set',
  'settings.appDefaults.clear',
]);

/** A proxy password the fuzz test sets; it must never come back in an answer or an event. */
export const FUZZ_PROXY_PASSWORD = 'fuzz-proxy-pw-3141';

export interface LiveIds {
  /** Connections that exist now (and one that never did). */
  connectionIds: readonly string[];
  /** Flow ids of sign-ins seen so far (most are cancelled by now). */
  flowIds: readonly string[];
}

export function fuzzHints(info: ReadyInfo, command: CommandName, live: LiveIds): FieldHints {
  const { rootUrl, adminUrl } = info.sharepoint;
  const sites = [rootUrl, adminUrl, `${rootUrl}/sites/hr`, 'https://contoso.sharepoint.com'];
  const app = info.confidentialClient;
  return {
    cloud: offlineCloudCommands.has(command) ? CloudId.options : ['sandbox'],
    tenant:
      command === 'signIn.appOnly'
        ? [info.tenantId, info.tenantDomain, 'no-such-tenant.example']
        : [info.tenantId, info.tenantDomain, 'organizations', 'no-such-tenant.example'],
    // App-only mostly with the sandbox's daemon app, so its sign-ins succeed and are checked too.
    clientId:
      command === 'signIn.appOnly'
        ? [app.clientId, app.clientId, app.clientId, info.publicClientId]
        : [
            info.publicClientId,
            app.clientId,
            info.firstPartyClients.azureCli,
            '00000000-0000-0000-0000-00000000f022',
            'not-a-guid',
          ],
    connectionId: [...live.connectionIds, 'no-such-connection'],
    replacesConnectionId: [...live.connectionIds, 'no-such-connection'],
    flowId: [...live.flowIds.slice(-5), 'no-such-flow'],
    // Sign-ins here are in the sandbox cloud, which refuses the worldwide host before a request.
    siteUrl: sites,
    // Only sharepoint.checkUrl has a `url`, and it checks the text without a request.
    url: [...sites, 'http://contoso.sharepoint.com', 'https://contoso.sharepoint.com.evil.example'],
    // Only dead local ports: a proxy on a real host name would send the test onto the network.
    // Mostly cleared again: a dead proxy in place makes every later sign-in fail at once.
    proxyUrl: ['', '', '', 'http://127.0.0.1:9', `http://fuzz:${FUZZ_PROXY_PASSWORD}@127.0.0.1:9`],
    noProxy: ['127.0.0.1,localhost', '*', ''],
    name: ['Work', 'Ünïcødé name', ' padded '],
    displayName: ['M365 Desk (fuzz)'],
    secret: [app.secret, 'wrong-secret'],
    certificatePem: [readFileSync(app.certFile, 'utf8'), 'not a pem'],
    privateKeyPem: [readFileSync(app.keyFile, 'utf8'), 'not a pem'],
    pfxBase64: ['AAAA', 'not base64'],
  };
}

/** Strings that crossed the bridge inbound and must never be sent back out. */
export function inboundSecrets(info: ReadyInfo): string[] {
  const keyLines = readFileSync(info.confidentialClient.keyFile, 'utf8')
    .split('\n')
    .filter((line) => line.length > 40 && !line.startsWith('-----'));
  return [info.confidentialClient.secret, FUZZ_PROXY_PASSWORD, ...keyLines.slice(0, 3)];
}
