import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CliConnection, CliScan } from '../../../preload/contract';
import { installFakeDesk } from '../test/fake-desk';
import { CliImportDialog } from './CliImportDialog';

const person: CliConnection = {
  name: 'person',
  account: 'admin@contoso.example',
  appId: '11111111-1111-1111-1111-111111111111',
  tenant: '22222222-2222-2222-2222-222222222222',
  cloud: 'public',
  authType: 'deviceCode',
  credentialInFile: 'none',
  services: ['graph'],
};
const broken: CliConnection = {
  ...person,
  name: 'broken',
  account: 'other@contoso.example',
  problem: { code: 'cli_cache_other_cloud', message: 'From another cloud.', hint: 'Sign in here.' },
};
const scan = (keystoreStrong: boolean): CliScan => ({
  folder: '/home/person',
  connections: [person, broken],
  problems: [{ code: 'cli_file_damaged', message: 'A file is damaged.', hint: 'Run m365 status.' }],
  keystoreStrong,
  setup: { appId: 'setup-app', tenant: 'contoso.example', secretSettings: ['clientSecret'] },
});

function renderDialog(keystoreStrong: boolean) {
  const desk = installFakeDesk({
    'cliImport.scan': () => ({ ok: true, value: scan(keystoreStrong) }),
    'cliImport.run': ({ names }) => ({
      ok: true,
      value: {
        imported: names.map((name) => ({ name, connectionId: 'c1', services: ['graph' as const] })),
        canRemovePlaintext: keystoreStrong,
      },
    }),
    'cliImport.removePlaintext': () => ({
      ok: true,
      value: { removedFiles: ['.cli-m365-msal.json'], keptFiles: [] },
    }),
  });
  render(
    <CliImportDialog
      open
      onDismiss={() => undefined}
      serviceLabels={{ graph: 'Microsoft Graph' }}
    />,
  );
  return desk;
}

describe('Import from the CLI', () => {
  it('imports only what can be, and removes the plaintext only when the person asks', async () => {
    const desk = renderDialog(true);
    expect(await screen.findByText('admin@contoso.example')).toBeTruthy();
    expect(screen.getByText(/A file is damaged/)).toBeTruthy();
    expect(
      screen.getByText(/set up to sign in with app setup-app in tenant contoso.example/),
    ).toBeTruthy();
    expect(screen.getByText(/settings also hold clientSecret in plain text/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Import other@contoso.example' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 connection' }));
    await screen.findByRole('list', { name: 'Imported connections' });
    expect(desk.calls.at(-1)).toEqual({ command: 'cliImport.run', input: { names: ['person'] } });
    expect(desk.calls.some((c) => c.command === 'cliImport.removePlaintext')).toBe(false);
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove the plain text from the CLI’s files' }),
    );
    await waitFor(() => expect(screen.getByText(/The CLI must sign in again/)).toBeTruthy());
  });

  it('with a weak keystore: says the import is no safer and offers no removal', async () => {
    renderDialog(false);
    expect((await screen.findAllByText(/no safer than the CLI’s own files/)).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 connection' }));
    await screen.findByRole('list', { name: 'Imported connections' });
    expect(screen.getByText(/no safer than the CLI’s own files/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove the plain text/ })).toBeNull();
  });
});
