/**
 * What the CLI's files hold, understood: per connection the facts to show, and (kept in main)
 * the refresh token or credential an import needs. A file that is damaged or of a shape this
 * version does not know is explained, and nothing is taken from it.
 */
import type { CliConnection, Problem } from '../../../preload/contract';
import type { CliFileTexts } from './cli-files';
import { CLI_FILES } from './cli-files';
import {
  CLI_CLOUDS,
  CliConnectionRecord,
  CliMsalCache,
  KNOWN_AUTH_TYPES,
  whatIsNotUnderstood,
} from './cli-schemas';
import { cliServicesOf } from './cli-services';

/** One connection: what is shown, and what only main ever holds. */
export interface CliFinding {
  shown: CliConnection;
  record: CliConnectionRecord;
  /** The CLI's refresh token for a delegated connection, when its cache holds one. */
  refreshToken?: string;
  /** The account's home id in the CLI's cache (to remove its entries later). */
  homeAccountId?: string;
}

export interface CliFindings {
  findings: CliFinding[];
  problems: Problem[];
}

const APP_ONLY = new Set(['secret', 'certificate', 'identity', 'federatedIdentity']);

const problem = (code: string, message: string, hint: string): Problem => ({
  code,
  message,
  hint,
});

/** Parses JSON; a file the CLI emptied on logout holds nothing. */
function jsonOf(text: string | undefined, file: string, problems: Problem[]): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    problems.push(
      problem(
        'cli_file_damaged',
        `The CLI's file ${file} is damaged (it is not JSON), so nothing was read from it.`,
        'Run "m365 status" to see whether the CLI still works; if not, sign in with the CLI again or connect here directly.',
      ),
    );
    return undefined;
  }
}

/** The connections in the CLI's files, each explained when it cannot be imported. */
export function findingsOf(files: CliFileTexts, sandboxTenantId?: string): CliFindings {
  const problems: Problem[] = [];
  if (files.olderTokens?.trim()) {
    problems.push(
      problem(
        'cli_version_older',
        `${CLI_FILES.olderTokens} was written by a CLI version before 7, whose connections M365 Desk cannot read.`,
        'Update the CLI (npm i -g @pnp/cli-microsoft365), sign in with it again, then import; or connect here directly.',
      ),
    );
  }
  const all = jsonOf(files.allConnections, CLI_FILES.allConnections, problems);
  const current = jsonOf(files.connection, CLI_FILES.connection, problems);
  const raw: unknown[] = [];
  if (Array.isArray(all)) raw.push(...(all as unknown[]));
  else if (all !== undefined) problems.push(notUnderstood(CLI_FILES.allConnections, 'not a list'));
  if (current !== undefined) raw.push(current);

  const cache = cacheOf(files.msalCache, problems);
  const findings: CliFinding[] = [];
  for (const item of raw) {
    const parsed = CliConnectionRecord.safeParse(item);
    if (!parsed.success) {
      problems.push(notUnderstood(CLI_FILES.allConnections, whatIsNotUnderstood(parsed.error)));
      continue;
    }
    const record = parsed.data;
    if (!record.identityId) continue; // the CLI's logged-out placeholder: no one signed in
    const name = record.name ?? record.identityId;
    if (findings.some((f) => f.shown.name === name)) continue; // the current one is in the list too
    findings.push(findingOf(name, record, cache, sandboxTenantId));
  }
  return { findings, problems };
}

function notUnderstood(file: string, what: string): Problem {
  return problem(
    'cli_version_unknown',
    `A connection in ${file} has a shape M365 Desk does not know (${what}); it was not imported.`,
    'It may come from a newer CLI version. Connect that account here directly instead.',
  );
}

function cacheOf(text: string | undefined, problems: Problem[]): CliMsalCache | 'damaged' {
  const json = jsonOf(text, CLI_FILES.msalCache, problems);
  if (json === undefined) return text?.trim() ? 'damaged' : { Account: {}, RefreshToken: {} };
  const parsed = CliMsalCache.safeParse(json);
  if (parsed.success) return parsed.data;
  problems.push(notUnderstood(CLI_FILES.msalCache, whatIsNotUnderstood(parsed.error)));
  return 'damaged';
}

function findingOf(
  name: string,
  record: CliConnectionRecord,
  cache: CliMsalCache | 'damaged',
  sandboxTenantId: string | undefined,
): CliFinding {
  const cliCloud = CLI_CLOUDS[(record.cloudType ?? 'Public') as keyof typeof CLI_CLOUDS];
  const tenantIds = [record.tenant, record.identityTenantId].map((t) => t?.toLowerCase());
  const cloud =
    sandboxTenantId && tenantIds.includes(sandboxTenantId.toLowerCase())
      ? 'sandbox'
      : cliCloud?.cloud;
  const shown: CliConnection = {
    name,
    account: record.identityName ?? record.identityId ?? '',
    appId: record.appId,
    tenant: record.identityTenantId ?? record.tenant,
    ...(cloud ? { cloud } : {}),
    authType: record.authType,
    credentialInFile: record.secret
      ? 'secret'
      : record.certificate
        ? 'certificate'
        : record.password
          ? 'password'
          : 'none',
    services: cliServicesOf(record),
  };
  const finding: CliFinding = { shown, record };
  const refuse = (p: Problem) => ({ ...finding, shown: { ...shown, problem: p } });
  if (!(KNOWN_AUTH_TYPES as readonly string[]).includes(record.authType)) {
    return refuse(notUnderstood(CLI_FILES.allConnections, `sign-in method "${record.authType}"`));
  }
  if (!cliCloud) {
    return refuse(
      problem(
        'cli_cloud_unknown',
        `The CLI names a cloud M365 Desk does not know ("${record.cloudType ?? ''}").`,
        'Connect that account here directly, choosing its cloud.',
      ),
    );
  }
  if (record.authType === 'identity' || record.authType === 'federatedIdentity') {
    return refuse(
      problem(
        'cli_managed_identity',
        'This connection signs in with an Azure managed or federated identity, which exists only where the CLI runs.',
        'Nothing to import: connect here with a certificate or as a person instead.',
      ),
    );
  }
  if (APP_ONLY.has(record.authType)) {
    const held = record.authType === 'secret' ? record.secret : record.certificate;
    return held
      ? finding
      : refuse(
          problem(
            'cli_credential_missing',
            `The CLI's file holds no ${record.authType} for this connection.`,
            'Connect it here app-only, giving the secret or certificate.',
          ),
        );
  }
  return delegatedFinding(finding, refuse, cache, cliCloud.hosts);
}

function delegatedFinding(
  finding: CliFinding,
  refuse: (p: Problem) => CliFinding,
  cache: CliMsalCache | 'damaged',
  hosts: readonly string[],
): CliFinding {
  const { record } = finding;
  if (cache === 'damaged') {
    return refuse(
      problem(
        'cli_cache_unreadable',
        `The CLI's token cache (${CLI_FILES.msalCache}) could not be read, so this sign-in cannot be brought over.`,
        'Sign in here directly instead.',
      ),
    );
  }
  const accounts = Object.values(cache.Account).filter(
    (a) => a.local_account_id === record.identityId,
  );
  const homes = new Set(accounts.map((a) => a.home_account_id));
  const tokens = Object.values(cache.RefreshToken).filter(
    (t) => homes.has(t.home_account_id) && t.client_id.toLowerCase() === record.appId.toLowerCase(),
  );
  const token = tokens.find((t) => hosts.includes(t.environment.toLowerCase()));
  if (!token) {
    const other = tokens[0]?.environment;
    return refuse(
      other
        ? problem(
            'cli_cache_other_cloud',
            `The CLI's saved sign-in for this connection is from another cloud (${other}) than the connection names (${hosts[0]!}).`,
            'Sign in here directly, choosing the right cloud.',
          )
        : problem(
            'cli_no_refresh_token',
            "The CLI's token cache holds no saved sign-in for this connection.",
            'Run "m365 login" again, or sign in here directly.',
          ),
    );
  }
  return { ...finding, refreshToken: token.secret, homeAccountId: token.home_account_id };
}
