/** The shared dialogs, loaded the first time one opens (a question is never on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from './lazy-dialog';
import type * as Confirm from './ConfirmDialog';

export const ConfirmDialog = lazyDialog<ComponentProps<typeof Confirm.ConfirmDialog>>(
  'the question',
  (props) => props.open,
  async () => (await import('./ConfirmDialog')).ConfirmDialog,
);
