/**
 * Connect all, as `m365 login` is one sign-in after which every command works: once a
 * connection is signed in (by any method), every service is offered it at once. Each connects
 * silently where the app has consent and the tenant has the service; each of the others ends in
 * the state that says what it lacks (consent to grant, a role the account does not hold, the
 * service missing from the tenant) or with the reason it could not use the connection at all.
 */
import type { ConnectAllEntry, ConnectAllResult, ServiceId } from '../../../preload/contract';
import { ProblemError, toProblem } from '../errors/to-problem';
import { serviceCatalog } from '../services/service-catalog';
import type { ConnectionRegistry } from '../store/connection-registry';
import type { ServiceBindings } from './service-bindings';
import type { ServiceStatuses } from './service-statuses';

export interface ConnectAllDeps {
  registry: ConnectionRegistry;
  bindings: ServiceBindings;
  statuses: ServiceStatuses;
}

export class ConnectAll {
  constructor(private readonly deps: ConnectAllDeps) {}

  /**
   * Every service with `connectionId`, in parallel (renewals of different resources run at
   * once; one failing never stops another). A service that uses the connection already (the
   * one it was signed in for, a SharePoint site chosen before) keeps its binding and is checked.
   */
  async run(connectionId: string): Promise<ConnectAllResult> {
    if (!this.deps.registry.account(connectionId)) {
      throw new ProblemError({
        code: 'unknown_connection',
        message: 'That connection no longer exists.',
      });
    }
    const services = await Promise.all(
      serviceCatalog.map((service) => this.connect(service.id, connectionId)),
    );
    return { connectionId, services };
  }

  private async connect(serviceId: ServiceId, connectionId: string): Promise<ConnectAllEntry> {
    const { registry, bindings, statuses } = this.deps;
    try {
      const status =
        registry.binding(serviceId)?.connectionId === connectionId
          ? await statuses.refresh(serviceId)
          : await bindings.useAccount(serviceId, connectionId);
      return { serviceId, status };
    } catch (error) {
      // Refused before it was bound (no app-only access, no site found): it keeps what it had.
      return { serviceId, problem: toProblem(error) };
    }
  }
}
