/**
 * Every way out the core's error table can name (a Remedy) is a button the person can press,
 * where the problem is shown: on the service's panel, on a failed sign-in, on an app-only
 * connection's certificate. One row per Remedy value; a new value without a row does not compile.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Problem, Remedy, ServicePanel, ServiceState } from '../../../preload/contract';
import { AppSetupContext } from '../app/open-app-setup';
import { SignInProblemBar } from '../sign-in';
import { installFakeDesk } from '../test/fake-desk';
import { AppOnlyCertificate } from './AppOnlyCertificate';
import { Dashboard } from './Dashboard';

const account = { username: 'megan@contoso.example', displayName: 'Megan', tenantId: 't-1' };

/** Graph's panel as the core sends it after a check refused with `problem`. */
function showPanel(state: ServiceState, problem: Problem) {
  const panel: ServicePanel = {
    serviceId: 'graph',
    label: 'Microsoft Graph',
    description: 'A service',
    appOnlySupported: true,
    needsSiteUrl: false,
    status: {
      serviceId: 'graph',
      cloud: 'sandbox',
      state,
      connectionId: 'c-1',
      clientId: '1b730954-1685-4b74-9bfd-dac224a7b894',
      account,
      scopes: [],
      problem,
    },
  };
  installFakeDesk({
    'accounts.list': () => ({ ok: true, value: [] }),
    'service.list': () => ({ ok: true, value: [panel] }),
  });
  render(
    <AppSetupContext.Provider value={() => undefined}>
      <Dashboard />
    </AppSetupContext.Provider>,
  );
  return () => screen.findByRole('region', { name: 'Microsoft Graph' });
}

/** A new sign-in that failed, as the panel shows it. */
function showSignInFailure(problem: Problem) {
  render(<SignInProblemBar problem={problem} serviceId="graph" onUseBrowser={() => undefined} />);
  return async () => document.body;
}

/** An app-only connection's certificate, with a setup session that may change the app. */
function showCertificate(problem: Problem) {
  installFakeDesk({
    'appOnly.certificate': () => ({ ok: true, value: null }),
    'appSetup.session': () => ({
      ok: true,
      value: {
        cloud: 'sandbox',
        username: 'admin@contoso.example',
        displayName: 'Admin',
        tenantId: 't-1',
        canGrantAdminConsent: true,
        canGrantGraphAppRoles: true,
        roles: [],
      },
    }),
  });
  render(<AppOnlyCertificate connectionId="c-1" problem={problem} revision="r1" />);
  return async () => document.body;
}

const refused = (code: string, remedy: Remedy): Problem => ({
  code,
  message: `Refused with ${code}.`,
  hint: 'What to do.',
  remedy,
});

/** Each remedy: where it shows, and the button's name there. */
const rows: Record<Remedy, [button: string, show: () => () => Promise<HTMLElement>]> = {
  'sign-in-again': [
    'Sign in again',
    () => showPanel('needs-sign-in', refused('AADSTS70043', 'sign-in-again')),
  ],
  'grant-consent': [
    'Grant consent',
    () => showPanel('consent-needed', refused('AADSTS65001', 'grant-consent')),
  ],
  'fix-app-registration': [
    'Fix the app registration',
    () => showPanel('error', refused('AADSTS7000112', 'fix-app-registration')),
  ],
  'check-tenant': [
    'Check the tenant',
    () => showPanel('error', refused('AADSTS50194', 'check-tenant')),
  ],
  'ask-for-assignment': [
    'Copy a request for access',
    () => showPanel('error', refused('AADSTS50105', 'ask-for-assignment')),
  ],
  'browser-instead': [
    'Sign in with the browser instead',
    () => showSignInFailure(refused('AADSTS53000', 'browser-instead')),
  ],
  'add-certificate': [
    'Add this certificate to the app',
    () => showCertificate(refused('AADSTS700027', 'add-certificate')),
  ],
  'create-secret': [
    'Create a new secret',
    () => showCertificate(refused('AADSTS7000222', 'create-secret')),
  ],
};

describe('every remedy the core names is a button where the problem is shown', () => {
  // `rows` is a Record over Remedy: a value the contract gains without a row does not compile.
  it.each(Object.keys(rows) as Remedy[])('%s', async (remedy) => {
    const [name, show] = rows[remedy];
    const where = within(await show()());
    expect(await where.findByRole('button', { name })).toBeTruthy();
  });

  it('a failed new sign-in not assigned to the app offers the request there too', async () => {
    render(
      <SignInProblemBar problem={refused('AADSTS50105', 'ask-for-assignment')} serviceId="graph" />,
    );
    expect(await screen.findByRole('button', { name: 'Copy a request for access' })).toBeTruthy();
  });
});
