import { Dialog, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface DismissibleDialogProps {
  open: boolean;
  /** Escape, the backdrop and every Cancel/Close button end up here. */
  onDismiss: () => void;
  surfaceClassName?: string;
  children: ReactNode;
}

/**
 * The modal shell every dialog that may simply be closed shares. (The device code dialog is not
 * one: closing it must cancel a sign-in, so it handles dismissal itself.)
 */
export function DismissibleDialog({
  open,
  onDismiss,
  surfaceClassName,
  children,
}: DismissibleDialogProps) {
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) onDismiss();
      }}
    >
      <DialogSurface className={surfaceClassName}>{children}</DialogSurface>
    </Dialog>
  );
}
