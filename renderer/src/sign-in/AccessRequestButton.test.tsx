import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeDesk } from '../test/fake-desk';
import { AccessRequestButton } from './AccessRequestButton';

const request = 'Hello,\n\nPlease assign my account to an app in Microsoft Entra ID…';

function withClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}
afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('Copy a request for access (AADSTS50105)', () => {
  it('copies the core’s request for the refusal it is about, and says what to do with it', async () => {
    const desk = installFakeDesk({
      'service.accessRequest': () => ({ ok: true, value: { text: request } }),
    });
    const writeText = vi.fn(async () => undefined);
    withClipboard(writeText);
    render(<AccessRequestButton serviceId="graph" of="connection" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a request for access' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(request));
    expect(desk.calls).toEqual([
      { command: 'service.accessRequest', input: { serviceId: 'graph', of: 'connection' } },
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/Send it to an administrator/);
  });

  it('when the clipboard refuses, shows the request to copy by hand', async () => {
    installFakeDesk({ 'service.accessRequest': () => ({ ok: true, value: { text: request } }) });
    withClipboard(async () => Promise.reject(new Error('denied')));
    render(<AccessRequestButton serviceId="graph" of="new-sign-in" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a request for access' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(request));
  });
});
