import { useEffect, useState } from 'react';
import type { CloudId, SignInDefaults } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import type { Load } from '../bridge/use-command-query';

interface Loaded {
  cloud: CloudId;
  load: Load<SignInDefaults>;
}

/**
 * The app registration and tenant a new sign-in in `cloud` would use. Stored with the cloud it
 * is for, so switching clouds shows "loading" rather than the previous cloud's values.
 */
export function useSignInDefaults(cloud: CloudId): Load<SignInDefaults> {
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    let current = true;
    void call('signIn.defaults', { cloud }).then((result) => {
      if (!current) return;
      setLoaded({
        cloud,
        load: result.ok
          ? { state: 'done', value: result.value }
          : { state: 'failed', problem: problemOf(result) },
      });
    });
    return () => {
      current = false;
    };
  }, [cloud]);

  return loaded?.cloud === cloud ? loaded.load : { state: 'pending' };
}
