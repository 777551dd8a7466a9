import { Button, Dialog, DialogSurface, FluentProvider } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useModalSupport } from './use-modal-support';

function ModalSupport() {
  useModalSupport();
  return null;
}

/** The page and, while `dialog`, the only dialog on it, open (as a lazily mounted one is). */
function Page({ dialog, support }: { dialog: boolean; support: boolean }) {
  return (
    <FluentProvider>
      {support && <ModalSupport />}
      <main aria-label="Page">
        <Button>On the page</Button>
      </main>
      {dialog && (
        <Dialog open modalType="modal">
          <DialogSurface aria-label="Question">
            <Button>In the dialog</Button>
          </DialogSurface>
        </Dialog>
      )}
    </FluentProvider>
  );
}

/** Whether the page, or something around it, is hidden from assistive technology. */
const pageHidden = () => screen.getByText('On the page').closest('[aria-hidden="true"]') !== null;

/** Mounts the page with its only dialog open, then unmounts the dialog while it is open. */
async function unmountOpenDialog(support: boolean) {
  const { rerender } = render(<Page dialog support={support} />);
  await waitFor(() => expect(pageHidden()).toBe(true)); // the modal hides the rest
  rerender(<Page dialog={false} support={support} />);
  // tabster gives the page back on a timer (250 ms): wait past it.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe('the modal support the window holds', () => {
  it('lets a dialog unmounted while open give the page back to assistive technology', async () => {
    await unmountOpenDialog(true);
    expect(pageHidden()).toBe(false);
  });

  it('makes the page’s root inert while a modal dialog covers it, and gives it back after', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.id = 'root';
    const { rerender } = render(<Page dialog support />, { container: root });
    const inert = () => screen.getByText('On the page').closest('[inert]') !== null;
    await waitFor(() => expect(pageHidden()).toBe(true));
    expect(inert()).toBe(true);
    expect(screen.getByText('In the dialog').closest('[inert]')).toBeNull();
    rerender(<Page dialog={false} support />);
    await waitFor(() => expect(pageHidden()).toBe(false), { timeout: 2_000 });
    expect(inert()).toBe(false);
    root.remove();
  });

  // Why the window holds it. When this fails, Fluent fixed it and use-modal-support.ts can go.
  it('is needed: without it, Fluent leaves the page hidden (tabster#530)', async () => {
    await unmountOpenDialog(false);
    expect(pageHidden()).toBe(true);
  });
});
