/**
 * The steps of "create it for me" as the progress display shows them: every change of a step
 * is sent to the renderer at once as an `appSetup.progress` event.
 */
import type { SetupStep } from '../../../preload/contract';
import { toProblem } from '../errors/to-problem';
import type { EventSink } from '../ports';

type StepId = SetupStep['id'];

const labels: Readonly<Record<StepId, string>> = {
  'resolve-permissions': 'Look up the permissions in your tenant',
  'create-application': 'Create the app registration',
  'create-service-principal': 'Create its enterprise application (service principal)',
  'grant-delegated-consent': 'Grant consent for everyone (delegated permissions)',
  'grant-application-permissions': 'Grant the application permissions',
  'wait-for-replication': 'Wait until Microsoft’s sign-in service knows the new app',
};

export interface SetupProgressDeps {
  events: EventSink;
}

export class SetupProgress {
  private steps: SetupStep[];

  private readonly events: EventSink;

  constructor({ events }: SetupProgressDeps) {
    this.events = events;
    this.steps = (Object.keys(labels) as StepId[]).map((id) => ({
      id,
      label: labels[id],
      state: 'pending',
    }));
    for (const step of this.steps) this.events.emit('appSetup.progress', step);
  }

  list(): SetupStep[] {
    return this.steps.map((step) => ({ ...step }));
  }

  update(id: StepId, change: Pick<SetupStep, 'state'> & Partial<SetupStep>): void {
    const next = { id, label: labels[id], ...change };
    this.steps = this.steps.map((step) => (step.id === id ? next : step));
    this.events.emit('appSetup.progress', next);
  }

  skip(id: StepId, detail: string): void {
    this.update(id, { state: 'skipped', detail });
  }

  /**
   * Runs a step: running, then done (with `done`'s words, and what else the step records) or
   * failed (with the reason).
   */
  async run<T>(
    id: StepId,
    work: () => Promise<T>,
    done: (value: T) => string | { detail: string; appId?: string },
  ): Promise<T> {
    this.update(id, { state: 'running' });
    try {
      const value = await work();
      const said = done(value);
      this.update(id, { state: 'done', ...(typeof said === 'string' ? { detail: said } : said) });
      return value;
    } catch (error) {
      this.update(id, { state: 'failed', detail: toProblem(error).message });
      throw error;
    }
  }
}
