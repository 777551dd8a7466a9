/**
 * The diagnostics report, as `m365 cli doctor` gives one: what a person pastes into a support
 * request. It is built from facts that are never secret (versions, the keystore's name, ids,
 * scopes, expiry times, problem codes); the proxy URL is shown only redacted. No token, secret,
 * private key or password is ever read to build it, so none can be in it.
 */
import { arch, platform, release } from 'node:os';
import type { KeystoreState, ProxyState, ServiceStatus } from '../../../preload/contract';
import { serviceById } from '../services/service-catalog';
import type { AccountRecord } from '../store/connection-registry';
import type { FailedSignIn } from '../store/last-problems';
import { lastProblemOf, type LastProblem } from './last-problem';

export interface DiagnosticsFacts {
  version: string;
  host: 'electron' | 'chromium-bridge';
  /** `process.versions` of the process the core runs in. */
  versions: Readonly<Record<string, string | undefined>>;
  defaultCloud: string;
  tokenStorage: string;
  keystore: KeystoreState;
  proxy: ProxyState;
  accounts: readonly AccountRecord[];
  statuses: readonly ServiceStatus[];
  /** What the connection last ran into (store/last-problems.ts); else what its record holds. */
  lastProblemOf?: (account: AccountRecord) => LastProblem | undefined;
  /** New sign-ins whose last attempt failed before there was a connection to keep it on. */
  failedSignIns?: readonly FailedSignIn[];
  now: Date;
}

const NOT_RECORDED = 'not recorded';

/** The report as plain text, one fact a line. */
export function diagnosticsReport(facts: DiagnosticsFacts): string {
  const head = ['M365 Desk diagnostics', `Generated: ${facts.now.toISOString()}`, ''];
  const failed = (facts.failedSignIns ?? []).flatMap((attempt) => [...failedLines(attempt), '']);
  if (!facts.accounts.length && !failed.length) {
    return [...head, ...appLines(facts), '', 'Connections: none'].join('\n');
  }
  return [
    ...head,
    ...appLines(facts),
    '',
    ...facts.accounts.flatMap((account) => [...connectionLines(account, facts), '']),
    ...(facts.accounts.length ? [] : ['Connections: none', '']),
    ...failed,
    'End of report.',
  ].join('\n');
}

function appLines(facts: DiagnosticsFacts): string[] {
  const { versions, keystore, proxy } = facts;
  const notInHost = `not known (the ${facts.host} host runs the core in Node)`;
  return [
    `App version: ${facts.version}`,
    `Host: ${facts.host}`,
    `Electron: ${versions.electron ?? notInHost}`,
    `Chromium: ${versions.chrome ?? notInHost}`,
    `Node: ${versions.node ?? NOT_RECORDED}`,
    `OS: ${platform()} ${release()} (${arch()})`,
    `Keystore: ${keystore.backend} (${keystore.strong ? 'strong' : 'weak'})`,
    `Keystore policy: ${keystore.keepsSignIns ? 'sign-ins kept across restarts' : 'sign-ins kept for this session only'}${keystore.keepSignInsWithoutKeystore ? ', kept without a keystore by choice' : ''}`,
    `Token storage: ${facts.tokenStorage}`,
    `Default cloud: ${facts.defaultCloud}`,
    `Proxy: ${proxyLine(proxy)}`,
  ];
}

function proxyLine(proxy: ProxyState): string {
  if (proxy.source === 'none' || !proxy.displayUrl) return 'none';
  const bypass = proxy.noProxy ? `; bypassed for ${proxy.noProxy}` : '';
  return `${proxy.displayUrl} (from the ${proxy.source}${bypass})`;
}

function connectionLines(account: AccountRecord, facts: DiagnosticsFacts): string[] {
  const used = facts.statuses.filter((s) => s.connectionId === account.id);
  const who = account.kind === 'app-only' ? 'the app alone' : account.username;
  const lines = [
    `Connection: ${account.name} (${account.kind}, ${who})`,
    `  App id: ${account.clientId}`,
    `  Tenant: ${account.tenantDomain ?? account.tenantId} (${account.tenantId}), cloud ${account.cloud}`,
    `  Signed in with: ${account.signedInWith ?? NOT_RECORDED}`,
    `  Signed in at: ${account.signedInAt ?? NOT_RECORDED}`,
  ];
  if (!used.length) lines.push('  Services: none use it');
  for (const status of used) lines.push(...serviceLines(status));
  const problem = account.signInRequired ?? used.find((s) => s.problem)?.problem;
  const last = facts.lastProblemOf ? facts.lastProblemOf(account) : account.lastProblem;
  lines.push(...problemLines(last ?? (problem && lastProblemOf(undefined, problem))));
  return lines;
}

/** A new sign-in that failed before there was a connection: what it tried, and what Entra said. */
function failedLines(attempt: FailedSignIn): string[] {
  const service = serviceById(attempt.serviceId).label;
  return [
    `Failed sign-in: new sign-in to ${service} with app ${attempt.clientId}`,
    `  Tenant: ${attempt.tenant ?? NOT_RECORDED}, cloud ${attempt.cloud}`,
    `  Tried with: ${attempt.method}`,
    ...problemLines(attempt.problem),
  ];
}

function serviceLines(status: ServiceStatus): string[] {
  const scopes = status.tokenDetails?.scopes.length
    ? status.tokenDetails.scopes
    : (status.tokenDetails?.roles ?? status.scopes);
  const expiry = status.tokenDetails?.expiresAt ?? status.accessTokenExpiresAt;
  return [
    `  Service ${status.serviceId}: ${status.state}`,
    `    Scopes: ${scopes.length ? scopes.join(' ') : NOT_RECORDED}`,
    `    Token expires: ${expiry ?? NOT_RECORDED}`,
  ];
}

function problemLines(problem: LastProblem | undefined): string[] {
  if (!problem) return ['  Last problem: none'];
  return [
    `  Last problem: ${problem.code}: ${problem.message}`,
    `    AADSTS code: ${problem.aadsts ?? NOT_RECORDED}`,
    `    Trace id: ${problem.traceId ?? NOT_RECORDED}`,
    `    Correlation id: ${problem.correlationId ?? NOT_RECORDED}`,
    `    Time: ${problem.at ?? NOT_RECORDED}`,
  ];
}
