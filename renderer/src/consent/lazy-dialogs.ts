/** The consent walkthrough, loaded the first time a panel opens it (it is not on the first screen). */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as Consent from './ConsentDialog';

export const ConsentDialog = lazyDialog<ComponentProps<typeof Consent.ConsentDialog>>(
  'the consent walkthrough',
  (props) => props.open,
  async () => (await import('./ConsentDialog')).ConsentDialog,
);
