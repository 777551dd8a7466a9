import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { DialogLayout } from './DialogLayout';
import { DismissibleDialog } from './DismissibleDialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onDismiss: () => void;
}

/**
 * Asks before something that cannot be undone from here, such as deleting tokens that took a
 * browser sign-in to get. The safe choice is the one Escape and the backdrop pick.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onDismiss,
}: ConfirmDialogProps) {
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      <DialogLayout
        title={title}
        actions={
          <>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onDismiss}>{cancelLabel}</Button>
          </>
        }
      >
        {children}
      </DialogLayout>
    </DismissibleDialog>
  );
}
