import { useModalAttributes } from '@fluentui/react-components';
import { useEffect } from 'react';

/**
 * Holds Fluent's modal support (tabster's modalizer) for the window's lifetime. Every dialog
 * shares one, created by the first dialog mounted and disposed with the last; disposed while a
 * dialog that was unmounted open still has its `aria-hidden` clean-up queued, it leaves the page
 * hidden from screen readers for good (tabster#530, fluentui#35139). Dialogs mount at their
 * first opening (lazy-dialog.tsx), so often one is the only one: the window keeps this one.
 *
 * While a modal dialog is open, the modalizer hides the rest of the page from assistive
 * technology (`aria-hidden`) but leaves it focusable, which axe reports as serious
 * (aria-hidden-focus): the page's root is made `inert` with it, so neither a screen reader nor
 * the keyboard can reach what the dialog covers, and it comes back when the dialog closes. Only
 * the page's root: a dialog's own portal may be `aria-hidden` a moment while another closes, and
 * inert there would keep focus, and so tabster's activation of it, out (the dialog never shows).
 */
export function useModalSupport(): void {
  useModalAttributes();
  useEffect(() => {
    const root = document.getElementById('root');
    return root ? mirrorAriaHiddenAsInert(root) : undefined;
  }, []);
}

/** Keeps `inert` on `element` exactly while it is `aria-hidden="true"`. */
function mirrorAriaHiddenAsInert(element: HTMLElement): () => void {
  const apply = () =>
    element.toggleAttribute('inert', element.getAttribute('aria-hidden') === 'true');
  const observer = new MutationObserver(apply);
  observer.observe(element, { attributes: true, attributeFilter: ['aria-hidden'] });
  apply();
  return () => {
    observer.disconnect();
    element.removeAttribute('inert');
  };
}
