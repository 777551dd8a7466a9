/** The CLI import dialog, loaded the first time it opens (it is not on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as Dialog from './CliImportDialog';

export const CliImportDialog = lazyDialog<ComponentProps<typeof Dialog.CliImportDialog>>(
  'the CLI import',
  (props) => props.open,
  async () => (await import('./CliImportDialog')).CliImportDialog,
);
