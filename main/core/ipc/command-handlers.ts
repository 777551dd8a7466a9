/**
 * Wires each contract command to the core. Handlers stay thin: parse (done by the router),
 * call the core, return its value.
 */
import type { ConnectionService } from '../connection-service';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { SignInProfiles } from '../sign-in-profiles';
import type { CommandRouter } from './command-router';
import type { AppInfo } from '../../../preload/contract';

export interface HandlerDeps {
  connections: ConnectionService;
  deviceCode: DeviceCodeFlows;
  profiles: SignInProfiles;
  appInfo: () => Promise<AppInfo>;
}

export function registerCommandHandlers(router: CommandRouter, deps: HandlerDeps): void {
  router.handle('app.info', () => deps.appInfo());
  router.handle('services.list', () => deps.connections.list());
  router.handle('signIn.deviceCode', ({ serviceId, cloud }) =>
    deps.connections.connectWithDeviceCode(serviceId, cloud),
  );
  router.handle('signIn.cancel', async ({ flowId }) => ({
    cancelled: deps.deviceCode.cancel(flowId),
  }));
  router.handle('signIn.openVerificationPage', async ({ flowId }) => ({
    opened: await deps.deviceCode.openVerificationPage(flowId),
  }));
  router.handle('connection.refresh', ({ serviceId }) => deps.connections.refresh(serviceId));
  router.handle('connection.disconnect', ({ serviceId }) => deps.connections.disconnect(serviceId));
}
