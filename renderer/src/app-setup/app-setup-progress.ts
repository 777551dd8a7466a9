import type { SetupStep } from '../../../preload/contract';

/** Puts a progress event into the list: a step already shown is updated where it stands. */
export function mergeStep(steps: SetupStep[], step: SetupStep): SetupStep[] {
  const index = steps.findIndex((entry) => entry.id === step.id);
  if (index === -1) return [...steps, step];
  return steps.map((entry, at) => (at === index ? step : entry));
}

const stateWords: Record<SetupStep['state'], string> = {
  pending: 'Not started',
  running: 'In progress',
  waiting: 'Waiting',
  done: 'Done',
  skipped: 'Skipped',
  failed: 'Failed',
};

/** The step's state in words, e.g. "Waiting, attempt 3", for people who cannot see the icon. */
export function stepStateText(step: SetupStep): string {
  const words = stateWords[step.state];
  return step.state === 'waiting' && step.attempt !== undefined
    ? `${words}, attempt ${step.attempt}`
    : words;
}

/** One line for a live region: what is happening now, or how it ended. */
export function progressAnnouncement(steps: SetupStep[]): string {
  const failed = steps.find((step) => step.state === 'failed');
  if (failed) return `${failed.label}: failed.`;
  const current = steps.find((step) => step.state === 'running' || step.state === 'waiting');
  if (current) return `${current.label}: ${stepStateText(current).toLowerCase()}.`;
  if (steps.length > 0 && steps.every((step) => step.state === 'done' || step.state === 'skipped'))
    return 'All steps finished.';
  return '';
}
