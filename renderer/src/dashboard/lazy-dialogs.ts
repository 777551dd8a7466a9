/** The dashboard's own dialogs, loaded the first time one opens (none is on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as ChangeSiteUrl from './ChangeSiteUrlDialog';
import type * as ExportCertificate from './ExportCertificateDialog';
import type * as ScriptCommands from './ScriptCommandsDialog';
import type * as TokenDetails from './TokenDetailsDialog';

export const TokenDetailsDialog = lazyDialog<
  ComponentProps<typeof TokenDetails.TokenDetailsDialog>
>(
  'the token details',
  (props) => props.open,
  async () => (await import('./TokenDetailsDialog')).TokenDetailsDialog,
);

export const ChangeSiteUrlDialog = lazyDialog<
  ComponentProps<typeof ChangeSiteUrl.ChangeSiteUrlDialog>
>(
  'the URL form',
  (props) => props.open,
  async () => (await import('./ChangeSiteUrlDialog')).ChangeSiteUrlDialog,
);

export const ScriptCommandsDialog = lazyDialog<
  ComponentProps<typeof ScriptCommands.ScriptCommandsDialog>
>(
  'the script commands',
  (props) => props.open,
  async () => (await import('./ScriptCommandsDialog')).ScriptCommandsDialog,
);

export const ExportCertificateDialog = lazyDialog<
  ComponentProps<typeof ExportCertificate.ExportCertificateDialog>
>(
  'the certificate export',
  (props) => props.open,
  async () => (await import('./ExportCertificateDialog')).ExportCertificateDialog,
);
