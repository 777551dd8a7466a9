/**
 * The unattended-access commands: set up, the certificate's facts, renewal, putting the
 * certificate on the app again, PFX export on request, and the commands for scripts.
 */
import { UnattendedAccess, type UnattendedAccessDeps } from '../app-setup/unattended-access';
import { ProblemError } from '../errors/to-problem';
import type { HandlerRegistry } from '../ipc/command-handlers';
import type { FileSaver } from '../ports';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { AppOnlyClients } from './app-only-clients';
import { exportPfx } from './pfx-export';
import { scriptCommands } from './script-commands';

export interface AppOnlyHandlerDeps extends UnattendedAccessDeps {
  appOnly: AppOnlyClients;
  registry: ConnectionRegistry;
  /** Absent where no file can be picked: export then says so. */
  fileSaver?: FileSaver | undefined;
}

const unknownConnection = () =>
  new ProblemError({ code: 'unknown_connection', message: 'That connection no longer exists.' });

export function registerAppOnlyHandlers(router: HandlerRegistry, deps: AppOnlyHandlerDeps): void {
  const { appOnly, registry } = deps;
  const unattended = new UnattendedAccess(deps);
  router.handle('appSetup.unattended', (input) => unattended.setUp(input));
  router.handle('appOnly.certificate', ({ connectionId }) => unattended.certificate(connectionId));
  router.handle('appOnly.renewCertificate', ({ connectionId, validityDays }) =>
    unattended.renew(connectionId, validityDays),
  );
  router.handle('appOnly.addCertificateToApp', ({ connectionId }) =>
    unattended.addCertificateToApp(connectionId),
  );
  router.handle('appOnly.createSecret', ({ connectionId }) =>
    unattended.createSecret(connectionId),
  );
  router.handle('appOnly.exportPfx', async ({ connectionId, password }) => {
    if (registry.account(connectionId)?.kind !== 'app-only') throw unknownConnection();
    if (!deps.fileSaver) {
      throw new ProblemError({
        code: 'no_file_dialog',
        message: 'This window cannot ask where to save a file.',
      });
    }
    return exportPfx(deps.fileSaver, await appOnly.load(connectionId), password);
  });
  router.handle('connection.scripts', async ({ connectionId }) => {
    const record = registry.account(connectionId);
    if (!record) throw unknownConnection();
    const credential =
      record.kind === 'app-only' ? (await appOnly.load(connectionId)).kind : undefined;
    const siteUrl = registry
      .bindings()
      .find((b) => b.connectionId === connectionId && b.siteUrl)?.siteUrl;
    return scriptCommands({
      kind: record.kind,
      ...(credential ? { credential } : {}),
      cloud: record.cloud,
      clientId: record.clientId,
      tenant: record.tenantDomain ?? record.tenantId,
      ...(siteUrl ? { siteUrl } : {}),
    });
  });
}
