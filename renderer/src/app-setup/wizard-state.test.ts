import { describe, expect, it } from 'vitest';
import type { AppCheckReport, SignInDefaults } from '../../../preload/contract';
import {
  canGoTo,
  initialWizardState,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state';

/** The state after these actions, from a wizard never opened. */
const after = (...actions: WizardAction[]): WizardState =>
  actions.reduce(wizardReducer, initialWizardState);

const saved: SignInDefaults = {
  cloud: 'public',
  clientId: 'app-1',
  clientIdSource: { kind: 'setting', detail: 'M365 Desk settings' },
  tenant: 'tenant-1',
  tenantSource: { kind: 'setting', detail: 'M365 Desk settings' },
};
const report = (appExists: boolean | undefined): AppCheckReport => ({
  clientId: 'app-2',
  displayName: 'By hand',
  ok: appExists === true,
  checks:
    appExists === undefined
      ? []
      : [{ id: 'app-exists', label: 'The app exists', ok: appExists, detail: '' }],
});
const opened: WizardAction = { type: 'show', request: {} };
const created: WizardAction = {
  type: 'created',
  result: { clientId: 'app-1', tenantId: 'tenant-1', displayName: 'M365 Desk', steps: [] },
};

describe('opening the wizard', () => {
  it('is closed and unmounted until first opened', () => {
    expect(initialWizardState).toMatchObject({ open: false, generation: 0 });
  });

  it.each([
    ['from the header', {}, { step: 'explain', path: 'auto', checkOnOpen: false }],
    ['for a cloud', { cloud: 'usgov' as const }, { step: 'explain', cloud: 'usgov' }],
    [
      'to check an app that failed to sign in',
      { checkClientId: 'app-9', services: ['sharepoint' as const] },
      {
        step: 'create',
        path: 'manual',
        checkClientId: 'app-9',
        scrollToCheck: true,
        checkOnOpen: true,
        selection: { sharepoint: { selected: true, level: 'minimal', includeApplication: false } },
      },
    ],
  ])('starts a first run %s', (_, request, expected) => {
    expect(after({ type: 'show', request })).toMatchObject({
      open: true,
      generation: 1,
      ...expected,
    });
  });

  it('starts with Microsoft Graph at the standard level', () => {
    expect(after(opened).selection).toEqual({
      graph: { selected: true, level: 'standard', includeApplication: false },
    });
  });

  // Each row: what happened since the last opening, how it is opened again, a new run or not.
  it.each<[string, WizardAction[], WizardAction, number, Partial<WizardState>]>([
    [
      'resumes where it was closed',
      [{ type: 'go-to', step: 'choose' }, { type: 'close' }],
      opened,
      1,
      { step: 'choose' },
    ],
    [
      'resumes for the same cloud',
      [{ type: 'set-cloud', cloud: 'china' }, { type: 'close' }],
      { type: 'show', request: { cloud: 'china' } },
      1,
      { cloud: 'china' },
    ],
    [
      'starts over for another cloud',
      [{ type: 'go-to', step: 'choose' }, { type: 'close' }],
      { type: 'show', request: { cloud: 'usgov' } },
      2,
      { step: 'explain', cloud: 'usgov' },
    ],
    [
      'starts over once the app was saved',
      [created, { type: 'save-done', saved }, { type: 'close' }],
      opened,
      2,
      { step: 'explain', app: undefined, saved: undefined },
    ],
    [
      'starts over to check an app',
      [{ type: 'go-to', step: 'save' }, { type: 'close' }],
      { type: 'show', request: { checkClientId: '' } },
      2,
      // An empty id still opens "Check my app", with the cloud's default app to check.
      { step: 'create', path: 'manual', checkClientId: undefined },
    ],
  ])('%s', (_, before, again, generation, expected) => {
    const state = after(opened, ...before, again);
    expect(state).toMatchObject({ open: true, generation, ...expected });
  });

  it('forgets a failed save when opened again, and keeps saving through a new run', () => {
    const failed = after(opened, { type: 'save-failed', problem: { code: 'x', message: 'no' } });
    expect(wizardReducer(failed, opened).saveProblem).toBeUndefined();
    const saving = after(opened, { type: 'save-started' }, { type: 'close' });
    expect(wizardReducer(saving, { type: 'show', request: { cloud: 'usgov' } }).saving).toBe(true);
  });
});

describe('what the person does in it', () => {
  it.each<[string, WizardAction, Partial<WizardState>]>([
    ['closes it', { type: 'close' }, { open: false }],
    ['goes to a step', { type: 'go-to', step: 'save' }, { step: 'save' }],
    ['picks the by-hand path', { type: 'set-path', path: 'manual' }, { path: 'manual' }],
    ['picks a cloud at the sign-in', { type: 'set-cloud', cloud: 'usgov' }, { cloud: 'usgov' }],
    ['renames the app', { type: 'set-app-name', name: 'Ops' }, { appName: 'Ops' }],
    ['unticks admin consent', { type: 'set-grant-consent', grant: false }, { grantConsent: false }],
    [
      'types the id to check',
      { type: 'set-check-client-id', clientId: 'app-3' },
      { checkClientId: 'app-3' },
    ],
    [
      'is sent to check the app it failed to verify',
      { type: 'check-app', clientId: 'app-1' },
      { checkClientId: 'app-1', path: 'manual' },
    ],
  ])('%s', (_, action, expected) => {
    expect(wizardReducer(after(opened), action)).toMatchObject(expected);
  });

  it('follows whether the person may grant consent until they touch it', () => {
    expect(after(opened).grantConsent).toBeUndefined();
  });

  it('lets consent follow the next person who signs in for setup, whatever the last one chose', () => {
    const touched = after(opened, { type: 'set-grant-consent', grant: false });
    expect(touched.grantConsent).toBe(false);
    const next = wizardReducer(touched, { type: 'setup-signed-in' });
    expect(next.grantConsent).toBeUndefined();
    expect(next.appName).toBe(touched.appName); // what the person typed stays
  });

  it('changes one service at a time, starting from its defaults', () => {
    const state = after(
      opened,
      { type: 'edit-service', serviceId: 'sharepoint', change: { selected: true } },
      { type: 'edit-service', serviceId: 'sharepoint', change: { level: 'full' } },
      { type: 'edit-service', serviceId: 'graph', change: { includeApplication: true } },
    );
    expect(state.selection).toEqual({
      graph: { selected: true, level: 'standard', includeApplication: true },
      sharepoint: { selected: true, level: 'full', includeApplication: false },
    });
  });

  it('brings "Check my app" into view once and runs it once', () => {
    const toCheck: WizardAction = { type: 'show', request: { checkClientId: 'app-9' } };
    expect(after(toCheck, { type: 'check-shown' })).toMatchObject({
      scrollToCheck: false,
      checkOnOpen: true,
    });
    expect(after(toCheck, { type: 'check-started' })).toMatchObject({
      scrollToCheck: true,
      checkOnOpen: false,
    });
  });
});

describe('the app it ends up with', () => {
  it('is the one created for the person', () => {
    expect(after(opened, created).app).toEqual({
      clientId: 'app-1',
      tenantId: 'tenant-1',
      displayName: 'M365 Desk',
      how: 'created',
    });
  });

  it.each<[string, AppCheckReport, string | undefined, WizardState['app']]>([
    [
      'is one checked by hand that exists',
      report(true),
      'tenant-2',
      { clientId: 'app-2', tenantId: 'tenant-2', displayName: 'By hand', how: 'checked' },
    ],
    [
      'is one checked by hand whose other checks failed',
      { ...report(true), ok: false },
      'tenant-2',
      { clientId: 'app-2', tenantId: 'tenant-2', displayName: 'By hand', how: 'checked' },
    ],
    ['is none when the checked app does not exist', report(false), 'tenant-2', undefined],
    ['is none without the setup sign-in’s tenant', report(true), undefined, undefined],
  ])('%s', (_, checked, tenantId, app) => {
    expect(after(opened, created, { type: 'checked', report: checked, tenantId }).app).toEqual(app);
  });

  it('is saved once, and a new app is not saved yet', () => {
    const state = after(opened, created, { type: 'save-started' });
    expect(state).toMatchObject({ saving: true, saved: undefined });
    const done = wizardReducer(state, { type: 'save-done', saved });
    expect(done).toMatchObject({ saving: false, saved });
    expect(wizardReducer(done, created).saved).toBeUndefined();
  });

  it('says why it was not saved, until it is tried again', () => {
    const problem = { code: 'store_failed', message: 'Could not save.' };
    const failed = after(
      opened,
      created,
      { type: 'save-started' },
      {
        type: 'save-failed',
        problem,
      },
    );
    expect(failed).toMatchObject({ saving: false, saveProblem: problem, saved: undefined });
    expect(wizardReducer(failed, { type: 'save-started' }).saveProblem).toBeUndefined();
  });
});

describe('which steps can be reached', () => {
  const now = { creating: false, serviceCount: 1, hasApp: true };
  it.each([
    ['explain', now, true],
    ['choose', { ...now, serviceCount: 0, hasApp: false }, true],
    ['create', { ...now, hasApp: false }, true],
    ['create', { ...now, serviceCount: 0 }, false],
    ['save', now, true],
    ['save', { ...now, hasApp: false }, false],
    ['explain', { ...now, creating: true }, false],
    ['choose', { ...now, creating: true }, false],
  ] as const)('%s with %o: %s', (step, state, reachable) => {
    expect(canGoTo(step, state)).toBe(reachable);
  });
});
