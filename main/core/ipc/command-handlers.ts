/**
 * Wires each contract command to the core. Handlers stay thin: parse (done by the router),
 * call the core, return its value.
 */
import type { AppInfo } from '../../../preload/contract';
import type { AccountDirectory } from '../connections/account-directory';
import type { AppSetup } from '../app-setup/app-setup';
import type { SavedAppDefaults } from '../app-setup/saved-app-defaults';
import type { ConsentWalkthrough } from '../consent/consent-walkthrough';
import type { ConnectAll } from '../connections/connect-all';
import type { AccessRequests } from '../errors/access-request';
import type { NewConnections } from '../connections/new-connections';
import type { ServiceBindings } from '../connections/service-bindings';
import type { ServiceStatuses } from '../connections/service-statuses';
import { ProblemError } from '../errors/to-problem';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { PendingSignIns } from '../flows/pending-sign-ins';
import { checkSharePointUrl } from '../sharepoint/sharepoint-url';
import type { ProxySettings } from '../net/proxy-settings';
import type { SignInProfiles } from '../sign-in-profiles';
import type { KeystorePolicy } from '../store/keystore-policy';
import type { CommandRouter } from './command-router';

export interface HandlerDeps {
  newConnections: NewConnections;
  statuses: ServiceStatuses;
  bindings: ServiceBindings;
  connectAll: ConnectAll;
  accounts: AccountDirectory;
  deviceCode: DeviceCodeFlows;
  signIns: PendingSignIns;
  profiles: SignInProfiles;
  savedApps: SavedAppDefaults;
  proxy: ProxySettings;
  keystore: KeystorePolicy;
  appSetup: AppSetup;
  consent: ConsentWalkthrough;
  accessRequests: AccessRequests;
  appInfo: () => Promise<AppInfo>;
}

/** Where handlers are registered: the router, or one that waits for start-up first. */
export type HandlerRegistry = Pick<CommandRouter, 'handle'>;

/** Registers on `router` handlers that first wait for `startup` (clean-up of an older store). */
export function afterStartup(router: CommandRouter, startup: Promise<void>): HandlerRegistry {
  return {
    handle(command, handler) {
      router.handle(command, async (input) => {
        await startup;
        return handler(input);
      });
    },
  };
}

export function registerCommandHandlers(router: HandlerRegistry, deps: HandlerDeps): void {
  router.handle('app.info', () => deps.appInfo());
  router.handle('service.list', async () => deps.statuses.list());
  router.handle('service.refreshAll', () => deps.statuses.refreshAll());
  router.handle('signIn.defaults', ({ cloud }) => deps.profiles.defaults(cloud));
  router.handle('signIn.deviceCode', (target) => deps.newConnections.withDeviceCode(target));
  router.handle('signIn.interactive', (target) => deps.newConnections.interactive(target));
  router.handle('signIn.cancel', async ({ flowId }) => ({
    cancelled: deps.signIns.cancel(flowId),
  }));
  router.handle('signIn.openVerificationPage', async ({ flowId }) => ({
    opened: await deps.deviceCode.openVerificationPage(flowId),
  }));
  router.handle('signIn.appOnly', (request) => deps.newConnections.appOnly(request));
  router.handle('service.useAccount', ({ serviceId, connectionId, siteUrl }) =>
    deps.bindings.useAccount(serviceId, connectionId, siteUrl),
  );
  router.handle('service.refresh', ({ serviceId }) => deps.statuses.refresh(serviceId));
  router.handle('service.disconnect', ({ serviceId }) => deps.bindings.disconnect(serviceId));
  router.handle('service.connectAll', ({ connectionId }) => deps.connectAll.run(connectionId));
  router.handle('service.accessRequest', async (input) => ({
    text: deps.accessRequests.text(input),
  }));
  router.handle('sharepoint.discover', ({ connectionId }) =>
    deps.bindings.discoverFor(connectionId),
  );
  router.handle('sharepoint.checkUrl', async ({ url, cloud }) => {
    const check = checkSharePointUrl(url, await deps.profiles.endpoints(cloud));
    if (!check.ok) throw new ProblemError(check.problem);
    return check.target;
  });
  router.handle('settings.keystore.get', () => deps.keystore.state());
  router.handle('settings.keystore.set', async ({ keepSignInsWithoutKeystore }) => {
    await deps.keystore.setOptIn(keepSignInsWithoutKeystore);
    return deps.keystore.state();
  });
  // The renderer gets the proxy redacted; a set with its `•••` keeps the saved password.
  router.handle('settings.proxy.get', async () => deps.proxy.state());
  router.handle('settings.proxy.set', ({ proxyUrl, noProxy }) =>
    deps.proxy.set(proxyUrl.trim(), noProxy?.trim()),
  );
  router.handle('accounts.list', async () => deps.accounts.list());
  router.handle('accounts.rename', async ({ connectionId, name }) =>
    deps.accounts.rename(connectionId, name),
  );
  router.handle('accounts.changeApp', async ({ connectionId, clientId, tenant }) => {
    const changed = await deps.accounts.changeApp(connectionId, { clientId, tenant });
    // Every panel that uses the connection now says it needs a sign-in, and why.
    await Promise.all(changed.services.map((serviceId) => deps.statuses.refresh(serviceId)));
    return changed;
  });
  router.handle('accounts.remove', async ({ connectionId }) => {
    const { removed, services } = await deps.accounts.remove(connectionId);
    deps.statuses.publishDisconnected(services);
    return { removed };
  });
  registerAppSetupHandlers(router, deps);
}

/** Set up app, saved app defaults and the consent walkthrough. */
function registerAppSetupHandlers(router: HandlerRegistry, deps: HandlerDeps): void {
  const { appSetup, consent } = deps;
  router.handle('appSetup.catalog', async () => appSetup.catalog());
  router.handle('appSetup.signIn', (input) => appSetup.sessions.signIn(input));
  router.handle('appSetup.session', async () => appSetup.sessions.current());
  router.handle('appSetup.signOut', async () => ({ signedOut: await appSetup.sessions.signOut() }));
  router.handle('appSetup.create', (input) => appSetup.create(input));
  router.handle('appSetup.check', ({ clientId, services }) => appSetup.check(clientId, services));
  router.handle('appSetup.fix', ({ clientId, services, fix }) =>
    appSetup.fix(clientId, services, fix),
  );
  router.handle('settings.appDefaults.set', async ({ cloud, clientId, tenant }) => {
    await deps.profiles.endpoints(cloud); // an unknown or unavailable cloud is refused first
    deps.savedApps.set(cloud, { clientId, tenant });
    return deps.profiles.defaults(cloud);
  });
  router.handle('settings.appDefaults.clear', async ({ cloud }) => {
    deps.savedApps.clear(cloud);
    return deps.profiles.defaults(cloud);
  });
  router.handle('consent.need', ({ serviceId }) => consent.need(serviceId));
  router.handle('consent.grantAsAdmin', ({ serviceId }) => consent.grantAsAdmin(serviceId));
}
