/**
 * A notice that comes up while the app runs (a save the disk refused, the keystore locked) is
 * shown at once: told `app.noticesChanged`, the window reads app.info again.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo, Problem } from '../../../preload/contract';
import { installFakeDesk } from '../test/fake-desk';
import { App } from './App';

const notSaved: Problem = {
  code: 'store_not_saved',
  message: 'M365 Desk could not save your changes, because the disk is full.',
  hint: 'Nothing is lost while M365 Desk stays open.',
};

const info = (notices: Problem[]): AppInfo => ({
  version: 'test',
  host: 'chromium-bridge',
  clouds: [{ id: 'sandbox', label: 'Sandbox tenant' }],
  defaultCloud: 'sandbox',
  tokenStorage: 'Encrypted with a test-only key',
  notices,
  signInMethods: [],
});

describe('the window’s notices', () => {
  it('shows one that came up while the app runs, and takes it down when it goes', async () => {
    let notices: Problem[] = [];
    const desk = installFakeDesk({
      'app.info': () => ({ ok: true, value: info(notices) }),
      'service.list': () => ({ ok: true, value: [] }),
      'accounts.list': () => ({ ok: true, value: [] }),
    });
    render(<App />);
    await screen.findByText('Encrypted with a test-only key', { exact: false });
    expect(screen.queryByText(notSaved.message)).toBeNull();

    notices = [notSaved];
    desk.emit('app.noticesChanged', notices);
    expect(await screen.findByText(notSaved.message)).toBeTruthy();

    notices = [];
    desk.emit('app.noticesChanged', notices);
    await waitFor(() => expect(screen.queryByText(notSaved.message)).toBeNull());
  });
});
