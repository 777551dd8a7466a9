/**
 * Unattended access as the commands see it: set it up for an app, show an app-only
 * connection's certificate, renew it (new one uploaded, the connection switched, the old one
 * taken off the app only after the switch worked), and put the stored certificate on the app
 * again when Entra says it is missing (AADSTS700027). App changes run as the setup session.
 */
import type {
  CertificateFacts,
  CloudId,
  CommandInput,
  UnattendedResult,
} from '../../../preload/contract';
import type { AppOnlyClients, StoredCredential } from '../app-only/app-only-clients';
import { KeyRollover, type Signer } from '../app-only/key-rollover';
import type { SignInProfiles } from '../sign-in-profiles';
import { graphOf } from '../sharepoint/sharepoint-target';
import { selfWriter, setupWriter, type CertificateWriter } from './certificate-writers';
import { certificateFactsOf } from '../app-only/certificate-facts';
import { certificateFacts, createSelfSignedCertificate } from '../app-only/self-signed-certificate';
import { ProblemError, toProblem } from '../errors/to-problem';
import type { NewConnections } from '../connections/new-connections';
import type { ServiceStatuses } from '../connections/service-statuses';
import type { ConnectionRegistry, AccountRecord } from '../store/connection-registry';
import { addCertificateToApp } from './app-certificates';
import type { SetupContext, SetupSessions } from './setup-session';
import {
  connectWhenKnown,
  credentialOf,
  setUpUnattended,
  type UnattendedDeps,
} from './unattended-setup';

export interface UnattendedAccessDeps {
  sessions: SetupSessions;
  newConnections: NewConnections;
  appOnly: AppOnlyClients;
  registry: ConnectionRegistry;
  statuses: ServiceStatuses;
  profiles: SignInProfiles;
  sleep?: UnattendedDeps['sleep'];
}

export class UnattendedAccess {
  constructor(private readonly deps: UnattendedAccessDeps) {}

  async setUp(input: CommandInput<'appSetup.unattended'>): Promise<UnattendedResult> {
    const setup = await this.deps.sessions.context();
    return setUpUnattended(setup, input, this.connector(setup.session.cloud));
  }

  /** The certificate of an app-only connection, when M365 Desk holds it; null for a secret. */
  async certificate(connectionId: string): Promise<CertificateFacts | null> {
    this.appOnlyRecord(connectionId);
    const credential = await this.deps.appOnly.load(connectionId);
    return credential.kind === 'certificate' && credential.certificatePem
      ? certificateFactsOf(credential.certificatePem)
      : null;
  }

  async renew(connectionId: string, validityDays?: number): Promise<CertificateFacts> {
    const record = this.appOnlyRecord(connectionId);
    const old = await this.deps.appOnly.load(connectionId);
    const writer = await this.writerFor(record, old);
    const commonName =
      old.kind === 'certificate' && old.certificatePem
        ? certificateFacts(old.certificatePem).subject.replace(/^CN=/, '')
        : record.displayName;
    const fresh = await createSelfSignedCertificate({
      commonName,
      ...(validityDays === undefined ? {} : { validityDays }),
    });
    const name = `M365 Desk ${fresh.validFrom.toISOString().slice(0, 10)}`;
    const credential = credentialOf(fresh, writer.appObjectId, await writer.add(fresh, name));
    try {
      // The switch: every service of the connection signs in with the new certificate.
      for (const serviceId of this.deps.registry.servicesUsing(connectionId)) {
        await connectWhenKnown(this.connector(record.cloud), {
          serviceId,
          tenant: record.tenantId,
          clientId: record.clientId,
          credential,
          siteUrl: this.deps.registry.binding(serviceId)?.siteUrl,
        });
      }
    } catch (error) {
      // The connection keeps the old certificate, which stays on the app; the new one goes.
      await this.deps.appOnly.save(connectionId, old);
      const signer: Signer =
        old.kind === 'certificate' && old.certificatePem
          ? { certificatePem: old.certificatePem, privateKeyPem: old.privateKeyPem }
          : { certificatePem: fresh.certificatePem, privateKeyPem: fresh.privateKeyPem };
      await writer.remove(credential, signer).catch(() => undefined);
      const problem = toProblem(error);
      throw new ProblemError({
        ...problem,
        message: `The new certificate did not work, so the connection keeps the old one. ${problem.message}`,
      });
    }
    if (old.kind === 'certificate') {
      await writer.remove(old, {
        certificatePem: fresh.certificatePem,
        privateKeyPem: fresh.privateKeyPem,
      });
    }
    return certificateFactsOf(fresh.certificatePem);
  }

  /** The app itself while its certificate is one M365 Desk put there; else the setup session. */
  private async writerFor(
    record: AccountRecord,
    old: StoredCredential,
  ): Promise<CertificateWriter> {
    if (old.kind === 'certificate' && old.certificatePem && old.appObjectId && old.keyId) {
      const current = { certificatePem: old.certificatePem, privateKeyPem: old.privateKeyPem };
      if (certificateFacts(old.certificatePem).validTo.getTime() > Date.now()) {
        const cloud = await this.deps.profiles.endpoints(record.cloud);
        const graph = graphOf(cloud);
        const token = await this.deps.appOnly.token(
          { cloud, tenant: record.tenantId, clientId: record.clientId },
          old,
          graph.audience,
        );
        const rollover = new KeyRollover({
          http: this.deps.appOnly.httpFor(cloud),
          baseUrl: graph.baseUrl,
          accessToken: token.accessToken,
          appObjectId: old.appObjectId,
        });
        return selfWriter(rollover, old.appObjectId, current);
      }
    }
    const setup = await this.writer('Renewing the certificate');
    return setupWriter(setup, (await this.appOf(setup, record)).id);
  }

  /** AADSTS700027's way out: the connection's certificate (public part) uploaded to its app. */
  async addCertificateToApp(connectionId: string): Promise<CertificateFacts> {
    const record = this.appOnlyRecord(connectionId);
    const credential = await this.deps.appOnly.load(connectionId);
    if (credential.kind !== 'certificate' || !credential.certificatePem) {
      throw new ProblemError({
        code: 'no_certificate',
        message: 'M365 Desk does not hold this connection’s certificate itself, only its key.',
        hint: 'Upload the certificate in the Entra admin center (the app’s Certificates & secrets), or connect again with the certificate.',
      });
    }
    const setup = await this.writer('Adding the certificate to the app');
    const app = await this.appOf(setup, record);
    await addCertificateToApp(setup.graph, app.id, credential.certificatePem, 'M365 Desk');
    await Promise.all(
      this.deps.registry.servicesUsing(connectionId).map((id) => this.deps.statuses.refresh(id)),
    );
    return certificateFactsOf(credential.certificatePem);
  }

  /**
   * AADSTS7000215/7000222's way out: a new client secret on the app, kept like the old one
   * (it never reaches the renderer), and the connection's services checked again with it.
   */
  async createSecret(connectionId: string): Promise<{ services: number }> {
    const record = this.appOnlyRecord(connectionId);
    const setup = await this.writer('Creating a new secret');
    const app = await this.appOf(setup, record);
    const day = new Date().toISOString().slice(0, 10);
    const { secretText } = await setup.graph.addPassword(app.id, `M365 Desk ${day}`);
    await this.deps.appOnly.save(connectionId, { kind: 'secret', secret: secretText });
    const services = this.deps.registry.servicesUsing(connectionId);
    await Promise.all(services.map((id) => this.deps.statuses.refresh(id)));
    return { services: services.length };
  }

  private connector(cloud: CloudId): UnattendedDeps {
    return {
      connect: (request) =>
        this.deps.newConnections.appOnlyWith({ ...request, cloud }, request.credential),
      ...(this.deps.sleep ? { sleep: this.deps.sleep } : {}),
    };
  }

  private appOnlyRecord(connectionId: string): AccountRecord {
    const record = this.deps.registry.account(connectionId);
    if (record?.kind !== 'app-only') {
      throw new ProblemError({
        code: 'not_app_only',
        message: 'This connection does not sign in app-only, so it has no certificate of its own.',
      });
    }
    return record;
  }

  /** The setup session, which changes the app; said in the words of what was being done. */
  private async writer(doing: string): Promise<SetupContext> {
    try {
      return await this.deps.sessions.context();
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code !== 'setup_sign_in_required') throw error;
      throw new ProblemError({
        code: problem.code,
        message: `${doing} changes the app registration: sign in to Set up app first.`,
        hint: 'Open Set up app and sign in as the app’s owner or an Application Administrator, then try again.',
      });
    }
  }

  private async appOf(setup: SetupContext, record: AccountRecord) {
    const app = await setup.graph.applicationByAppId(record.clientId);
    if (!app) {
      throw new ProblemError({
        code: 'app_not_found',
        message: `The app registration ${record.clientId} is not in ${setup.session.username}’s tenant.`,
        hint: 'Sign in to Set up app in the app’s own tenant.',
      });
    }
    return app;
  }
}
