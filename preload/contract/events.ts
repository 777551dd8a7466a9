/** Events: main → renderer, fire and forget; main parses each payload before it is sent. */
import { z } from 'zod';
import { Account } from './accounts';
import { Problem } from './problem';
import { SetupStep } from './app-setup';
import { ServiceStatus } from './services';
import { DeviceCodePrompt, SignInPending } from './sign-in';

export const events = {
  'signIn.deviceCode': DeviceCodePrompt,
  'signIn.pending': SignInPending,
  'service.changed': ServiceStatus,
  'accounts.changed': z.array(Account),
  'appSetup.progress': SetupStep,
  /** The notices `app.info` gives changed while the app runs (a save refused, a keystore locked). */
  'app.noticesChanged': z.array(Problem),
} as const;
