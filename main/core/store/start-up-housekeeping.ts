/**
 * Housekeeping of older stores at start-up, finished before any command is answered: the Set up
 * app tokens older versions kept, duplicate accounts merged, app-only credentials kept only as
 * the keystore policy allows, and the proxy password moved out of the settings file.
 */
import { purgeLegacySetupTokens } from '../app-setup/legacy-setup-tokens';
import type { AppOnlyClients } from '../app-only/app-only-clients';
import type { TokenBroker } from '../connections/token-broker';
import type { ProxySettings } from '../net/proxy-settings';
import type { ConnectionRegistry } from './connection-registry';
import { forgetMerged, mergeDuplicateAccounts } from './duplicate-accounts';
import type { SecretVault } from './secret-vault';

export interface HousekeepingParts {
  vault: SecretVault;
  registry: ConnectionRegistry;
  broker: TokenBroker;
  appOnly: AppOnlyClients;
  proxy: ProxySettings;
}

/** Never rejects: a clean-up that fails is logged, and the app starts all the same. */
export function startUpHousekeeping(parts: HousekeepingParts): Promise<void> {
  const { vault, registry, broker, appOnly, proxy } = parts;
  return Promise.all([
    purgeLegacySetupTokens(vault, registry.accounts()),
    forgetMerged(mergeDuplicateAccounts(registry), (account) => broker.forget(account)),
    appOnly.dropFromDiskUnlessKept(),
    proxy.load(), // reads the proxy password; moves an old store's out of the settings file
  ]).then(
    () => undefined,
    (error: unknown) => console.error('[desk] start-up clean-up failed', error),
  );
}
