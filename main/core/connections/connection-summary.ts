/** What a panel shows of the connection a service uses, before a token or a probe says more. */
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import type { AccountRecord } from '../store/connection-registry';
import type { AccountNames } from './account-names';

/** The account, app and tenant, by name; `connected` until a check says otherwise. */
export function summaryOf(
  serviceId: ServiceId,
  account: AccountRecord,
  names: Pick<AccountNames, 'of' | 'whoOf'>,
): ServiceStatus {
  return {
    serviceId,
    cloud: account.cloud,
    state: 'connected',
    connectionId: account.id,
    connectionName: names.of(account),
    clientId: account.clientId,
    account: {
      username: account.username,
      displayName: names.whoOf(account),
      tenantId: account.tenantId,
      ...(account.signedInWith ? { signedInWith: account.signedInWith } : {}),
      ...(account.signedInAt ? { signedInAt: account.signedInAt } : {}),
    },
    ...(account.tenantDomain ? { tenantDomain: account.tenantDomain } : {}),
    ...(account.tenantName ? { tenantName: account.tenantName } : {}),
    scopes: [],
  };
}
