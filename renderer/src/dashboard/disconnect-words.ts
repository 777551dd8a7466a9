import type { Account, ServiceId } from '../../../preload/contract';

export interface DisconnectWords {
  title: string;
  confirmLabel: string;
  /** The safe choice, said as what it keeps. */
  cancelLabel: string;
  body: string;
}

const theOthers = (n: number) =>
  n === 1 ? 'the other service that uses it' : `the ${n} other services that use it`;

/**
 * What Disconnect (Remove, for a service the tenant does not have) will do, as the core does it
 * (`service.disconnect`): this service stops using the account; the account stays for the other
 * services that use it, and goes, with what it keeps on this computer, once none does. Signing an
 * account out under Accounts is what removes it while services still use it.
 */
export function disconnectWords(
  label: string,
  serviceId: ServiceId,
  account: Account | undefined,
  verb: 'Disconnect' | 'Remove',
): DisconnectWords {
  const head = {
    title: `${verb} ${label}?`,
    confirmLabel: verb,
    cancelLabel: verb === 'Remove' ? 'Keep it' : 'Keep connected',
  };
  if (!account) return { ...head, body: `${label} is disconnected.` };
  const others = account.services.filter((id) => id !== serviceId).length;
  const kept = account.kind === 'app-only' ? 'its certificate or secret' : 'its tokens';
  const first = `${label} stops using ${account.name}.`;
  if (others === 0) {
    return {
      ...head,
      body: `${first} No other service uses this account, so it is signed out too: the account and ${kept} are removed from this computer.`,
    };
  }
  return {
    ...head,
    body: `${first} The account stays signed in for ${theOthers(others)}. To remove it and ${kept} from this computer, sign it out under Accounts.`,
  };
}
