import { useCallback, useState } from 'react';
import type { Problem, ProxyState } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandQuery } from '../bridge/use-command-query';

export interface ProxySetting {
  /** Undefined while loading, or when the core could not say. */
  state: ProxyState | undefined;
  /**
   * An empty URL clears the setting, so HTTPS_PROXY / NO_PROXY apply again. The URL as shown
   * (its password as •••) keeps the saved password.
   */
  save: (proxyUrl: string, noProxy: string) => Promise<Problem | undefined>;
  /** Reads the state again (where the password is kept follows the token storage choice). */
  reload: () => Promise<void>;
}

/** The proxy every request of the app goes through, and the one place to change it. */
export function useProxySetting(): ProxySetting {
  const [load] = useCommandQuery('settings.proxy.get');
  // The answer to a save (or a reload) replaces the first read, without a flash in between.
  const [saved, setSaved] = useState<ProxyState>();

  const save = useCallback(async (proxyUrl: string, noProxy: string) => {
    const result = await call('settings.proxy.set', { proxyUrl, noProxy });
    if (!result.ok) return problemOf(result);
    setSaved(result.value);
    return undefined;
  }, []);

  const reload = useCallback(async () => {
    const result = await call('settings.proxy.get', {});
    if (result.ok) setSaved(result.value);
  }, []);

  return { state: saved ?? (load.state === 'done' ? load.value : undefined), save, reload };
}
