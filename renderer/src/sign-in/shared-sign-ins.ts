import { useCallback, useEffect, useRef } from 'react';
import type { Problem, ServiceId } from '../../../preload/contract';
import { createWindowRegistry } from '../ui/window-registry';

/**
 * A sign-in that connects a service for something other than that service's panel: Connect
 * all's, or the one that verifies the wizard's new app. The panel shows it as connecting; this
 * is how it can say which sign-in it waits for, and cancel that one.
 */
export interface SharedSignIn {
  serviceId: ServiceId;
  /** What the panel says meanwhile: "Waiting for the Connect all sign-in to finish…". */
  waiting: string;
  cancel: () => Promise<Problem | undefined>;
}

const registry = createWindowRegistry<SharedSignIn>();

/** Around the dashboard and the wizard, so a panel hears of the sign-ins the others run. */
export const SharedSignInsProvider = registry.Provider;

/**
 * While `running`, this sign-in for `serviceId` is the one its panel waits for, saying
 * `waiting`; `cancel` is whichever this render has (the latest is called).
 */
export function useShareSignIn(
  serviceId: ServiceId,
  waiting: string | undefined,
  running: boolean,
  cancel: () => Promise<Problem | undefined>,
) {
  const latest = useRef(cancel);
  useEffect(() => {
    latest.current = cancel;
  });
  const cancelLatest = useCallback(() => latest.current(), []);
  registry.useRegister(waiting && running ? [{ serviceId, waiting, cancel: cancelLatest }] : []);
}

/** The shared sign-in that connects `serviceId` now, if any (the latest, if several). */
export function useSharedSignIn(serviceId: ServiceId): SharedSignIn | undefined {
  return registry.useEntries().findLast((entry) => entry.serviceId === serviceId);
}
