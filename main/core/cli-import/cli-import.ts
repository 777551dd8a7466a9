/**
 * Import from the CLI for Microsoft 365: find its files, show what they hold (never a token or
 * secret), import the chosen connections all or none, and, after a verified import and only with
 * a secure keystore, remove the CLI's plaintext when the person asks.
 */
import type { CliImported, CliScan } from '../../../preload/contract';
import { ProblemError, toProblem } from '../errors/to-problem';
import type { ServiceStatuses } from '../connections/service-statuses';
import type { ServiceBinding } from '../store/connection-registry';
import type { KeystorePolicy } from '../store/keystore-policy';
import { cliSetupIn } from './cli-config';
import { readCliFiles } from './cli-files';
import { findingsOf, type CliFinding } from './cli-findings';
import { importConnection, type ImportConnectionDeps } from './import-connection';
import { removePlaintext, type Removed } from './plaintext-removal';

export interface CliImportDeps extends Omit<ImportConnectionDeps, 'cliCacheText'> {
  keystore: KeystorePolicy;
  /** The folder the CLI keeps its files in: the home folder (tests give their own). */
  home: string;
  /** Told again about each service an import that failed had bound (its panel shows it undone). */
  statuses: Pick<ServiceStatuses, 'refresh' | 'publish' | 'disconnected'>;
  /** The sandbox tenant's id, so the CLI's connections to the sandbox are recognised. */
  sandboxTenantId: () => Promise<string | undefined>;
}

export class CliImport {
  /** What the last verified import took, so only that is removed from the CLI's files. */
  private verified: CliFinding[] = [];

  constructor(private readonly deps: CliImportDeps) {}

  async scan(): Promise<CliScan> {
    const { findings, problems } = await this.findings();
    const setup = cliSetupIn(this.deps.home);
    return {
      folder: this.deps.home,
      connections: findings.map((f) => f.shown),
      problems,
      keystoreStrong: (await this.deps.keystore.state()).strong,
      ...(setup ? { setup } : {}),
    };
  }

  /** Imports every named connection, or none: a failure undoes what this run imported. */
  async run(names: string[]): Promise<CliImported> {
    const files = readCliFiles(this.deps.home);
    const { findings } = findingsOf(files, await this.deps.sandboxTenantId());
    const deps = { ...this.deps, cliCacheText: () => files.msalCache ?? '' };
    const chosen = names.map((name) => {
      const found = findings.find((f) => f.shown.name === name);
      if (!found) throw notFound(name);
      if (found.shown.problem) throw nothingImported(name, found.shown.problem);
      return found;
    });
    const { registry } = this.deps;
    const accountsBefore = new Set(registry.accounts().map((a) => a.id));
    const bindingsBefore = registry.bindings();
    const imported = [];
    for (const finding of chosen) {
      try {
        imported.push(await importConnection(deps, finding));
      } catch (error) {
        await this.undo(accountsBefore, bindingsBefore);
        throw nothingImported(finding.shown.name, toProblem(error));
      }
    }
    this.verified = chosen;
    return { imported, canRemovePlaintext: (await this.deps.keystore.state()).strong };
  }

  /** Puts the connections and bindings back as they were before the import began. */
  private async undo(accountsBefore: ReadonlySet<string>, bindingsBefore: ServiceBinding[]) {
    const { registry, accounts, statuses } = this.deps;
    // Read first: removing an account takes its bindings with it.
    const touched = registry.bindings().map((b) => b.serviceId);
    for (const a of registry.accounts()) if (!accountsBefore.has(a.id)) await accounts.remove(a.id);
    for (const serviceId of touched) registry.unbind(serviceId);
    for (const b of bindingsBefore) registry.bind(b);
    accounts.publish();
    const restored = new Set(bindingsBefore.map((b) => b.serviceId));
    for (const serviceId of touched) {
      if (restored.has(serviceId)) await statuses.refresh(serviceId);
      else statuses.publish(statuses.disconnected(serviceId));
    }
  }

  /** Removes what the last verified import took from the CLI's files (never anything else). */
  async removePlaintext(): Promise<Removed> {
    if (!(await this.deps.keystore.state()).strong) {
      throw new ProblemError({
        code: 'cli_removal_not_safer',
        message:
          'This computer has no secure keystore, so M365 Desk would keep these sign-ins no safer than the CLI does.',
        hint: "The CLI's files were left as they are.",
      });
    }
    if (this.verified.length === 0) {
      throw new ProblemError({
        code: 'cli_nothing_imported',
        message: 'Nothing was imported from the CLI yet, so its files were left as they are.',
        hint: 'Import its connections first.',
      });
    }
    const verified = this.verified;
    this.verified = [];
    const appOnly = verified.filter((f) => !f.homeAccountId);
    return removePlaintext(
      this.deps.home,
      readCliFiles(this.deps.home),
      new Set(verified.map((f) => f.shown.name)),
      new Set(verified.flatMap((f) => (f.homeAccountId ? [f.homeAccountId] : []))),
      new Set(appOnly.map((f) => f.record.appId.toLowerCase())),
    );
  }

  private async findings() {
    const files = readCliFiles(this.deps.home);
    // Only a file with something in it needs the sandbox's tenant id (which may start it).
    const anything = Object.values(files).some((text) => text?.trim());
    return findingsOf(files, anything ? await this.deps.sandboxTenantId() : undefined);
  }
}

const notFound = (name: string) =>
  new ProblemError({
    code: 'cli_connection_gone',
    message: `The CLI no longer has a connection named "${name}". Nothing was imported.`,
    hint: 'Look again to see what the CLI has now.',
  });

function nothingImported(name: string, problem: { code: string; message: string; hint?: string }) {
  return new ProblemError({
    code: problem.code,
    message: `"${name}" could not be imported: ${problem.message} Nothing was imported.`,
    ...(problem.hint ? { hint: problem.hint } : {}),
  });
}
