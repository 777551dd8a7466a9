import { useState } from 'react';
import type { AppChoice, CloudId, Problem, ValueSource } from '../../../preload/contract';
import { appChoiceToSend } from './sign-in-choice';
import { describeFieldValue } from '../lib/value-source';
import { useSignInDefaults } from './use-sign-in-defaults';

export interface AppRegistration {
  clientId: string;
  tenant: string;
  setClientId: (value: string) => void;
  setTenant: (value: string) => void;
  /** Where each value came from, for the caption under its field. */
  clientIdHint: string;
  tenantHint: string;
  /** Why the defaults cannot be used as they are, or could not be loaded. */
  defaultsProblem: Problem | undefined;
  /** The `app` for the sign-in: only what the person changed from the defaults. */
  appToSend: () => AppChoice | undefined;
}

interface Edits {
  /** The cloud these values were typed for; another cloud starts from its own defaults. */
  cloud: CloudId | undefined;
  clientId?: string;
  tenant?: string;
}

/**
 * The client id and tenant of a new sign-in: the core's defaults for the cloud, unless the
 * person (or a connection that signs in again) says otherwise.
 */
export function useAppRegistration(
  cloud: CloudId,
  initial: { cloud: CloudId; clientId: string; tenant: string } | undefined,
): AppRegistration {
  const defaults = useSignInDefaults(cloud);
  const [edits, setEdits] = useState<Edits>({ cloud: undefined, ...initial });
  const mine: Edits = edits.cloud === cloud ? edits : { cloud };
  const loaded = defaults.state === 'done' ? defaults.value : undefined;

  const clientId = mine.clientId ?? loaded?.clientId ?? '';
  const tenant = mine.tenant ?? loaded?.tenant ?? '';
  const initialHere = initial?.cloud === cloud ? initial : undefined;
  const hint = (
    typed: string,
    fallback: string | undefined,
    source: ValueSource | undefined,
    fromConnection: string | undefined,
  ) => {
    if (defaults.state === 'pending') return 'Loading the default…';
    // Still the value of the connection signing in again: say so, not "changed by you".
    if (typed === fromConnection && typed !== fallback) return 'Set on this connection';
    return describeFieldValue(typed, fallback, source);
  };

  return {
    clientId,
    tenant,
    setClientId: (value) => setEdits({ ...mine, cloud, clientId: value }),
    setTenant: (value) => setEdits({ ...mine, cloud, tenant: value }),
    clientIdHint: hint(clientId, loaded?.clientId, loaded?.clientIdSource, initialHere?.clientId),
    tenantHint: hint(tenant, loaded?.tenant, loaded?.tenantSource, initialHere?.tenant),
    defaultsProblem: defaults.state === 'failed' ? defaults.problem : loaded?.problem,
    appToSend: () => appChoiceToSend({ clientId, tenant }, loaded),
  };
}
