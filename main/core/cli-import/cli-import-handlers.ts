/** The `cliImport.*` commands, wired to the import (parsed in and out by the router). */
import type { HandlerRegistry } from '../ipc/command-handlers';
import type { CliImport } from './cli-import';

export function registerCliImportHandlers(router: HandlerRegistry, cliImport: CliImport): void {
  router.handle('cliImport.scan', () => cliImport.scan());
  router.handle('cliImport.run', ({ names }) => cliImport.run(names));
  router.handle('cliImport.removePlaintext', () => cliImport.removePlaintext());
}
