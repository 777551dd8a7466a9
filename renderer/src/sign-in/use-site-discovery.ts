import { useEffect, useState } from 'react';
import type { Account, Problem, SharePointTarget } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';

export type SiteDiscovery =
  | { state: 'off' }
  | { state: 'finding' }
  /** The tenant's root site, with its admin center, found through Graph as `by`. */
  | { state: 'found'; target: SharePointTarget; by: Account }
  | { state: 'not-found'; problem: Problem }
  /** The accounts are in different tenants: each would find its own, so none is filled in. */
  | { state: 'several-tenants' };

/**
 * The tenant's SharePoint root site and admin center, asked of Microsoft Graph (by the core) as
 * the accounts already signed in, first to last until one can tell. Asked once per opening.
 */
export function useSiteDiscovery(enabled: boolean, accounts: Account[]): SiteDiscovery {
  const tenants = new Set(accounts.map((account) => account.tenantId));
  const wanted = enabled && accounts.length > 0 && tenants.size === 1;
  const [found, setFound] = useState<SiteDiscovery>({ state: 'finding' });
  // The accounts as they were when the dialog opened; a later change does not ask again.
  const [asked] = useState(() => (wanted ? accounts : []));

  useEffect(() => {
    if (asked.length === 0) return;
    let current = true;
    void (async () => {
      let problem: Problem | undefined;
      for (const account of asked) {
        const result = await call('sharepoint.discover', { connectionId: account.id });
        if (!current) return;
        if (result.ok) return setFound({ state: 'found', target: result.value, by: account });
        problem ??= problemOf(result);
      }
      if (problem) setFound({ state: 'not-found', problem });
    })();
    return () => {
      current = false;
    };
  }, [asked]);

  if (!enabled || accounts.length === 0) return { state: 'off' };
  if (tenants.size > 1) return { state: 'several-tenants' };
  return found;
}
