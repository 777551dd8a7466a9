/**
 * Imports one CLI connection into M365 Desk's encrypted store, then verifies it by a token for
 * each service it binds. A delegated one: the CLI's refresh token is redeemed on the client of
 * new sign-ins, whose cache plugin writes what it returns into the account's encrypted partition
 * (under the keystore policy); then each service gets a silent token from that cache. An
 * app-only one: its secret or certificate goes through the app-only sign-in (a token first, then
 * the credential into the vault, under the keystore policy).
 */
import type { AppOnlyCredential, ServiceId } from '../../../preload/contract';
import type { AccountDirectory } from '../connections/account-directory';
import type { NewConnections } from '../connections/new-connections';
import type { ServiceBindings } from '../connections/service-bindings';
import { scopesOrRefuse } from '../connections/sign-in-scopes';
import { contextFor, type TokenBroker } from '../connections/token-broker';
import { ProblemError } from '../errors/to-problem';
import type { PublicClientPool } from '../msal/public-client-pool';
import { signInProblem } from '../msal/sign-in-problem';
import { serviceById } from '../services/service-catalog';
import type { SignInProfiles } from '../sign-in-profiles';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { CliFinding } from './cli-findings';
import { cliSharePointSite } from './cli-services';
import { cliSignIn } from './cli-sign-in';

const noSignIn = {
  code: 'cli_refresh_refused',
  message: "The CLI's saved sign-in could not be used here.",
  hint: 'Run "m365 login" again, or sign in here directly.',
};

export interface ImportConnectionDeps {
  pool: PublicClientPool;
  /** The CLI's MSAL cache, as read when the import began. */
  cliCacheText: () => string;
  profiles: SignInProfiles;
  broker: TokenBroker;
  accounts: AccountDirectory;
  bindings: ServiceBindings;
  newConnections: NewConnections;
  registry: ConnectionRegistry;
}

/** The connection it became and the services bound to it. */
export interface ImportedConnection {
  name: string;
  connectionId: string;
  services: ServiceId[];
}

export async function importConnection(
  deps: ImportConnectionDeps,
  finding: CliFinding,
): Promise<ImportedConnection> {
  const { shown, record } = finding;
  if (shown.problem || !shown.cloud) throw new ProblemError(shown.problem!);
  const cloud = await deps.profiles.endpoints(shown.cloud);
  const site = cliSharePointSite(record);
  const tenant = shown.tenant;
  const services = shown.services;
  if (record.authType === 'secret' || record.authType === 'certificate') {
    const credential = credentialOf(finding);
    for (const serviceId of services) {
      await deps.newConnections.appOnly({
        serviceId,
        cloud: shown.cloud,
        tenant,
        clientId: record.appId,
        credential,
        ...(serviceId === 'sharepoint' && site ? { siteUrl: site } : {}),
      });
    }
    const connectionId = deps.registry.binding(services[0]!)!.connectionId;
    return { name: shown.name, connectionId, services };
  }

  const profile = { cloud, clientId: record.appId.trim().toLowerCase(), tenant };
  const first = serviceById(services[0]!);
  const audience = first.resource(contextFor(cloud, tenant, site))!.audience;
  const environment = new URL(cloud.authorityHost).host;
  await deps.pool.importSignIn(
    profile,
    cliSignIn(deps.cliCacheText(), finding.homeAccountId!, profile.clientId, environment),
  );
  // The CLI's refresh token redeemed from the cache just written: it works here, or it fails.
  const result = await deps.pool
    .forAccount(profile, finding.homeAccountId!, [audience], async (pca) => {
      const account = await pca.getTokenCache().getAccountByHomeId(finding.homeAccountId!);
      if (!account) throw new ProblemError(noSignIn);
      return pca.acquireTokenSilent({
        account,
        scopes: [`${audience.replace(/\/$/, '')}/.default`],
        forceRefresh: true,
      });
    })
    .catch((error: unknown) => {
      if (error instanceof ProblemError) throw error;
      throw new ProblemError(signInProblem(error, deps.broker.clientFor(profile)));
    });
  const { account } = await deps.accounts.save(profile, result, 'cli-import');
  for (const serviceId of services) {
    const service = serviceById(serviceId);
    const ctx = contextFor(cloud, tenant, serviceId === 'sharepoint' ? site : undefined);
    // The verification: a silent token from the cache just written, for this service.
    await deps.broker.tokenFor(
      account,
      service.resource(ctx)!.audience,
      scopesOrRefuse(service, ctx),
    );
    await deps.bindings.bindAndProbe(service, account, ctx.sharePoint);
  }
  return { name: shown.name, connectionId: account.id, services };
}

const PEM_KEY = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/;
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

/** The CLI keeps the file it was given, base64: one PEM with key and certificate, or a PFX. */
function credentialOf({ record }: CliFinding): AppOnlyCredential {
  if (record.authType === 'secret') return { kind: 'secret', secret: record.secret! };
  const text = Buffer.from(record.certificate!, 'base64').toString('utf8');
  const key = PEM_KEY.exec(text)?.[0];
  const certificate = PEM_CERT.exec(text)?.[0];
  if (key && certificate) {
    return { kind: 'certificate', certificatePem: certificate, privateKeyPem: key };
  }
  return { kind: 'pfx', pfxBase64: record.certificate!, password: record.password ?? '' };
}
