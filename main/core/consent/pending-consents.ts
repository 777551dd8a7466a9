/**
 * New sign-ins that failed for want of consent (AADSTS65001, 90094): nothing was saved, since
 * no token came back, so the panel and the consent walkthrough need to remember, in memory,
 * which app asked for what where. A later successful connection or a disconnect forgets it.
 */
import type { CloudId, ServiceStatus, Problem, ServiceId } from '../../../preload/contract';

export interface ConsentFailure {
  cloud: CloudId;
  clientId: string;
  /** As the sign-in named it: a tenant id, a domain or `organizations`. */
  tenant: string;
  siteUrl?: string;
  /** The scopes the sign-in asked for, with their resource, e.g. `https://manage.office.com/ActivityFeed.Read`. */
  scopes: string[];
  problem: Problem;
}

export class PendingConsents {
  private readonly failures = new Map<ServiceId, ConsentFailure>();

  record(serviceId: ServiceId, failure: ConsentFailure): void {
    this.failures.set(serviceId, failure);
  }

  get(serviceId: ServiceId): ConsentFailure | undefined {
    return this.failures.get(serviceId);
  }

  clear(serviceId: ServiceId): void {
    this.failures.delete(serviceId);
  }

  /** The panel of a service whose first sign-in needs consent. */
  statusOf(serviceId: ServiceId, failure: ConsentFailure): ServiceStatus {
    return {
      serviceId,
      cloud: failure.cloud,
      state: 'consent-needed',
      clientId: failure.clientId,
      scopes: [],
      problem: failure.problem,
      missingPermissions: failure.scopes.map(shortScope),
    };
  }

  /** An administrator granted what the failed sign-in lacked: forget it; the panel asks for a sign-in. */
  granted(serviceId: ServiceId, disconnected: ServiceStatus): ServiceStatus {
    const failure = this.failures.get(serviceId);
    this.failures.delete(serviceId);
    return {
      ...disconnected,
      ...(failure ? { cloud: failure.cloud, clientId: failure.clientId } : {}),
      state: 'needs-sign-in',
      problem: {
        code: 'consent_granted',
        message: 'An administrator granted the permissions.',
        hint: 'Sign in again to connect.',
      },
    };
  }
}

/** `https://manage.office.com/ActivityFeed.Read` → `ActivityFeed.Read`. */
export const shortScope = (scope: string) => scope.slice(scope.lastIndexOf('/') + 1);
