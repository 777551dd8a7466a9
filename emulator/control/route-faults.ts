import type { FaultRoute, RouteFault } from '../public-api.js';
import { AZURE_BASE_PATH } from '../resources/azure-resource-manager-api.js';
import { GRAPH_BASE_PATH } from '../resources/graph/graph-route.js';
import { MANAGEMENT_BASE_PATH } from '../resources/management-activity-api.js';
import { SHAREPOINT_BASE_PATH } from '../resources/sharepoint-api-route.js';
import { YAMMER_BASE_PATH } from '../resources/viva-engage-api.js';

const under = (prefix: string) => new RegExp(`^${prefix}(/|$)`, 'i');

/** Which emulator paths each route names (SharePoint: every host, root and admin). */
const routePaths: Record<FaultRoute, RegExp> = {
  token: /^\/[^/]+\/oauth2\/v2\.0\/token$/i,
  devicecode: /^\/[^/]+\/oauth2\/v2\.0\/devicecode$/i,
  graph: under(GRAPH_BASE_PATH),
  sharepoint: under(SHAREPOINT_BASE_PATH),
  managementApi: under(MANAGEMENT_BASE_PATH),
  azureManagement: under(AZURE_BASE_PATH),
  vivaEngage: under(YAMMER_BASE_PATH),
};

/**
 * The network faults scripted per route (issue 16), taken by the request listener before any
 * route runs, and the requests a `hang` holds until they are released.
 */
export class RouteFaults {
  private readonly queued: { route: FaultRoute; fault: RouteFault }[] = [];
  private readonly held = new Set<() => void>();

  /** Scripts `fault` for the next `count` requests on `route`; throws for bad input. */
  add(route: FaultRoute, fault: RouteFault, count = 1): void {
    if (!Object.hasOwn(routePaths, route)) throw new Error(`Unknown route '${String(route)}'`);
    if (!Number.isInteger(count) || count < 1) throw new Error(`count must be >= 1, got ${count}`);
    if (!['reset', 'hang', 'status'].includes(fault.kind))
      throw new Error(`kind must be reset, hang or status, got ${String(fault.kind)}`);
    if (fault.kind === 'status') {
      const { status } = fault;
      if (status !== 429 && !(Number.isInteger(status) && status >= 500 && status <= 599))
        throw new Error(`status must be 429 or 5xx, got ${status}`);
    }
    for (let i = 0; i < count; i++) this.queued.push({ route, fault });
  }

  /** The oldest fault scripted for the route `path` is on, removed from the queue. */
  take(path: string): RouteFault | undefined {
    const index = this.queued.findIndex(({ route }) => routePaths[route].test(path));
    return index < 0 ? undefined : this.queued.splice(index, 1)[0]!.fault;
  }

  /** Holds a request; `resume` answers it as usual once released. */
  hold(resume: () => void): void {
    this.held.add(resume);
  }

  /** Lets every held request go on; how many there were. */
  releaseHeld(): number {
    const resumes = [...this.held];
    this.held.clear();
    for (const resume of resumes) resume();
    return resumes.length;
  }
}
