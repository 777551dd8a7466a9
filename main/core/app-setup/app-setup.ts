/**
 * Set up app, as the commands see it: the catalog, the bootstrap session, "create it for me",
 * "check my app" and its fixes. Every Graph call runs as the signed-in setup session.
 */
import type {
  AppCheckReport,
  AppSetupCatalog,
  AppSetupResult,
  ServiceChoice,
} from '../../../preload/contract';
import { clientIdProblem } from '../app-registration-ids';
import { ProblemError } from '../errors/to-problem';
import type { PublicClientPool } from '../msal/public-client-pool';
import type { AppNames } from '../store/app-names';
import type { EventSink } from '../ports';
import { applyFix, type AppFix } from './app-fixes';
import { checkApp } from './check-app';
import { createApp, type CreateAppInput } from './create-app';
import { appSetupCatalog } from './permission-catalog';
import type { Backoff } from './replication-wait';
import type { SetupSessions } from './setup-session';

export interface AppSetupDeps {
  sessions: SetupSessions;
  pool: PublicClientPool;
  events: EventSink;
  /** How long and how often to wait for a new app to replicate (tests shorten it). */
  replicationBackoff?: Backoff;
  /** Where the names of the apps it creates and checks are kept, so connections can use them. */
  appNames?: AppNames;
}

export class AppSetup {
  constructor(private readonly deps: AppSetupDeps) {}

  get sessions(): SetupSessions {
    return this.deps.sessions;
  }

  catalog(): AppSetupCatalog {
    return appSetupCatalog();
  }

  async create(input: CreateAppInput): Promise<AppSetupResult> {
    const result = await createApp(await this.deps.sessions.context(), input, {
      events: this.deps.events,
      pool: this.deps.pool,
      ...(this.deps.replicationBackoff ? { backoff: this.deps.replicationBackoff } : {}),
    });
    this.deps.appNames?.remember(result.clientId, result.displayName, 'setup');
    return result;
  }

  async check(clientId: string, services: ServiceChoice[]): Promise<AppCheckReport> {
    return this.named(
      await checkApp(await this.deps.sessions.context(), checkedId(clientId), services),
    );
  }

  /** Applies the fix, then checks the app again. */
  async fix(clientId: string, services: ServiceChoice[], fix: AppFix): Promise<AppCheckReport> {
    const setup = await this.deps.sessions.context();
    await applyFix(setup, checkedId(clientId), services, fix);
    return this.named(await checkApp(setup, checkedId(clientId), services));
  }

  /** A check reads the app from the directory: its name is kept for the connections using it. */
  private named(report: AppCheckReport): AppCheckReport {
    if (report.displayName) {
      this.deps.appNames?.remember(report.clientId, report.displayName, 'directory');
    }
    return report;
  }
}

function checkedId(clientId: string): string {
  const problem = clientIdProblem(clientId);
  if (problem) throw new ProblemError(problem);
  return clientId.trim().toLowerCase();
}
