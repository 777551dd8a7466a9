import { useModalAttributes } from '@fluentui/react-components';

/**
 * Holds Fluent's modal support (tabster's modalizer) for the window's lifetime. Every dialog
 * shares one, created by the first dialog mounted and disposed with the last; disposed while a
 * dialog that was unmounted open still has its `aria-hidden` clean-up queued, it leaves the page
 * hidden from screen readers for good (tabster#530, fluentui#35139). Dialogs mount at their
 * first opening (lazy-dialog.tsx), so often one is the only one: the window keeps this one.
 */
export function useModalSupport(): void {
  useModalAttributes();
}
