import { useCallback, useMemo, useState } from 'react';
import type { Account, Problem } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandQuery, type Load } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';

export interface Accounts {
  load: Load<Account[]>;
  /** The signed-in accounts, or none while loading or when the list failed. */
  list: Account[];
  retry: () => void;
  rename: (connectionId: string, name: string) => Promise<Problem | undefined>;
  remove: (connectionId: string) => Promise<Problem | undefined>;
  /** Points an account at another app registration; it then needs a new sign-in. */
  changeApp: (
    connectionId: string,
    clientId: string,
    tenant?: string,
  ) => Promise<Problem | undefined>;
}

interface Latest {
  /** The query this list replaced; a reload starts over from the new answer. */
  base: Load<Account[]>;
  value: Account[];
}

/** The signed-in accounts (named connections): `accounts.list` once, then kept current by `accounts.changed`. */
export function useAccounts(): Accounts {
  const [query, retry] = useCommandQuery('accounts.list');
  const [latest, setLatest] = useState<Latest>();

  // Updates start from the newest list, not the one a callback saw when it was created.
  const update = useCallback(
    (change: (current: Account[]) => Account[]) =>
      setLatest((previous) => {
        const fallback = query.state === 'done' ? query.value : [];
        const current = previous && previous.base === query ? previous.value : fallback;
        return { base: query, value: change(current) };
      }),
    [query],
  );
  useDeskEvent('accounts.changed', (value) => update(() => value));

  const load = useMemo<Load<Account[]>>(
    () => (latest && latest.base === query ? { state: 'done', value: latest.value } : query),
    [query, latest],
  );
  const list = useMemo(() => (load.state === 'done' ? load.value : []), [load]);

  // The core also sends `accounts.changed`; applying the answer here as well means the list
  // is right even if that event is late.
  // By the id asked about: an account given another app may come back under a new id.
  const replace = useCallback(
    (connectionId: string, changed: Account) =>
      update((current) => current.map((item) => (item.id === connectionId ? changed : item))),
    [update],
  );
  const rename = useCallback(
    async (connectionId: string, name: string) => {
      const result = await call('accounts.rename', { connectionId, name });
      if (!result.ok) return problemOf(result);
      replace(connectionId, result.value);
      return undefined;
    },
    [replace],
  );
  const changeApp = useCallback(
    async (connectionId: string, clientId: string, tenant?: string) => {
      const result = await call('accounts.changeApp', { connectionId, clientId, tenant });
      if (!result.ok) return problemOf(result);
      replace(connectionId, result.value);
      return undefined;
    },
    [replace],
  );
  const remove = useCallback(
    async (connectionId: string) => {
      const result = await call('accounts.remove', { connectionId });
      if (!result.ok) return problemOf(result);
      update((current) => current.filter((item) => item.id !== connectionId));
      return undefined;
    },
    [update],
  );

  return { load, list, retry, rename, remove, changeApp };
}
