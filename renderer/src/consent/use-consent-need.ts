import { useCallback, useEffect, useRef, useState } from 'react';
import type { ServiceStatus, ConsentNeed, Problem, ServiceId } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { useCommandSet } from '../bridge/use-command';
import type { Load } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';
import type { InteractiveFlow } from '../sign-in';

export interface ConsentWalkthrough {
  need: Load<ConsentNeed>;
  busy: 'grant' | 'check' | undefined;
  /** The consent page waits in the sign-in window: for the "finish signing in" dialog. */
  consentPage: InteractiveFlow;
  cancelConsentPage: () => Promise<Problem | undefined>;
  /** The admin closed the consent page without granting, or a command failed. */
  problem: Problem | undefined;
  dismissProblem: () => void;
  /** Opens the admin consent page in the sign-in window; true when consent was granted. */
  grantAsAdmin: () => Promise<boolean>;
  /** Asks the service again (after an admin consented elsewhere); true when it connects now. */
  checkAgain: () => Promise<boolean>;
}

const notGranted: Problem = {
  code: 'consent_not_granted',
  message: 'Consent was not granted.',
  hint: 'The consent page was closed or declined. Try again with an administrator account, or send the link to your admin.',
};

/** What a service in `consent-needed` lacks, and the two ways to get it granted. */
export function useConsentNeed(
  serviceId: ServiceId,
  onStatus: (status: ServiceStatus) => void,
): ConsentWalkthrough {
  const [need, setNeed] = useState<Load<ConsentNeed>>({ state: 'pending' });
  const [attempt, setAttempt] = useState(0);
  const commands = useCommandSet<'grant' | 'check'>();
  const { run } = commands;
  // Read by the event below as it is now, not as the last render saw it: the consent page can
  // open before the render that shows "granting".
  const granting = useRef(false);
  const [consentPage, setConsentPage] = useState<InteractiveFlow>({ phase: 'idle' });

  useEffect(() => {
    let current = true;
    void call('consent.need', { serviceId }).then((result) => {
      if (!current) return;
      setNeed(
        result.ok
          ? { state: 'done', value: result.value }
          : { state: 'failed', problem: problemOf(result) },
      );
    });
    return () => {
      current = false;
    };
  }, [serviceId, attempt]);

  // The core opens the consent page like a sign-in, and says so with this service's id.
  useDeskEvent('signIn.pending', (pending) => {
    if (pending.serviceId === serviceId && granting.current) {
      setConsentPage({ phase: 'pending', pending });
    }
  });

  const cancelConsentPage = useCallback(async () => {
    if (consentPage.phase !== 'pending') return undefined;
    const result = await call('signIn.cancel', { flowId: consentPage.pending.flowId });
    return result.ok ? undefined : problemOf(result);
  }, [consentPage]);

  const grantAsAdmin = useCallback(async () => {
    let connected = false;
    granting.current = true;
    await run('grant', async () => {
      const result = await call('consent.grantAsAdmin', { serviceId });
      granting.current = false;
      setConsentPage({ phase: 'idle' });
      if (!result.ok) return result.code === 'cancelled' ? undefined : problemOf(result);
      onStatus(result.value.status);
      if (!result.value.granted) return notGranted;
      connected = result.value.status.state !== 'consent-needed';
      return undefined;
    });
    return connected;
  }, [run, serviceId, onStatus]);

  const checkAgain = useCallback(
    () =>
      run('check', async () => {
        const result = await call('service.refresh', { serviceId });
        if (!result.ok) return problemOf(result);
        onStatus(result.value);
        if (result.value.state !== 'consent-needed') return undefined;
        // Still missing something: show what, as the service sees it now.
        setAttempt((n) => n + 1);
        return {
          code: 'consent_still_needed',
          message: 'Consent is still missing.',
          hint: result.value.problem?.hint ?? 'Once an administrator has accepted, check again.',
        };
      }),
    [run, serviceId, onStatus],
  );

  return {
    need,
    busy: commands.running,
    consentPage,
    cancelConsentPage,
    problem: commands.problem,
    dismissProblem: commands.dismiss,
    grantAsAdmin,
    checkAgain,
  };
}
