import { describe, expect, it } from 'vitest';
import type { SetupStep } from '../../../preload/contract';
import { mergeStep, progressAnnouncement, stepStateText } from './app-setup-progress';

const step = (id: SetupStep['id'], state: SetupStep['state'], attempt?: number): SetupStep => ({
  id,
  label: id,
  state,
  ...(attempt === undefined ? {} : { attempt }),
});

describe('the progress of "create it for me"', () => {
  it('updates a step where it stands and appends new ones', () => {
    let steps = mergeStep([], step('resolve-permissions', 'running'));
    steps = mergeStep(steps, step('create-application', 'pending'));
    steps = mergeStep(steps, step('resolve-permissions', 'done'));
    expect(steps.map((s) => [s.id, s.state])).toEqual([
      ['resolve-permissions', 'done'],
      ['create-application', 'pending'],
    ]);
  });

  it('says which try a wait for replication is on', () => {
    expect(stepStateText(step('wait-for-replication', 'waiting', 3))).toBe('Waiting, attempt 3');
    expect(stepStateText(step('wait-for-replication', 'skipped'))).toBe('Skipped');
  });

  it('announces the current step, a failure, or the end', () => {
    expect(
      progressAnnouncement([
        step('resolve-permissions', 'done'),
        step('wait-for-replication', 'waiting', 2),
      ]),
    ).toBe('wait-for-replication: waiting, attempt 2.');
    expect(progressAnnouncement([step('create-application', 'failed')])).toBe(
      'create-application: failed.',
    );
    expect(
      progressAnnouncement([
        step('create-application', 'done'),
        step('grant-delegated-consent', 'skipped'),
      ]),
    ).toBe('All steps finished.');
  });
});
