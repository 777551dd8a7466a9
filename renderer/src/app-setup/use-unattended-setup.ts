import { useState } from 'react';
import type { CommandInput, UnattendedResult } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommand, type Command } from '../bridge/use-command';

export interface UnattendedSetup {
  command: Command<[CommandInput<'appSetup.unattended'>]>;
  /** The last run that went through: the certificate and the services connected with it. */
  result: UnattendedResult | undefined;
}

/** "Set up unattended access": one command; its answer is the certificate and each service. */
export function useUnattendedSetup(): UnattendedSetup {
  const [result, setResult] = useState<UnattendedResult>();
  const command = useCommand(async (input: CommandInput<'appSetup.unattended'>) => {
    const answer = await call('appSetup.unattended', input);
    if (!answer.ok) return problemOf(answer);
    setResult(answer.value);
    return undefined;
  });
  return { command, result };
}
