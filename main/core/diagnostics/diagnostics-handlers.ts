/**
 * The support commands: the diagnostics report as text (to copy) or saved to a file, and Sign
 * out everywhere (sign-out/sign-out-everywhere.ts).
 */
import type { AppInfo } from '../../../preload/contract';
import { ProblemError } from '../errors/to-problem';
import type { HandlerRegistry } from '../ipc/command-handlers';
import type { ProxySettings } from '../net/proxy-settings';
import type { FileSaver } from '../ports';
import type { ServiceStatuses } from '../connections/service-statuses';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { KeystorePolicy } from '../store/keystore-policy';
import type { LastProblems } from '../store/last-problems';
import { diagnosticsReport } from './diagnostics-report';
import type { AppSetup } from '../app-setup/app-setup';
import {
  registerSignOutHandlers,
  type SignOutEverywhereDeps,
} from '../sign-out/sign-out-everywhere';

export interface DiagnosticsDeps {
  appInfo: () => Promise<AppInfo>;
  keystore: KeystorePolicy;
  proxy: ProxySettings;
  registry: ConnectionRegistry;
  statuses: ServiceStatuses;
  lastProblems: LastProblems;
  fileSaver?: FileSaver | undefined;
}

async function report(deps: DiagnosticsDeps): Promise<string> {
  const info = await deps.appInfo();
  return diagnosticsReport({
    version: info.version,
    host: info.host,
    versions: process.versions,
    defaultCloud: info.defaultCloud,
    tokenStorage: info.tokenStorage,
    keystore: await deps.keystore.state(),
    proxy: deps.proxy.state(),
    accounts: deps.registry.accountList(),
    statuses: deps.statuses.list().map((panel) => panel.status),
    lastProblemOf: (account) => deps.lastProblems.of(account),
    failedSignIns: deps.lastProblems.failedSignIns(),
    now: new Date(),
  });
}

export function registerSupportHandlers(
  router: HandlerRegistry,
  deps: DiagnosticsDeps & Omit<SignOutEverywhereDeps, 'sessions'> & { appSetup: AppSetup },
): void {
  registerSignOutHandlers(router, { ...deps, sessions: deps.appSetup.sessions });
  router.handle('app.diagnostics', async () => ({ text: await report(deps) }));
  router.handle('app.saveDiagnostics', async () => {
    if (!deps.fileSaver) {
      throw new ProblemError({
        code: 'no_file_dialog',
        message: 'This window cannot ask where to save a file. Use Copy diagnostics instead.',
      });
    }
    const day = new Date().toISOString().slice(0, 10);
    return deps.fileSaver.save({
      suggestedName: `m365-desk-diagnostics-${day}.txt`,
      filters: [{ name: 'Text', extensions: ['txt'] }],
      data: Buffer.from(await report(deps), 'utf8'),
    });
  });
}
