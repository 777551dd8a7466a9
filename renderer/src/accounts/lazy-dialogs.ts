/** An account's dialogs, loaded the first time one opens (none is on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as ChangeApp from './ChangeAppDialog';
import type * as Rename from './RenameDialog';

export const RenameDialog = lazyDialog<ComponentProps<typeof Rename.RenameDialog>>(
  'the rename form',
  (props) => props.open,
  async () => (await import('./RenameDialog')).RenameDialog,
);

export const ChangeAppDialog = lazyDialog<ComponentProps<typeof ChangeApp.ChangeAppDialog>>(
  'the app registration form',
  (props) => props.open,
  async () => (await import('./ChangeAppDialog')).ChangeAppDialog,
);
