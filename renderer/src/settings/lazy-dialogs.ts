/** The proxy settings, loaded the first time they are opened (they are not on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as ProxySettings from './ProxyDialog';

export const ProxyDialog = lazyDialog<ComponentProps<typeof ProxySettings.ProxyDialog>>(
  'the proxy settings',
  (props) => props.open,
  async () => (await import('./ProxyDialog')).ProxyDialog,
);
