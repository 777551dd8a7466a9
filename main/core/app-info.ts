/** What the window is told about the app (`app.info`): read again after a change that alters it. */
import type { AppInfo, Problem } from '../../preload/contract';
import { signInMethods } from './flows/sign-in-methods';
import type { ProxySettings } from './net/proxy-settings';
import type { NoticeBoard } from './notice-board';
import type { Cipher, EventSink } from './ports';
import type { SignInProfiles } from './sign-in-profiles';
import type { KeystorePolicy } from './store/keystore-policy';
import type { SecretVault } from './store/secret-vault';
import type { UnsavedChanges } from './store/unsaved-changes';

export interface AppInfoDeps {
  version: string;
  host: AppInfo['host'];
  profiles: SignInProfiles;
  cipher: Cipher;
  keystore: KeystorePolicy;
  notices: NoticeBoard;
  proxy: ProxySettings;
  saves?: UnsavedChanges;
  vault: SecretVault;
  hasSignInWindow: () => boolean;
}

/** Tells the window the notices changed, with them as `app.info` gives them now. */
export const noticesChanged = (events: EventSink, appInfo: () => Promise<AppInfo>) => () =>
  void appInfo().then(
    (info) => events.emit('app.noticesChanged', info.notices),
    () => undefined, // the window still reads them with app.info
  );

export async function appInfoOf(deps: AppInfoDeps): Promise<AppInfo> {
  const storage = await deps.cipher.describe();
  return {
    version: deps.version,
    host: deps.host,
    clouds: deps.profiles.clouds(),
    defaultCloud: deps.profiles.defaultCloud(),
    tokenStorage:
      (await deps.keystore.state()).keepsSignIns && !deps.vault.refusedByKeystore
        ? storage
        : `${storage}; sign-ins are kept for this session only`,
    // The proxy's password problem is live: it goes once the person types the password again.
    // So is a save the disk refused (it goes once everything is on disk), or another copy's lock.
    notices: [...deps.notices.list(), deps.proxy.state().problem, deps.saves?.problem()].filter(
      (n): n is Problem => !!n,
    ),
    signInMethods: signInMethods({ hasSignInWindow: deps.hasSignInWindow() }),
  };
}
