/**
 * The composition root of the main process: builds the core from its ports. The Electron app
 * and the chromium-bridge test host both call this, so both run the very same code.
 */
import { appInfoOf, noticesChanged } from './app-info';
import { claimStore } from './store/store-lock';
import { createAppSetup } from './app-setup/create-app-setup';
import { SavedAppDefaults } from './app-setup/saved-app-defaults';
import { registerAppOnlyHandlers } from './app-only/app-only-handlers';
import { ConsentWalkthrough } from './consent/consent-walkthrough';
import { PendingConsents } from './consent/pending-consents';
import { AccessRequests } from './errors/access-request';
import { NoticeBoard } from './notice-board';
import { KeystorePolicy } from './store/keystore-policy';
import { AppOnlyClients } from './app-only/app-only-clients';
import { ProxySettings } from './net/proxy-settings';
import { AccountDirectory } from './connections/account-directory';
import { ConnectAll } from './connections/connect-all';
import { NewConnections } from './connections/new-connections';
import { ServiceBindings } from './connections/service-bindings';
import { ServiceStatuses } from './connections/service-statuses';
import { DeviceCodeFlows } from './flows/device-code-flow';
import { CommandRouter } from './ipc/command-router';
import { afterStartup, registerCommandHandlers } from './ipc/command-handlers';
import { registerPermissionPreviewHandlers } from './permissions/permission-preview-command';
import { PublicClientPool } from './msal/public-client-pool';
import { InteractiveSignIns } from './flows/interactive-sign-ins';
import { PendingSignIns } from './flows/pending-sign-ins';
import { SignInProfiles } from './sign-in-profiles';
import { ConnectionRegistry } from './store/connection-registry';
import { SecretVault } from './store/secret-vault';
import { TokenBroker } from './connections/token-broker';
import { AccountNames } from './connections/account-names';
import { DirectoryNames } from './connections/directory-names';
import { AppNames } from './store/app-names';
import { LastProblems } from './store/last-problems';
import { startUpHousekeeping } from './store/start-up-housekeeping';
import { homedir } from 'node:os';
import { CliImport } from './cli-import/cli-import';
import { registerCliImportHandlers } from './cli-import/cli-import-handlers';
import { registerSupportHandlers } from './diagnostics/diagnostics-handlers';

import type { DeskCoreOptions } from './desk-core-options';

export type { DeskCoreOptions };

export interface DeskCore {
  router: CommandRouter;
  close(): Promise<void>;
}

export function createDeskCore(options: DeskCoreOptions): DeskCore {
  const notices = new NoticeBoard();
  const bounds = options.networkBounds ? { bounds: options.networkBounds } : {};
  const vault = new SecretVault({
    records: options.secrets,
    cipher: options.cipher,
    notify: (notice) => notices.add(notice),
  });
  for (const notice of options.startupNotices ?? []) notices.add(notice);
  const keystore = new KeystorePolicy({ cipher: options.cipher, store: options.store });
  // The proxy's password is kept in the vault only as the keystore policy allows.
  const proxy = new ProxySettings({
    store: options.store,
    vault,
    policy: keystore,
    env: options.env ?? process.env,
  });
  keystore.onChange(() => proxy.applyPolicy());
  const pool = new PublicClientPool({
    vault,
    notify: (notice) => notices.add(notice),
    proxy: () => proxy.current(),
    keepTokens: () => keystore.keepsTokens(),
    ...bounds,
  });
  const savedApps = new SavedAppDefaults({ store: options.store });
  const profiles = new SignInProfiles({
    sandbox: options.sandbox,
    env: options.env ?? process.env,
    saved: savedApps,
  });
  const signIns = new PendingSignIns({ timeoutMs: options.signInTimeoutMs });
  // Device code waits for its code's own lifetime unless the app's deadline is set shorter.
  const deviceCode = new DeviceCodeFlows({
    events: options.events,
    opener: options.browser,
    signIns,
    timeoutMs: options.signInTimeoutMs,
  });
  const hasSignInWindow = () => interactive.hasWindow;
  const interactive = new InteractiveSignIns({
    signIns,
    events: options.events,
    opener: options.browser,
    window: options.signInWindow,
    proxy: () => proxy.current(),
    ...(options.loopbackPort ? { loopbackPort: options.loopbackPort } : {}),
  });
  const registry = new ConnectionRegistry({ kv: options.store });
  const appOnly = new AppOnlyClients({
    vault,
    proxy: () => proxy.current(),
    keepSecrets: () => keystore.keepsTokens(),
    ...bounds,
  });
  keystore.onChange(() => appOnly.applyPolicy());
  const broker = new TokenBroker({ pool, profiles, appOnly });
  const appNames = new AppNames(options.store);
  const names = new AccountNames(registry, appNames);
  const directoryNames = new DirectoryNames({
    registry,
    apps: appNames,
    broker,
    profiles,
    onLearned: () => accounts.publish(),
  });
  const accounts = new AccountDirectory({
    registry,
    broker,
    profiles,
    events: options.events,
    names,
    onSignedIn: (connectionId) => directoryNames.forget(connectionId),
  });
  const consents = new PendingConsents();
  const lastProblems = new LastProblems(options.store, registry);
  const accessRequests = new AccessRequests({ registry, appNames });
  const statuses = new ServiceStatuses({
    registry,
    accounts,
    names,
    directoryNames,
    broker,
    profiles,
    keystore,
    consents,
    lastProblems,
    events: options.events,
  });
  const bindings = new ServiceBindings({ registry, accounts, broker, consents, statuses });
  const newConnections = new NewConnections({
    profiles,
    broker,
    deviceCode,
    interactive,
    accounts,
    consents,
    accessRequests,
    statuses,
    bindings,
    lastProblems,
  });
  const consent = new ConsentWalkthrough({
    registry,
    broker,
    profiles,
    statuses,
    bindings,
    consents,
    interactive,
  });
  const { appSetup, setupPool } = createAppSetup({
    vault,
    notify: (notice) => notices.add(notice),
    proxy: () => proxy.current(),
    ...bounds,
    profiles,
    deviceCode,
    interactive,
    events: options.events,
    appNames,
    ...(options.replicationBackoff ? { replicationBackoff: options.replicationBackoff } : {}),
  });

  const appInfo = () =>
    appInfoOf({ ...options, profiles, keystore, notices, proxy, vault, hasSignInWindow });
  // The window reads the notices with app.info; told when they change, it reads them again.
  notices.onNew = noticesChanged(options.events, appInfo);
  if (options.saves) options.saves.onProblemChange = notices.onNew;
  // One writer per store: a second copy of the app keeps its changes in memory, and says so.
  const lock = options.saves && claimStore(options.saves);

  const startup = startUpHousekeeping({ vault, registry, broker, appOnly, proxy });
  const router = new CommandRouter();
  const handlers = afterStartup(router, startup);
  const cliImport = new CliImport({
    pool,
    profiles,
    broker,
    accounts,
    bindings,
    newConnections,
    registry,
    keystore,
    statuses,
    home: options.cliHome ?? homedir(),
    sandboxTenantId: () => profiles.sandboxTenantId(),
  });
  registerCliImportHandlers(handlers, cliImport);
  const appOnlyDeps = { newConnections, appOnly, registry, statuses, sessions: appSetup.sessions };
  registerAppOnlyHandlers(handlers, { ...appOnlyDeps, profiles, fileSaver: options.fileSaver });
  registerPermissionPreviewHandlers(handlers, { sessions: appSetup.sessions, registry, statuses });
  const support = { appInfo, keystore, proxy, registry, statuses, accounts, vault, appSetup };
  registerSupportHandlers(handlers, { ...support, lastProblems, fileSaver: options.fileSaver });
  registerCommandHandlers(handlers, {
    newConnections,
    statuses,
    bindings,
    connectAll: new ConnectAll({ registry, bindings, statuses }),
    accounts,
    deviceCode,
    signIns,
    profiles,
    savedApps,
    proxy,
    keystore,
    appSetup,
    consent,
    accessRequests,
    appInfo,
  });

  let closed = false;
  return {
    router,
    async close() {
      if (closed) return; // once: after it, the store's files are no longer this core's
      closed = true;
      statuses.close();
      await signIns.cancelAll(); // each ends first: windows closed, loopback ports closed
      pool.close();
      setupPool.close();
      appOnly.close();
      lastProblems.close(); // the batch not written yet
      options.saves?.retry(); // the last chance to save what the disk refused, or someone deleted
      options.store.flush?.();
      lock?.release();
    },
  };
}
