import { useCallback } from 'react';
import type { ServiceId } from '../../../preload/contract';
import { createWindowRegistry } from './window-registry';

/**
 * A service's problem that an open dialog tells (Connect all's results, a sign-in stopped
 * because consent was declined): one message per problem, so the panel behind does not tell
 * it again while the dialog is open, and does once it has closed.
 */
export interface ToldProblem {
  serviceId: ServiceId;
  /** The problem's code; none: the dialog tells what the service's status says, whatever it is. */
  code?: string;
}

const registry = createWindowRegistry<ToldProblem>();

/** Around everything that has dialogs and panels (the whole window). */
export const ToldInDialogProvider = registry.Provider;

/** Call from the dialog, with what it tells while it is open (nothing when closed). */
export const useTellInDialog = registry.useRegister;

/** Whether an open dialog tells the problem `code` of `serviceId` now. */
export function useToldInDialog(serviceId: ServiceId): (code: string) => boolean {
  const told = registry.useEntries();
  return useCallback(
    (code: string) =>
      told.some(
        (entry) =>
          entry.serviceId === serviceId && (entry.code === undefined || entry.code === code),
      ),
    [told, serviceId],
  );
}
