/**
 * The checks under way per service, and which word on a service is the newest. Checks answer
 * in any order and some outlive what they were about (a probe still running when the service is
 * disconnected): only the newest word reaches the panel.
 */
import type { ServiceId, ServiceStatus } from '../../../preload/contract';

export class ServiceChecks {
  /** What each panel was last told this session. */
  private readonly told = new Map<ServiceId, ServiceStatus>();
  private readonly running = new Map<ServiceId, Promise<ServiceStatus>>();
  /** Counts the checks started and the statuses told, per service: the highest is the newest. */
  private readonly turns = new Map<ServiceId, number>();

  /** `tell` publishes a status (the `service.changed` event). */
  constructor(private readonly tell: (status: ServiceStatus) => void) {}

  /**
   * Runs `check` for the service; its answer is told unless something newer started or was told
   * meanwhile. Then the caller gets that newer word instead, so nobody acts on a stale answer.
   */
  run(serviceId: ServiceId, check: () => Promise<ServiceStatus>): Promise<ServiceStatus> {
    const turn = this.nextTurn(serviceId);
    const answer = check().then(async (status) => {
      if (this.turns.get(serviceId) === turn) return this.say(status);
      return (await this.running.get(serviceId)) ?? this.told.get(serviceId) ?? status;
    });
    this.running.set(serviceId, answer);
    const done = () => {
      if (this.running.get(serviceId) === answer) this.running.delete(serviceId);
    };
    answer.then(done, done);
    return answer;
  }

  /** Tells `status` now; a check of that service still under way is overtaken. */
  tellNow(status: ServiceStatus): ServiceStatus {
    this.nextTurn(status.serviceId);
    this.running.delete(status.serviceId);
    return this.say(status);
  }

  isRunning(serviceId: ServiceId): boolean {
    return this.running.has(serviceId);
  }

  /** The last status told of the service this session. */
  lastTold(serviceId: ServiceId): ServiceStatus | undefined {
    return this.told.get(serviceId);
  }

  private say(status: ServiceStatus): ServiceStatus {
    this.told.set(status.serviceId, status);
    this.tell(status);
    return status;
  }

  private nextTurn(serviceId: ServiceId): number {
    const turn = (this.turns.get(serviceId) ?? 0) + 1;
    this.turns.set(serviceId, turn);
    return turn;
  }
}
