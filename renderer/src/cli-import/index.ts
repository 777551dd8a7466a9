// What other features use of the CLI import; the rest of this folder is its own.
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as Dialog from './CliImportDialog';

/** Loaded the first time it opens (it is not on the first screen). */
export const CliImportDialog = lazyDialog<ComponentProps<typeof Dialog.CliImportDialog>>(
  'the CLI import',
  (props) => props.open,
  async () => (await import('./CliImportDialog')).CliImportDialog,
);
