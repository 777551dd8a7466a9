/**
 * Set up app, composed: its privileged sign-in never touches disk, so it has its own pool of
 * clients with memory-only caches, beside the one the connections use.
 */
import { PublicClientPool, type PublicClientPoolDeps } from '../msal/public-client-pool';
import type { DeviceCodeFlows } from '../flows/device-code-flow';
import type { InteractiveSignIns } from '../flows/interactive-sign-ins';
import type { SignInProfiles } from '../sign-in-profiles';
import { AppSetup, type AppSetupDeps } from './app-setup';
import { SetupSessions } from './setup-session';

export interface AppSetupParts
  extends
    Pick<PublicClientPoolDeps, 'vault' | 'notify' | 'proxy' | 'bounds'>,
    Pick<AppSetupDeps, 'events' | 'appNames' | 'replicationBackoff'> {
  profiles: SignInProfiles;
  deviceCode: DeviceCodeFlows;
  interactive: InteractiveSignIns;
}

export function createAppSetup(parts: AppSetupParts): {
  appSetup: AppSetup;
  setupPool: PublicClientPool;
} {
  const { vault, notify, proxy, bounds, events, appNames, replicationBackoff } = parts;
  const setupPool = new PublicClientPool({
    vault,
    ...(notify ? { notify } : {}),
    ...(proxy ? { proxy } : {}),
    ...(bounds ? { bounds } : {}),
    keepTokens: async () => false,
    persistent: false,
  });
  const { profiles, deviceCode, interactive } = parts;
  const appSetup = new AppSetup({
    sessions: new SetupSessions({ pool: setupPool, profiles, deviceCode, interactive }),
    pool: setupPool,
    events,
    ...(appNames ? { appNames } : {}),
    ...(replicationBackoff ? { replicationBackoff } : {}),
  });
  return { appSetup, setupPool };
}
