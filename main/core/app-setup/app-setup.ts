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
    return createApp(await this.deps.sessions.context(), input, {
      events: this.deps.events,
      pool: this.deps.pool,
      ...(this.deps.replicationBackoff ? { backoff: this.deps.replicationBackoff } : {}),
    });
  }

  async check(clientId: string, services: ServiceChoice[]): Promise<AppCheckReport> {
    return checkApp(await this.deps.sessions.context(), checkedId(clientId), services);
  }

  /** Applies the fix, then checks the app again. */
  async fix(clientId: string, services: ServiceChoice[], fix: AppFix): Promise<AppCheckReport> {
    const setup = await this.deps.sessions.context();
    await applyFix(setup, checkedId(clientId), services, fix);
    return checkApp(setup, checkedId(clientId), services);
  }
}

function checkedId(clientId: string): string {
  const problem = clientIdProblem(clientId);
  if (problem) throw new ProblemError(problem);
  return clientId.trim().toLowerCase();
}
