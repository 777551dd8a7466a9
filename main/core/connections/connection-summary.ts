/** What a panel shows of the connection a service uses, before a token or a probe says more. */
import type { ServiceId, ServiceStatus } from '../../../preload/contract';
import type { AccountRecord } from '../store/connection-registry';

/** The account, app and tenant; `connected` until a check says otherwise. */
export function summaryOf(serviceId: ServiceId, account: AccountRecord): ServiceStatus {
  return {
    serviceId,
    cloud: account.cloud,
    state: 'connected',
    connectionId: account.id,
    connectionName: account.name,
    clientId: account.clientId,
    account: {
      username: account.username,
      displayName: account.displayName,
      tenantId: account.tenantId,
    },
    ...(account.tenantDomain ? { tenantDomain: account.tenantDomain } : {}),
    scopes: [],
  };
}
