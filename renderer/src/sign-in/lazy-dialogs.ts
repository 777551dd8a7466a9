/**
 * The sign-in dialogs, loaded the first time one is wanted: none of them is on the first
 * screen. A flow's dialog loads as the flow starts, while the core is still asking for a code.
 */
import type { ComponentProps } from 'react';
import { lazyDialog } from '../ui/lazy-dialog';
import type * as Connect from './ConnectDialog';
import type * as DeviceCode from './DeviceCodeDialog';
import type * as Pending from './SignInPendingDialog';

export const ConnectDialog = lazyDialog<ComponentProps<typeof Connect.ConnectDialog>>(
  'the sign-in form',
  (props) => props.request !== undefined,
  async () => (await import('./ConnectDialog')).ConnectDialog,
);

export const DeviceCodeDialog = lazyDialog<ComponentProps<typeof DeviceCode.DeviceCodeDialog>>(
  'the device code',
  (props) => props.flow.phase !== 'idle',
  async () => (await import('./DeviceCodeDialog')).DeviceCodeDialog,
);

export const SignInPendingDialog = lazyDialog<ComponentProps<typeof Pending.SignInPendingDialog>>(
  'the sign-in',
  (props) => props.flow.phase !== 'idle',
  async () => (await import('./SignInPendingDialog')).SignInPendingDialog,
);
