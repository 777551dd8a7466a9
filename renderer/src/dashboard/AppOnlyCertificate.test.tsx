import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CertificateFacts, Problem, SetupSession } from '../../../preload/contract';
import { installFakeDesk } from '../test/fake-desk';
import { AppOnlyCertificate } from './AppOnlyCertificate';

const certificate = (daysLeft: number): CertificateFacts => ({
  thumbprint: 'A059E2D6C6DE1599A29D0E8AE12AF3C46DFAE33C',
  subject: 'CN=Nightly reports',
  validFrom: '2026-12-02T04:00:00.000Z',
  validTo: new Date(Date.now() + daysLeft * 86_400_000 + 3_600_000).toISOString(),
  daysLeft,
  expiresSoon: daysLeft <= 30,
});

const session = (canGrantAdminConsent: boolean): SetupSession => ({
  cloud: 'sandbox',
  username: 'admin@contoso.com',
  displayName: 'Admin',
  tenantId: 't',
  canGrantAdminConsent,
  canGrantGraphAppRoles: canGrantAdminConsent,
  roles: [],
});

function show(
  facts: CertificateFacts | null,
  problem?: Problem,
  setup: SetupSession | null = null,
) {
  const desk = installFakeDesk({
    'appOnly.certificate': () => ({ ok: true, value: facts }),
    'appSetup.session': () => ({ ok: true, value: setup }),
    'appOnly.renewCertificate': () => ({ ok: true, value: certificate(364) }),
    'appOnly.addCertificateToApp': () => ({ ok: true, value: certificate(364) }),
  });
  render(<AppOnlyCertificate connectionId="c1" problem={problem} revision="r1" />);
  return desk;
}

const notOnApp: Problem = {
  code: 'AADSTS700027',
  message: 'The app registration does not have this certificate.',
  remedy: 'add-certificate',
};

describe('an app-only panel’s certificate', () => {
  it('shows the thumbprint and expiry, and warns from 30 days before it expires', async () => {
    show(certificate(31));
    expect(await screen.findByText('A059E2D6C6DE1599A29D0E8AE12AF3C46DFAE33C')).toBeTruthy();
    expect(screen.getByText(/\(in 31 days\)/)).toBeTruthy();
    expect(screen.queryByText('Renew the certificate soon')).toBeNull();
  });

  it('at 30 days: the warning, and Renew certificate renews it', async () => {
    const desk = show(certificate(30));
    expect(await screen.findByText('Renew the certificate soon')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Renew certificate' }));
    await waitFor(() =>
      expect(desk.calls.map((c) => c.command)).toContain('appOnly.renewCertificate'),
    );
  });

  it('AADSTS700027 offers "Add this certificate to the app" only when the setup sign-in may change the app', async () => {
    show(certificate(200), notOnApp, session(false));
    expect(await screen.findByText(/sign in to Set up app as its owner/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this certificate to the app' })).toBeNull();
  });

  it('with an admin setup sign-in, "Add this certificate to the app" puts it back', async () => {
    const desk = show(certificate(200), notOnApp, session(true));
    fireEvent.click(await screen.findByRole('button', { name: 'Add this certificate to the app' }));
    await waitFor(() =>
      expect(desk.calls).toContainEqual({
        command: 'appOnly.addCertificateToApp',
        input: { connectionId: 'c1' },
      }),
    );
  });
});
